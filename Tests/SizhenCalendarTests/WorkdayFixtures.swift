import SizhenCalendar

/// The 2026 arrangement as published in 国办发明电〔2025〕7号, built by hand for the tests.
enum China2026 {
    static let source = "国办发明电〔2025〕7号"

    static let year = CalendarYear(
        year: 2026,
        status: .official,
        source: source,
        holidays: [
            HolidaySpan(name: "元旦", first: d("2026-01-01"), last: d("2026-01-03")),
            HolidaySpan(name: "春节", first: d("2026-02-15"), last: d("2026-02-23")),
            HolidaySpan(name: "清明节", first: d("2026-04-04"), last: d("2026-04-06")),
            HolidaySpan(name: "劳动节", first: d("2026-05-01"), last: d("2026-05-05")),
            HolidaySpan(name: "端午节", first: d("2026-06-19"), last: d("2026-06-21")),
            HolidaySpan(name: "中秋节", first: d("2026-09-25"), last: d("2026-09-27")),
            HolidaySpan(name: "国庆节", first: d("2026-10-01"), last: d("2026-10-07")),
        ],
        makeupWorkdays: [
            MakeupWorkday(date: d("2026-01-04"), holidayName: "元旦"),
            MakeupWorkday(date: d("2026-02-14"), holidayName: "春节"),
            MakeupWorkday(date: d("2026-02-28"), holidayName: "春节"),
            MakeupWorkday(date: d("2026-05-09"), holidayName: "劳动节"),
            MakeupWorkday(date: d("2026-09-20"), holidayName: "国庆节"),
            MakeupWorkday(date: d("2026-10-10"), holidayName: "国庆节"),
        ]
    )

    /// The calendar covering 2026 only, refusing other years.
    static let calendar = WorkdayCalendar(id: "cn", name: "中国大陆", years: [year])

    /// The same calendar, falling back to plain weeks for other years.
    static let lenient = WorkdayCalendar(id: "cn", name: "中国大陆", missingYears: .weekends, years: [year])
}

/// A date from an ISO literal the test knows to be valid.
func d(_ text: String) -> CivilDate {
    guard let date = CivilDate(iso: text) else { fatalError("bad test date \(text)") }
    return date
}
