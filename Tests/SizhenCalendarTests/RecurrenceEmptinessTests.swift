import SizhenDiagnostics
import Testing
@testable import SizhenCalendar

/// Rules that never give a date end quickly and say why.
@Suite struct RecurrenceEmptinessTests {
    static let start = CivilDate(uncheckedYear: 2026, month: 1, day: 1)
    static let place = SourceLocation(file: "workflows/clinic.yaml", line: 3, column: 10)

    /// Impossible only in combination, so parsing accepts them; expansion must still end.
    @Test(arguments: [
        "FREQ=MONTHLY;BYDAY=MO;BYMONTHDAY=1;BYSETPOS=2",     // at most one such day a month
        "FREQ=YEARLY;BYWEEKNO=53;BYMONTH=6",                  // week 53 is never in June
        "FREQ=YEARLY;BYYEARDAY=366;BYMONTH=1",                // day 366 is 31 December
        "FREQ=DAILY;BYDAY=MO,TU;BYSETPOS=2",                   // a day holds one date at most
        "FREQ=WEEKLY;INTERVAL=20871;BYMONTH=7",               // every 400 years, from a January week
    ])
    func neverMatchingRulesEndAndSaySo(text: String) throws {
        let rule = try RecurrenceRule(parsing: text)
        var iterator = rule.occurrences(from: Self.start).makeIterator()
        #expect(iterator.next() == nil)
        #expect(iterator.ending == .neverMatches)
        let diagnostic = try #require(rule.emptinessDiagnostic(from: Self.start, at: Self.place))
        #expect(diagnostic.message == RRuleMessage.neverMatches())
        #expect(diagnostic.hint == RRuleMessage.neverMatchesHint())
        #expect(diagnostic.location == Self.place)
        #expect(rule.neverMatches)
    }

    @Test func impossibleMonthDaysAreNamedEvenWhenBuiltInCode() throws {
        let rule = RecurrenceRule(frequency: .yearly, byMonthDay: [30], byMonth: [2])
        #expect(Array(rule.occurrences(from: Self.start)).isEmpty)
        let diagnostic = try #require(rule.emptinessDiagnostic(from: Self.start))
        #expect(diagnostic.message == RRuleMessage.impossibleMonthDays(["detail": .message(RRuleMessage.monthsLackDays([
            "months": .message(CalendarMessage.february()), "count": 1, "days": .message(RRuleMessage.dayNth(["day": 30])),
        ]))]))
        #expect(rule.neverMatches)
        let april = RecurrenceRule(frequency: .monthly, byMonthDay: [31], byMonth: [4, 6])
        let detail = april.emptinessDiagnostic(from: Self.start)?.message.message("detail")
        #expect(detail?.message("months") == RRuleMessage.andList(["items": .messages([CalendarMessage.april()]),
                                                                   "last": .message(CalendarMessage.june())]))
        #expect(detail?.int("count") == 2)
        #expect(detail?.message("days") == RRuleMessage.dayFirst(["day": 31]))
    }

    @Test func aRuleThatMatchesSomewhereIsNotEmpty() throws {
        for text in ["FREQ=MONTHLY;BYDAY=2WE,4WE", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
                     "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO"] {
            let rule = try RecurrenceRule(parsing: text)
            #expect(rule.emptinessDiagnostic(from: Self.start) == nil, "\(text)")
            #expect(!rule.neverMatches, "\(text)")
        }
    }

    @Test func anUntilBeforeTheFirstMatchIsReported() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=4;UNTIL=20261130")
        let diagnostic = try #require(rule.emptinessDiagnostic(from: Self.start))
        #expect(diagnostic.message == RRuleMessage.noDateBeforeUntil(["start": "2026-01-01", "until": "2026-11-30"]))
        #expect(!rule.neverMatches)
    }

    @Test func runningOutOfYearsIsReported() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29")
        let late = try #require(CivilDate(iso: "9997-03-01"))
        let diagnostic = try #require(rule.emptinessDiagnostic(from: late))
        #expect(diagnostic.message == RRuleMessage.noDateBeforeYearLimit(["start": "9997-03-01"]))
        #expect(diagnostic.hint == RRuleMessage.noDateBeforeYearLimitHint())
    }

    @Test func leapDayEveryHundredYearsSkipsTheCenturies() throws {
        // 2100, 2200 and 2300 are not leap years; 2400 is.
        let rule = try RecurrenceRule(parsing: "FREQ=YEARLY;INTERVAL=100;BYMONTH=2;BYMONTHDAY=29")
        let start = try #require(CivilDate(iso: "2000-01-01"))
        #expect(rule.occurrences(from: start).prefix(3).map(\.description) == ["2000-02-29", "2400-02-29", "2800-02-29"])
    }
}
