import Testing
@testable import SizhenCalendar

@Suite struct CivilDateTests {
    @Test func epochIsThursdayFirstOfJanuary1970() {
        let epoch = CivilDate(daysSinceEpoch: 0)
        #expect(epoch.description == "1970-01-01")
        #expect(epoch.weekday == .thursday)
    }

    @Test(arguments: [
        ("2026-01-01", Weekday.thursday), ("2026-02-15", .sunday), ("2026-10-07", .wednesday),
        ("2026-12-04", .friday), ("2000-02-29", .tuesday), ("1969-12-31", .wednesday),
        ("0001-01-01", .monday), ("9999-12-31", .friday),
    ])
    func knownWeekdays(text: String, weekday: Weekday) throws {
        let date = try #require(CivilDate(iso: text))
        #expect(date.weekday == weekday)
        #expect(date.description == text)
    }

    @Test func roundTripsEveryDayOfFourHundredYears() {
        var date = CivilDate(uncheckedYear: 1900, month: 1, day: 1)
        var (year, month, day) = (1900, 1, 1)
        for _ in 0..<146_097 {
            let parts = date.components
            #expect(parts.year == year && parts.month == month && parts.day == day)
            if parts.year != year || parts.month != month || parts.day != day { return }
            #expect(CivilDate(year: year, month: month, day: day) == date)
            day += 1
            if day > CivilDate.daysIn(month: month, year: year) {
                day = 1; month += 1
                if month > 12 { month = 1; year += 1 }
            }
            date = date.adding(days: 1)
        }
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "2026-00-10", "2025-02-29", "26-01-01", "2026-1-01",
                      "2026/01/01", "２026-01-01", "", "10000-01-01", "0000-12-31", "2026-01-01 "])
    func rejectsMalformedOrImpossibleDates(text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test func leapYears() {
        #expect(CivilDate.isLeap(2024))
        #expect(!CivilDate.isLeap(2026))
        #expect(!CivilDate.isLeap(1900))
        #expect(CivilDate.isLeap(2000))
        #expect(CivilDate(iso: "2026-12-31")?.dayOfYear == 365)
        #expect(CivilDate(iso: "2024-12-31")?.dayOfYear == 366)
    }

    @Test func weekdayCodes() {
        #expect(Weekday(code: "WE") == .wednesday)
        #expect(Weekday(code: "we") == nil)
        #expect(Weekday.sunday.chineseName == "周日")
    }
}
