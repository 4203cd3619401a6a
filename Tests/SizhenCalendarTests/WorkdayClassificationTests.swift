import Foundation
import SizhenDiagnostics
import Testing
@testable import SizhenCalendar

@Suite struct WorkdayClassificationTests {
    /// The exceptions of 2026, written out day by day (not as spans) from the notice.
    static let restDays: [String: String] = {
        let lists: [(String, [String])] = [
            ("元旦", ["01-01", "01-02", "01-03"]),
            ("春节", ["02-15", "02-16", "02-17", "02-18", "02-19", "02-20", "02-21", "02-22", "02-23"]),
            ("清明节", ["04-04", "04-05", "04-06"]),
            ("劳动节", ["05-01", "05-02", "05-03", "05-04", "05-05"]),
            ("端午节", ["06-19", "06-20", "06-21"]),
            ("中秋节", ["09-25", "09-26", "09-27"]),
            ("国庆节", ["10-01", "10-02", "10-03", "10-04", "10-05", "10-06", "10-07"]),
        ]
        var table: [String: String] = [:]
        for (name, days) in lists { for day in days { table[day] = name } }
        return table
    }()

    static let makeupDays: [String: String] = [
        "01-04": "元旦", "02-14": "春节", "02-28": "春节", "05-09": "劳动节", "09-20": "国庆节", "10-10": "国庆节",
    ]

    /// Expected kind of each day of 2026, with the weekday taken from Foundation's Gregorian
    /// calendar rather than from `CivilDate`, so that the check is independent.
    static func expectedKinds() -> [(CivilDate, DayKind)] {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC")!
        var start = DateComponents()
        (start.year, start.month, start.day) = (2026, 1, 1)
        let first = gregorian.date(from: start)!
        var result: [(CivilDate, DayKind)] = []
        for offset in 0..<365 {
            let day = gregorian.date(byAdding: .day, value: offset, to: first)!
            let parts = gregorian.dateComponents([.year, .month, .day, .weekday], from: day)
            let key = String(format: "%02d-%02d", parts.month!, parts.day!)
            // Foundation: 1 = Sunday … 7 = Saturday.
            let weekday: Weekday = [.sunday, .monday, .tuesday, .wednesday, .thursday, .friday, .saturday][parts.weekday! - 1]
            let kind: DayKind
            if let name = restDays[key] {
                kind = .holiday(name)
            } else if let name = makeupDays[key] {
                kind = .makeupWorkday(holiday: name)
            } else if parts.weekday == 1 || parts.weekday == 7 {
                kind = .weekend(weekday)
            } else {
                kind = .workday
            }
            result.append((CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!, kind))
        }
        return result
    }

    @Test func everyDayOf2026MatchesTheNotice() throws {
        let expected = Self.expectedKinds()
        #expect(expected.count == 365)
        #expect(expected.first?.0 == d("2026-01-01") && expected.last?.0 == d("2026-12-31"))
        var warnings = CalendarWarnings()
        var mismatches: [String] = []
        for (date, kind) in expected {
            let found = try China2026.calendar.classify(date, warnings: &warnings)
            if found.kind != kind || found.isFallback || found.date != date {
                mismatches.append("\(date): expected \(kind), found \(found)")
            }
            if try China2026.calendar.isWorkday(date, warnings: &warnings) != kind.isWorkday {
                mismatches.append("\(date): isWorkday disagrees with \(kind)")
            }
        }
        #expect(mismatches == [])
        #expect(warnings.isEmpty)
    }

    /// 2026 starts on a Thursday and has 365 days: 52 weeks and one more Thursday, so 261
    /// weekdays. Holidays on weekdays: 元旦 2, 春节 6, 清明 1, 劳动 3, 端午 1, 中秋 1, 国庆 5 = 19.
    /// Make-up weekend days: 6. 261 − 19 + 6 = 248.
    @Test func twoThousandTwentySixHas248Workdays() throws {
        #expect(Self.expectedKinds().count { $0.1.isWorkday } == 248)
        var warnings = CalendarWarnings()
        #expect(try China2026.calendar.workdayCount(from: d("2026-01-01"), to: d("2027-01-01"), warnings: &warnings) == 248)
        #expect(warnings.isEmpty)
    }

