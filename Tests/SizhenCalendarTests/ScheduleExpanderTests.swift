import Testing
import SizhenDiagnostics
@testable import SizhenCalendar

private typealias H = HolidayMessage

@Suite struct ScheduleExpanderTests {
    func rule(_ text: String) throws -> RecurrenceRule {
        try RecurrenceRule(parsing: text)
    }

    func expand(_ text: String, _ policy: HolidayPolicy, from: String, through: String? = nil, limit: Int? = nil,
                calendar: WorkdayCalendar = China2026.calendar) throws -> ScheduleExpansion {
        try ScheduleExpander(rule: try rule(text), policy: policy, calendar: calendar)
            .expand(from: d(from), through: through.map(d), limit: limit)
    }

    @Test func twiceMonthlySittingsOverTheYearMoveOnlyWhereAHolidayFalls() throws {
        // 1WE and 3WE: 2026-02-18 (春节) and 2026-10-07 (国庆节) are the ones on rest days.
        let expansion = try expand("FREQ=MONTHLY;BYDAY=1WE,3WE", .nextWorkday, from: "2026-01-01", through: "2026-12-31")
        #expect(expansion.occurrences.count == 24)
        let moved = expansion.occurrences.filter(\.isMoved)
        #expect(moved.map(\.date) == [d("2026-02-24"), d("2026-10-08")])
        #expect(moved.map(\.reason) == [H.movedLater(["from": "2026-02-18", "label": "春节", "to": "2026-02-24"]),
                                        H.movedLater(["from": "2026-10-07", "label": "国庆节", "to": "2026-10-08"])])
        #expect(moved.map(\.movedFrom) == [d("2026-02-18"), d("2026-10-07")])
        #expect(expansion.skipped.isEmpty)
        #expect(expansion.warnings.isEmpty)
    }

    @Test func eachPolicyOnTheSameRestDay() throws {
        let text = "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=3"    // 2026-10-03, Saturday in 国庆节
        let next = try expand(text, .nextWorkday, from: "2026-01-01", through: "2026-12-31")
        #expect(next.occurrences.map(\.date) == [d("2026-10-08")])
        let previous = try expand(text, .previousWorkday, from: "2026-01-01", through: "2026-12-31")
        #expect(previous.occurrences.map(\.date) == [d("2026-09-30")])
        // 09-30 is 3 days before, 10-08 is 5 days after.
        let nearest = try expand(text, .nearestWorkday, from: "2026-01-01", through: "2026-12-31")
        #expect(nearest.occurrences.map(\.date) == [d("2026-09-30")])
        let skip = try expand(text, .skip, from: "2026-01-01", through: "2026-12-31")
        #expect(skip.occurrences.isEmpty)
        #expect(skip.skipped == [SkippedDate(date: d("2026-10-03"), reason: H.restDay(["date": "2026-10-03", "label": "国庆节"]))])
        let keep = try expand(text, .keep, from: "2026-01-01", through: "2026-12-31")
        #expect(keep.occurrences == [ScheduledDate(date: d("2026-10-03"), reason: H.restDay(["date": "2026-10-03", "label": "国庆节"]),
                                                   dayKind: .holiday("国庆节"))])
    }

    @Test func aMoveOntoAMakeUpWorkdaySaysSo() throws {
        let expansion = try expand("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1", .nextWorkday, from: "2026-01-01", through: "2026-12-31")
        #expect(expansion.occurrences.first?.date == d("2026-01-04"))
        #expect(expansion.occurrences.first?.dayKind == .makeupWorkday(holiday: "元旦"))
    }

    @Test func datesMovedOntoTheSameDayBecomeOneOccurrenceAndTheRestAreListed() throws {
        let expansion = try expand("FREQ=DAILY", .nextWorkday, from: "2026-10-01", through: "2026-10-09")
        #expect(expansion.occurrences.map(\.date) == [d("2026-10-08"), d("2026-10-09")])
        #expect(expansion.occurrences.allSatisfy { !$0.isMoved }, "the rule's own 10-08 wins over dates moved onto it")
        #expect(expansion.skipped.count == 7)
        let merged = H.alreadyHeld(["reason": .message(H.movedLater(["from": "2026-10-01", "label": "国庆节", "to": "2026-10-08"]))])
        #expect(expansion.skipped.first?.reason == merged)
        let book = MessageBook(SizhenCalendarMessages.catalogues)
        #expect(MessageRenderer(book: book, language: .english).render(merged)
                == "moved from 2026-10-01 (国庆节) to 2026-10-08, which already has an occurrence")
        #expect(MessageRenderer(book: book, language: .chinese).render(merged) == "由 2026-10-01（国庆节）顺延到 2026-10-08，而该日已有场次")
    }

    @Test func limitCountsHeldDatesAndRuleCountCountsRuleDates() throws {
        let limited = try expand("FREQ=WEEKLY;BYDAY=SA", .skip, from: "2026-01-01", limit: 3)
        // Saturdays are rest days but for the make-up workdays 02-14, 02-28, 05-09 and 10-10.
        #expect(limited.occurrences.map(\.date) == [d("2026-02-14"), d("2026-02-28"), d("2026-05-09")])
        // Skipped: five in January, 02-07, 02-21 (春节), and nine from 03-07 to 05-02.
        #expect(limited.skipped.count == 16)
        #expect(limited.skipped.contains(SkippedDate(date: d("2026-02-21"), reason: H.restDay(["date": "2026-02-21", "label": "春节"]))))
        let counted = try expand("FREQ=WEEKLY;BYDAY=SA;COUNT=3", .skip, from: "2026-01-01")
        #expect(counted.occurrences.isEmpty)
        #expect(counted.skipped.map(\.date) == [d("2026-01-03"), d("2026-01-10"), d("2026-01-17")])
    }

    @Test func aYearTheCalendarDoesNotCoverIsAnErrorOrAWarnedFallback() throws {
        #expect(throws: CalendarCoverageError.self) {
            try expand("FREQ=MONTHLY;BYDAY=2WE", .nextWorkday, from: "2026-12-01", limit: 2)
        }
        let lenient = try expand("FREQ=MONTHLY;BYDAY=2WE", .nextWorkday, from: "2026-12-01", limit: 2, calendar: China2026.lenient)
        #expect(lenient.occurrences.map(\.date) == [d("2026-12-09"), d("2027-01-13")])
        #expect(lenient.warnings.fallbackCount >= 1)
        var diagnostics = Diagnostics()
        diagnostics.append(lenient.warnings)
        #expect(diagnostics.sorted.first?.severity == .warning)
        #expect(diagnostics.sorted.first?.message.code == CalendarMessage.fallbackUsed.rawValue)
        #expect(diagnostics.sorted.first?.message.int("year") == 2027)
    }

    @Test func theRuleStartAnchorsIntervalsWhateverTheWindow() throws {
        // Every other Tuesday counted from Tuesday 2026-01-06: the window does not shift the phase.
        let rule = try rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU")
        let expander = ScheduleExpander(rule: rule, policy: .keep, calendar: China2026.calendar)
        let december = try expander.expand(from: d("2026-12-01"), through: d("2026-12-31"), ruleStart: d("2026-01-06"))
        #expect(december.occurrences.map(\.date) == [d("2026-12-08"), d("2026-12-22")])
        let shifted = try expander.expand(from: d("2026-12-01"), through: d("2026-12-31"))
        #expect(shifted.occurrences.map(\.date) == [d("2026-12-01"), d("2026-12-15"), d("2026-12-29")])
    }

    @Test func aRuleStartingInsideTheWindowGivesNoDateBeforeItsStart() throws {
        // Wednesdays from Wednesday 2026-12-16: December's first two are before the rule begins.
        let weekly = ScheduleExpander(rule: try rule("FREQ=WEEKLY;BYDAY=WE"), policy: .keep, calendar: China2026.calendar)
        let december = try weekly.expand(from: d("2026-12-01"), through: d("2026-12-31"), ruleStart: d("2026-12-16"))
        #expect(december.occurrences.map(\.date) == [d("2026-12-16"), d("2026-12-23"), d("2026-12-30")])
        #expect(december.skipped.isEmpty)
        // A start after the window's end: nothing at all.
        #expect(try weekly.expand(from: d("2026-11-01"), through: d("2026-11-30"), ruleStart: d("2026-12-16")).occurrences.isEmpty)
        // The 2nd and 4th Wednesday from 2026-12-10: the 9th is before the start, the 23rd is held.
        let monthly = ScheduleExpander(rule: try rule("FREQ=MONTHLY;BYDAY=2WE,4WE"), policy: .keep, calendar: China2026.calendar)
        #expect(try monthly.expand(from: d("2026-12-01"), through: d("2026-12-31"), ruleStart: d("2026-12-10")).occurrences.map(\.date)
                == [d("2026-12-23")])
        // COUNT counts from the rule's start, not from the window: three Wednesdays from the 16th,
        // the last of them in January.
        let three = ScheduleExpander(rule: try rule("FREQ=WEEKLY;BYDAY=WE;COUNT=3"), policy: .keep, calendar: China2026.lenient)
        #expect(try three.expand(from: d("2026-12-01"), through: d("2026-12-31"), ruleStart: d("2026-12-16")).occurrences.map(\.date)
                == [d("2026-12-16"), d("2026-12-23"), d("2026-12-30")])
        #expect(try three.expand(from: d("2026-12-01"), through: d("2027-01-31"), ruleStart: d("2026-12-23")).occurrences.map(\.date)
                == [d("2026-12-23"), d("2026-12-30"), d("2027-01-06")])
        // UNTIL ends the rule inside the window, whatever its start.
        let until = ScheduleExpander(rule: try rule("FREQ=WEEKLY;BYDAY=WE;UNTIL=20261223"), policy: .keep, calendar: China2026.calendar)
        #expect(try until.expand(from: d("2026-12-01"), through: d("2026-12-31"), ruleStart: d("2026-12-10")).occurrences.map(\.date)
                == [d("2026-12-16"), d("2026-12-23")])
    }

    @Test func zeroLimitGivesNothing() throws {
        #expect(try expand("FREQ=DAILY", .keep, from: "2026-01-01", limit: 0).occurrences.isEmpty)
    }
}
