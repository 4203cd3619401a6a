import SizhenDiagnostics
import Testing
@testable import SizhenCalendar

/// Expansion behaviour a schedule's author notices: defaults taken from the start date,
/// the start date's own treatment, windows, COUNT/UNTIL, and the ends of the calendar.
@Suite struct RecurrenceExpansionTests {
    func dates(_ text: String, from start: String, first n: Int = 100) throws -> [String] {
        let rule = try RecurrenceRule(parsing: text)
        let day = try #require(CivilDate(iso: start))
        return rule.occurrences(from: day).prefix(n).map(\.description)
    }

    @Test func twiceAMonthOnTheSecondAndFourthWednesday() throws {
        #expect(try dates("FREQ=MONTHLY;BYDAY=2WE,4WE", from: "2026-01-01", first: 6)
            == ["2026-01-14", "2026-01-28", "2026-02-11", "2026-02-25", "2026-03-11", "2026-03-25"])
    }

    @Test func startIsAnOccurrenceOnlyWhenItMatches() throws {
        // RFC 5545 would always include DTSTART (2026-01-15, a Thursday); dateutil and Sizhen do not.
        #expect(try dates("FREQ=MONTHLY;BYDAY=2WE,4WE", from: "2026-01-15", first: 2) == ["2026-01-28", "2026-02-11"])
        #expect(try dates("FREQ=MONTHLY;BYDAY=2WE,4WE", from: "2026-01-14", first: 2) == ["2026-01-14", "2026-01-28"])
    }

    @Test func monthlyFromThe31stSkipsShortMonthsInsteadOfClamping() throws {
        #expect(try dates("FREQ=MONTHLY;COUNT=4", from: "2026-01-31") == ["2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31"])
    }

    @Test func yearlyFromALeapDayOnlyFallsInLeapYears() throws {
        #expect(try dates("FREQ=YEARLY;COUNT=3", from: "2024-02-29") == ["2024-02-29", "2028-02-29", "2032-02-29"])
    }

    @Test func weeklyWithoutBYDAYUsesTheStartsWeekday() throws {
        #expect(try dates("FREQ=WEEKLY;COUNT=3", from: "2026-02-04") == ["2026-02-04", "2026-02-11", "2026-02-18"])
    }

    @Test func yearlyWithBYMONTHOnlyUsesTheStartsDay() throws {
        #expect(try dates("FREQ=YEARLY;BYMONTH=3,9;COUNT=3", from: "2026-01-20") == ["2026-03-20", "2026-09-20", "2027-03-20"])
    }

    @Test func lastWorkdayOfTheMonth() throws {
        #expect(try dates("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", from: "2026-01-01", first: 4)
            == ["2026-01-30", "2026-02-27", "2026-03-31", "2026-04-30"])
    }

    @Test func secondSaturdayOfMarchAndTheFourthOfDecember() throws {
        #expect(try dates("FREQ=YEARLY;BYMONTH=3;BYDAY=2SA", from: "2026-01-01", first: 3)
            == ["2026-03-14", "2027-03-13", "2028-03-11"])
        #expect(try dates("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=4", from: "2026-01-01", first: 2) == ["2026-12-04", "2027-12-04"])
    }

    @Test func ordinalsCountWithinTheYearWithoutBYMONTHAndWithinTheMonthWithIt() throws {
        #expect(try dates("FREQ=YEARLY;BYDAY=1MO", from: "2026-01-01", first: 2) == ["2026-01-05", "2027-01-04"])
        #expect(try dates("FREQ=YEARLY;BYDAY=1MO;BYMONTH=2,3", from: "2026-01-01", first: 2) == ["2026-02-02", "2026-03-02"])
        #expect(try dates("FREQ=YEARLY;BYDAY=-1FR", from: "2026-01-01", first: 2) == ["2026-12-25", "2027-12-31"])
    }

    @Test func plainAndOrdinalWeekdaysTogetherAreTheUnion() throws {
        // RFC 5545: every Monday and the first Tuesday. (python-dateutil gives nothing here.)
        #expect(try dates("FREQ=MONTHLY;BYDAY=MO,1TU", from: "2026-06-01", first: 7)
            == ["2026-06-01", "2026-06-02", "2026-06-08", "2026-06-15", "2026-06-22", "2026-06-29", "2026-07-06"])
    }

    @Test func weekStartDecidesWhichWeeksAnIntervalSkips() throws {
        let monday = try dates("FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", from: "1997-08-05")
        let sunday = try dates("FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", from: "1997-08-05")
        #expect(monday == ["1997-08-05", "1997-08-10", "1997-08-19", "1997-08-24"])
        #expect(sunday == ["1997-08-05", "1997-08-17", "1997-08-19", "1997-08-31"])
    }

    @Test func countCountsFromTheStartAndUntilIsInclusive() throws {
        #expect(try dates("FREQ=MONTHLY;BYDAY=2WE,4WE;COUNT=3", from: "2026-01-20") == ["2026-01-28", "2026-02-11", "2026-02-25"])
        #expect(try dates("FREQ=MONTHLY;BYDAY=2WE,4WE;UNTIL=20260225", from: "2026-01-20") == ["2026-01-28", "2026-02-11", "2026-02-25"])
        #expect(try dates("FREQ=MONTHLY;BYDAY=2WE,4WE;UNTIL=20260224", from: "2026-01-20") == ["2026-01-28", "2026-02-11"])
    }

    @Test func datesInAWindow() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=2WE,4WE")
        let from = try #require(CivilDate(iso: "2026-03-01"))
        let through = try #require(CivilDate(iso: "2026-04-22"))
        #expect(rule.dates(from: from, through: through).map(\.description) == ["2026-03-11", "2026-03-25", "2026-04-08", "2026-04-22"])
        #expect(rule.dates(from: from, through: through, limit: 2).map(\.description) == ["2026-03-11", "2026-03-25"])
        #expect(rule.dates(from: from, through: through, limit: 0).isEmpty)
        #expect(rule.dates(from: through, through: from).isEmpty)
    }

    @Test func stopsAfterTheYear9999() throws {
        #expect(try dates("FREQ=YEARLY;INTERVAL=3", from: "9990-05-01") == ["9990-05-01", "9993-05-01", "9996-05-01", "9999-05-01"])
        #expect(try dates("FREQ=WEEKLY;BYDAY=SU", from: "9999-12-20") == ["9999-12-26"])
        #expect(try dates("FREQ=DAILY", from: "9999-12-30") == ["9999-12-30", "9999-12-31"])
        #expect(try dates("FREQ=MONTHLY;BYMONTHDAY=-1", from: "9999-11-15") == ["9999-11-30", "9999-12-31"])
    }

    @Test func boundedRulesAreThoseWithCountOrUntil() throws {
        #expect(try RecurrenceRule(parsing: "FREQ=DAILY;COUNT=3").isBounded)
        #expect(try RecurrenceRule(parsing: "FREQ=DAILY;UNTIL=2026-12-31").isBounded)
        #expect(try !RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=2WE,4WE").isBounded)
    }

    @Test func theSequenceCanBeIteratedAgainFromTheStart() throws {
        let sequence = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=2WE,4WE;COUNT=5")
            .occurrences(from: #require(CivilDate(iso: "2026-01-01")))
        #expect(Array(sequence) == Array(sequence))
        #expect(Array(sequence).count == 5)
        var iterator = sequence.makeIterator()
        while iterator.next() != nil {}
        #expect(iterator.ending == .count)
        #expect(iterator.next() == nil)
    }

    @Test func rulesBuiltInCodeWithImpossibleValuesDoNotTrap() {
        let start = CivilDate(uncheckedYear: 2026, month: 1, day: 1)
        let strange = RecurrenceRule(frequency: .monthly, interval: 0, count: -2, byMonthDay: [0, 40], byMonth: [13])
        #expect(Array(strange.occurrences(from: start)).isEmpty)
        let zeroInterval = RecurrenceRule(frequency: .daily, interval: 0, count: 3)
        #expect(zeroInterval.occurrences(from: start).map(\.description) == ["2026-01-01", "2026-01-02", "2026-01-03"])
    }
}