    @Test func namedDays() throws {
        var warnings = CalendarWarnings()
        let calendar = China2026.calendar
        #expect(try calendar.classify(d("2026-02-14"), warnings: &warnings).kind == .makeupWorkday(holiday: "春节"))
        #expect(try calendar.classify(d("2026-10-03"), warnings: &warnings).kind == .holiday("国庆节"))
        #expect(try calendar.classify(d("2026-12-12"), warnings: &warnings).kind == .weekend(.saturday))
        #expect(try calendar.classify(d("2026-12-09"), warnings: &warnings).kind == .workday)
        #expect(try calendar.classify(d("2026-10-03"), warnings: &warnings).kind.restDayLabel == "国庆节")
        #expect(try calendar.classify(d("2026-12-13"), warnings: &warnings).kind.restDayLabel == "周日")
        #expect(try calendar.classify(d("2026-02-14"), warnings: &warnings).kind.restDayLabel == nil)
    }

    @Test func uncoveredYearIsAnErrorWithAHint() {
        var warnings = CalendarWarnings()
        #expect(throws: CalendarCoverageError.yearNotCovered(year: 2027, calendarID: "cn", calendarFile: "Workflows/calendars/cn.yaml")) {
            _ = try China2026.calendar.isWorkday(d("2027-03-03"), warnings: &warnings)
        }
        let error = CalendarCoverageError.yearNotCovered(year: 2027, calendarID: "cn", calendarFile: "Workflows/calendars/cn.yaml")
        let diagnostic = error.diagnostic(at: SourceLocation(file: "Workflows/jiezhen.yaml", line: 4, column: 9))
        #expect(diagnostic.isError)
        #expect(diagnostic.message == CalendarMessage.yearNotCovered(["year": 2027, "calendar": "cn"]))
        #expect(diagnostic.hint == CalendarMessage.addYearOrFallBack(["year": 2027, "calendar": "cn", "file": "Workflows/calendars/cn.yaml"]))
        #expect(error.description == "year 2027 is not covered by calendar 'cn' (hint: add year 2027 to calendar 'cn' "
                + "(Workflows/calendars/cn.yaml) when the State Council publishes it, or set `missing_years: weekends`)")
        let chinese = MessageRenderer(book: MessageBook(SizhenCalendarMessages.catalogues), language: .chinese)
        #expect(chinese.render(diagnostic.message) == "工作日历“cn”未包含 2027 年")
        #expect(error.year == 2027)
        #expect(warnings.isEmpty)
    }

    @Test func hintNamesTheFileTheCalendarCameFrom() {
        var calendar = China2026.calendar
        calendar.sourceFile = "district/calendars/cn-2026.yaml"
        var warnings = CalendarWarnings()
        #expect(throws: CalendarCoverageError.yearNotCovered(year: 2025, calendarID: "cn", calendarFile: "district/calendars/cn-2026.yaml")) {
            _ = try calendar.classify(d("2025-12-31"), warnings: &warnings)
        }
    }

    @Test func fallbackClassifiesPlainWeeksAndCountsEveryUse() throws {
        var warnings = CalendarWarnings()
        let calendar = China2026.lenient
        // 2027-01-01 will really be 元旦, but the fallback cannot know: that is why it warns.
        let newYear = try calendar.classify(d("2027-01-01"), warnings: &warnings)
        #expect(newYear.kind == .workday && newYear.isFallback)
        #expect(try calendar.classify(d("2027-01-02"), warnings: &warnings) == DayClassification(date: d("2027-01-02"), kind: .weekend(.saturday), isFallback: true))
        #expect(try calendar.isWorkday(d("2025-12-31"), warnings: &warnings))
        #expect(try calendar.isWorkday(d("2027-01-04"), warnings: &warnings))
        // A covered date is not a fallback use.
        #expect(try !calendar.classify(d("2026-10-01"), warnings: &warnings).isFallback)

        #expect(warnings.fallbackCount == 4)
        let uses = warnings.fallbackUses
        #expect(uses.map(\.year) == [2025, 2027])
        #expect(uses.map(\.count) == [1, 3])
        #expect(uses.last?.first == d("2027-01-01") && uses.last?.last == d("2027-01-04"))
        let diagnostics = warnings.diagnostics
        #expect(diagnostics.count == 2 && diagnostics.allSatisfy { $0.severity == .warning })
        #expect(diagnostics.last?.message == CalendarMessage.fallbackUsed(["year": 2027, "calendar": "cn", "count": 3, "first": "2027-01-01",
                                                                          "last": "2027-01-04"]))
        #expect(diagnostics.first?.message == CalendarMessage.fallbackUsed(["year": 2025, "calendar": "cn", "count": 1, "first": "2025-12-31"]))
        #expect(diagnostics.last?.hint == CalendarMessage.addYear(["year": 2027, "calendar": "cn", "file": "Workflows/calendars/cn.yaml"]))
        let book = MessageBook(SizhenCalendarMessages.catalogues)
        let english = MessageRenderer(book: book, language: .english)
        #expect(diagnostics.map { english.render($0.message) } == [
            "year 2025 is not covered by calendar 'cn'; 1 date (2025-12-31) treated as plain weeks (weekend off, no holidays, no make-up workdays)",
            "year 2027 is not covered by calendar 'cn'; 3 dates (2027-01-01 … 2027-01-04) treated as plain weeks (weekend off, no holidays, no make-up workdays)",
        ])
        #expect(MessageRenderer(book: book, language: .chinese).render(diagnostics[1].message)
                == "工作日历“cn”未包含 2027 年；3 个日期（2027-01-01 至 2027-01-04）按普通周处理（周末休息，没有节假日，也没有调休上班日）")

        var all = Diagnostics()
        all.append(warnings)
        #expect(all.items.count == 2 && !all.hasErrors)
    }

    @Test func mergingWarningsAddsCounts() throws {
        var first = CalendarWarnings()
        var second = CalendarWarnings()
        _ = try China2026.lenient.isWorkday(d("2027-05-01"), warnings: &first)
        _ = try China2026.lenient.isWorkday(d("2027-02-01"), warnings: &second)
        _ = try China2026.lenient.isWorkday(d("2028-02-01"), warnings: &second)
        first.merge(second)
        #expect(first.fallbackUses.map(\.count) == [2, 1])
        #expect(first.fallbackUses.first?.first == d("2027-02-01"))
        #expect(first.fallbackUses.first?.last == d("2027-05-01"))
    }

    @Test func changingYearsOrWeekendRebuildsTheAnswers() throws {
        var calendar = China2026.calendar
        calendar.years[2027] = CalendarYear(
            year: 2027, status: .estimated, source: "estimate", holidays: [
                HolidaySpan(name: "元旦", first: d("2027-01-01"), last: d("2027-01-01")),
            ], makeupWorkdays: [])
        var warnings = CalendarWarnings()
        #expect(try calendar.classify(d("2027-01-01"), warnings: &warnings).kind == .holiday("元旦"))
        #expect(try calendar.isWorkday(d("2027-01-04"), warnings: &warnings))
        calendar.weekend = [.friday, .saturday]
        #expect(try !calendar.isWorkday(d("2026-12-11"), warnings: &warnings))
        #expect(try calendar.isWorkday(d("2026-12-13"), warnings: &warnings))
        // The published exceptions still win over the weekly rule.
        #expect(try calendar.classify(d("2026-10-02"), warnings: &warnings).kind == .holiday("国庆节"))
        #expect(warnings.isEmpty)
    }

    @Test func holidayAndMakeupDatesOutsideTheirYearAreIgnored() throws {
        let odd = CalendarYear(
            year: 2026, status: .estimated, source: "test",
            holidays: [HolidaySpan(name: "跨年", first: d("2025-12-30"), last: d("2026-01-02"))],
            makeupWorkdays: [MakeupWorkday(date: d("2027-01-02"))])
        let calendar = WorkdayCalendar(id: "t", name: "test", missingYears: .weekends, years: [odd])
        var warnings = CalendarWarnings()
        #expect(try calendar.classify(d("2026-01-02"), warnings: &warnings).kind == .holiday("跨年"))
        #expect(try calendar.classify(d("2025-12-30"), warnings: &warnings) == DayClassification(date: d("2025-12-30"), kind: .workday, isFallback: true))
        #expect(try calendar.classify(d("2027-01-02"), warnings: &warnings).kind == .weekend(.saturday))
    }
}
