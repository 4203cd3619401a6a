import Testing
@testable import SizhenCalendar

/// The statutory holidays a draft computes: the lunar ones from the Chinese calendar, 清明
/// from its formula, checked against the published dates.
@Suite struct HolidayRuleTests {
    static func d(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    /// 春节 (正月初一), 端午节, 中秋节 and 清明 as published, 2019–2030.
    static let published: [(year: Int, spring: String, dragon: String, moon: String, qingming: String)] = [
        (2019, "2019-02-05", "2019-06-07", "2019-09-13", "2019-04-05"),
        (2020, "2020-01-25", "2020-06-25", "2020-10-01", "2020-04-04"),
        (2021, "2021-02-12", "2021-06-14", "2021-09-21", "2021-04-04"),
        (2022, "2022-02-01", "2022-06-03", "2022-09-10", "2022-04-05"),
        (2023, "2023-01-22", "2023-06-22", "2023-09-29", "2023-04-05"),
        (2024, "2024-02-10", "2024-06-10", "2024-09-17", "2024-04-04"),
        (2025, "2025-01-29", "2025-05-31", "2025-10-06", "2025-04-04"),
        (2026, "2026-02-17", "2026-06-19", "2026-09-25", "2026-04-05"),
        (2027, "2027-02-06", "2027-06-09", "2027-09-15", "2027-04-05"),
        (2028, "2028-01-26", "2028-05-28", "2028-10-03", "2028-04-04"),
        (2029, "2029-02-13", "2029-06-16", "2029-09-22", "2029-04-04"),
        (2030, "2030-02-03", "2030-06-05", "2030-09-12", "2030-04-05"),
    ]

    @Test(arguments: published.map(\.year))
    func theLunarHolidaysAndQingmingFallOnThePublishedDays(year: Int) throws {
        let days = try #require(Self.published.first { $0.year == year })
        #expect(HolidayRule.lunar(month: 1, day: 1, inLunarYearStarting: year) == Self.d(days.spring))
        #expect(HolidayRule.lunar(month: 5, day: 5, inLunarYearStarting: year) == Self.d(days.dragon))
        #expect(HolidayRule.lunar(month: 8, day: 15, inLunarYearStarting: year) == Self.d(days.moon))
        #expect(HolidayRule.qingming(year) == Self.d(days.qingming))
    }

    @Test func aRuleGivesItsSpanWithItsOffsetAndLength() {
        let spring = HolidayRule(name: "春节", anchor: .lunar(month: 1, day: 1), offset: -1, days: 4)
        #expect(spring.span(in: 2027) == HolidaySpan(name: "春节", first: Self.d("2027-02-05"), last: Self.d("2027-02-08")), "除夕 to 初三")
        #expect(HolidayRule(name: "国庆节", anchor: .date(month: 10, day: 1), days: 3).span(in: 2027)?.last == Self.d("2027-10-03"))
        #expect(HolidayRule(name: "清明节", anchor: .solarTerm(.qingming)).span(in: 2027)?.first == Self.d("2027-04-05"))
        #expect(spring.span(in: 2100) == nil && spring.span(in: 2000) == nil, "outside the years the tables hold")
        #expect(HolidayRule(name: "x", anchor: .date(month: 2, day: 30)).span(in: 2027) == nil)
    }

    @Test func aLunarDayAMonthLacksIsNone() {
        // Every lunar month has 29 or 30 days: in some year the 30th of the 1st month is missing.
        let missing = (2001...2030).filter { HolidayRule.lunar(month: 1, day: 30, inLunarYearStarting: $0) == nil }
        #expect(!missing.isEmpty)
        #expect((2001...2030).allSatisfy { HolidayRule.lunar(month: 12, day: 29, inLunarYearStarting: $0) != nil })
    }
}
