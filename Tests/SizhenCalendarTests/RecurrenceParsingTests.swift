import SizhenDiagnostics
import Testing
@testable import SizhenCalendar

/// Parsing: what is accepted, and for each kind of mistake the message, the hint and the
/// column inside the rule.
@Suite struct RecurrenceParsingTests {
    /// As if the rule were the value of `rrule:` at column 10 of line 3 of a workflow file.
    static let origin = SourceLocation(file: "workflows/clinic.yaml", line: 3, column: 10)

    struct BadRule: CustomTestStringConvertible, Sendable {
        var text: String
        /// (offset of the column inside the rule, counted from 0; message), sorted.
        var expected: [(offset: Int, message: String)]
        init(_ text: String, _ expected: (Int, String)...) {
            self.text = text
            self.expected = expected.map { (offset: $0.0, message: $0.1) }
        }
        var testDescription: String { text.isEmpty ? "(empty)" : text }
    }

    static let badRules: [BadRule] = [
        BadRule("FREQ=MONTLY;BYDAY=2WE", (5, "unknown frequency 'MONTLY'; did you mean 'MONTHLY'?")),
        BadRule("freq=montly", (5, "unknown frequency 'montly'; did you mean 'MONTHLY'?")),
        BadRule("FREQ=MONTHLY;BYDAY=5FE", (20, "unknown weekday 'FE'")),
        BadRule("FREQ=MONTHLY;BYDAY=周三", (19, "unknown weekday '周三'")),
        BadRule("FREQ=MONTHLY;BYDAY=MO,2", (22, "unknown weekday '2'")),
        BadRule("FREQ=MONTHLY;BYDAY=MO1", (19, "unknown weekday 'MO1'")),
        BadRule("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0", (31, "BYSETPOS=0 is not allowed")),
        BadRule("FREQ=DAILY;COUNT=5;UNTIL=20260101", (19, "UNTIL cannot be combined with COUNT")),
        BadRule("FREQ=DAILY;UNTIL=20260101;COUNT=5", (26, "COUNT cannot be combined with UNTIL")),
        BadRule("FREQ=DAILY;BYDAY=MO;BYDAY=TU", (20, "BYDAY is given more than once")),
        BadRule("FREQ=DAILY;FREQ=WEEKLY", (11, "FREQ is given more than once")),
        BadRule("BYDAY=MO", (0, "the rule has no FREQ")),
        BadRule("FREQ=DAILY;;COUNT=3", (11, "empty part in the rule")),
        BadRule("FREQ=DAILY;", (11, "empty part in the rule")),
        BadRule("FREQ=DAILY;COUNT=abc", (17, "COUNT value 'abc' is not a number")),
        BadRule("FREQ=DAILY;COUNT=1.5", (17, "COUNT value '1.5' is not a number")),
        BadRule("FREQ=MONTHLY;BYMONTHDAY=32", (24, "BYMONTHDAY value 32 is out of range")),
        BadRule("FREQ=MONTHLY;BYMONTHDAY=1,-32", (26, "BYMONTHDAY value -32 is out of range")),
        BadRule("FREQ=MONTHLY;BYMONTHDAY=0", (24, "BYMONTHDAY=0 is not allowed")),
        BadRule("FREQ=MONTHLY;BYMONTH=13", (21, "BYMONTH value 13 is out of range")),
        BadRule("FREQ=MONTHLY;BYMONTH=-1", (21, "BYMONTH value -1 is out of range")),
        BadRule("FREQ=YEARLY;BYMONTH=3;BYSETPOS=367", (31, "BYSETPOS value 367 is out of range")),
        BadRule("FREQ=WEEKLY;BYDAY=2MO", (18, "'2MO' has an ordinal, which FREQ=WEEKLY does not allow")),
        BadRule("FREQ=DAILY;BYDAY=MO,-1FR", (20, "'-1FR' has an ordinal, which FREQ=DAILY does not allow")),
        BadRule("FREQ=MONTHLY;BYDAY=6MO", (19, "ordinal in '6MO' is out of range: a month has at most 5 of each weekday")),
        BadRule("FREQ=YEARLY;BYMONTH=3;BYDAY=-6SA", (28, "ordinal in '-6SA' is out of range: a month has at most 5 of each weekday")),
        BadRule("FREQ=YEARLY;BYDAY=54MO", (18, "ordinal in '54MO' is out of range: a year has at most 53 of each weekday")),
        BadRule("FREQ=YEARLY;BYDAY=0MO", (18, "ordinal 0 in '0MO' is not allowed")),
        BadRule("FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO", (29, "'1MO' has an ordinal, which is not allowed together with BYWEEKNO")),
        BadRule("FREQ=MONTHLY;BYSETPOS=1", (13, "BYSETPOS needs another BY part to choose from")),
        BadRule("FREQ=DAILY;INTERVAL=0", (20, "INTERVAL must be at least 1, found 0")),
        BadRule("FREQ=DAILY;INTERVAL=99999999999", (20, "INTERVAL value 99999999999 is out of range")),
        BadRule("FREQ=DAILY;COUNT=-3", (17, "COUNT must be at least 1, found -3")),
        BadRule("FREQ=DAILY;COUNT=0", (17, "COUNT must be at least 1, found 0")),
        BadRule("FREQ=", (5, "FREQ has no value")),
        BadRule("FREQ", (0, "expected NAME=VALUE, found 'FREQ'")),
        BadRule("=MONTHLY", (0, "missing part name before '='"), (0, "the rule has no FREQ")),
        BadRule("FREQ=HOURLY", (5, "FREQ=HOURLY is not supported: a schedule's rule gives dates")),
        BadRule("FREQ=minutely", (5, "FREQ=MINUTELY is not supported: a schedule's rule gives dates")),
        BadRule("FREQ=DAILY;BYHOUR=9", (11, "BYHOUR is not supported: a schedule's rule gives dates")),
        BadRule("FREQ=DAILY;BYMINUTE=30", (11, "BYMINUTE is not supported: a schedule's rule gives dates")),
        BadRule("FREQ=DAILY;BYDAYS=MO", (11, "unknown rule part 'BYDAYS'; did you mean 'BYDAY'?")),
        BadRule("FREQ=DAILY; BYDAY=MO", (11, "unknown rule part ' BYDAY'; did you mean 'BYDAY'?")),
        BadRule("FREQ=DAILY;BYEASTER=0", (11, "unknown rule part 'BYEASTER'")),
        BadRule("FREQ=DAILY;UNTIL=20260230", (17, "UNTIL date 20260230 does not exist")),
        BadRule("FREQ=DAILY;UNTIL=2026-02-30", (17, "UNTIL date 2026-02-30 does not exist")),
        BadRule("FREQ=DAILY;UNTIL=next week", (17, "UNTIL value 'next week' is not a date")),
        BadRule("FREQ=DAILY;UNTIL=2026123", (17, "UNTIL value '2026123' is not a date")),
        BadRule("FREQ=DAILY;UNTIL=20261231T250000Z", (26, "UNTIL time 250000 is not a time of day")),
        BadRule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", (33, "the rule never matches a date: February has no 30th")),
        BadRule("FREQ=MONTHLY;BYMONTH=4,6;BYMONTHDAY=31", (36, "the rule never matches a date: April and June have no 31st")),
        BadRule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30,31,-30", (33, "the rule never matches a date: February has no 30th, 31st or day -30")),
        BadRule("FREQ=WEEKLY;BYMONTHDAY=1", (12, "BYMONTHDAY cannot be used with FREQ=WEEKLY")),
        BadRule("FREQ=MONTHLY;BYYEARDAY=1", (13, "BYYEARDAY cannot be used with FREQ=MONTHLY")),
        BadRule("FREQ=MONTHLY;BYWEEKNO=1", (13, "BYWEEKNO cannot be used with FREQ=MONTHLY")),
        BadRule("FREQ=MONTHLY;BYDAY=MO,,TU", (22, "empty item in the BYDAY list")),
        BadRule("FREQ=MONTHLY;BYMONTHDAY=1,", (26, "empty item in the BYMONTHDAY list")),
        BadRule("FREQ=MONTHLY;WKST=XX", (18, "unknown weekday 'XX'")),
        BadRule("", (0, "the recurrence rule is empty")),
        BadRule("RRULE:", (6, "the recurrence rule is empty")),
        BadRule("RRULE:FREQ=MONTLY", (11, "unknown frequency 'MONTLY'; did you mean 'MONTHLY'?")),
        // Every problem at once, in column order.
        BadRule("FREQ=MONTLY;BYDAY=5FE;BYSETPOS=0;COUNT=-1;BYHOUR=9",
                (5, "unknown frequency 'MONTLY'; did you mean 'MONTHLY'?"), (19, "unknown weekday 'FE'"),
                (31, "BYSETPOS=0 is not allowed"), (39, "COUNT must be at least 1, found -1"),
                (42, "BYHOUR is not supported: a schedule's rule gives dates")),
        BadRule("FREQ=WEEKLY;BYDAY=1MO,2TU;INTERVAL=0",
                (18, "'1MO' has an ordinal, which FREQ=WEEKLY does not allow"),
                (22, "'2TU' has an ordinal, which FREQ=WEEKLY does not allow"),
                (35, "INTERVAL must be at least 1, found 0")),
    ]

    @Test(arguments: badRules)
    func reportsEachMistakeWhereItIs(_ bad: BadRule) {
        let result = RecurrenceRule.parse(bad.text, at: Self.origin)
        guard case .failure(let diagnostics) = result else {
            Issue.record("accepted \(bad.text)")
            return
        }
        let found = diagnostics.sorted.map { (offset: ($0.location?.column ?? -100) - Self.origin.column, message: $0.message.description) }
        #expect(found.map(\.offset) == bad.expected.map(\.offset))
        #expect(found.map(\.message) == bad.expected.map(\.message))
        for diagnostic in diagnostics.sorted {
            #expect(diagnostic.isError)
            #expect(diagnostic.location?.file == Self.origin.file)
            #expect(diagnostic.location?.line == Self.origin.line)
            #expect(diagnostic.hint?.description.isEmpty == false, "every message says what is expected")
        }
    }

    @Test func hintsNameWhatIsExpected() throws {
        func first(_ text: String) throws -> Diagnostic {
            guard case .failure(let diagnostics) = RecurrenceRule.parse(text, at: Self.origin) else {
                throw Unexpected()
            }
            return try #require(diagnostics.sorted.first)
        }
        #expect(try first("FREQ=MONTLY").hint == "FREQ is one of DAILY, WEEKLY, MONTHLY, YEARLY")
        #expect(try first("FREQ=MONTHLY;BYDAY=5FE").hint?.description.contains("MO, TU, WE, TH, FR, SA, SU") == true)
        #expect(try first("FREQ=HOURLY").hint?.description.contains("`time:`") == true)
        #expect(try first("FREQ=DAILY;BYHOUR=9").hint?.description.contains("`time:`") == true)
        let duplicate = try first("FREQ=DAILY;COUNT=2;COUNT=3")
        #expect(duplicate.notes.map(\.message) == ["COUNT first given here"])
        #expect(duplicate.notes.first?.location?.column == Self.origin.column + 11)
        let both = try first("FREQ=DAILY;UNTIL=20260101;COUNT=5")
        #expect(both.notes.first?.location?.column == Self.origin.column + 11)
    }

    struct Unexpected: Error {}

    @Test func rendersWithACaretUnderTheMistake() {
        let line = "  rrule: FREQ=MONTLY;BYDAY=2WE"
        let origin = SourceLocation(file: "workflows/clinic.yaml", line: 3, column: 10)
        guard case .failure(let diagnostics) = RecurrenceRule.parse("FREQ=MONTLY;BYDAY=2WE", at: origin) else {
            Issue.record("accepted a misspelt frequency")
            return
        }
        let text = "id: clinic\nschedule:\n" + line + "\n"
        let rendered = DiagnosticRenderer(sources: { _ in text }).render(diagnostics)
        #expect(rendered == """
            workflows/clinic.yaml:3:15: error: unknown frequency 'MONTLY'; did you mean 'MONTHLY'?
                  rrule: FREQ=MONTLY;BYDAY=2WE
                              ^
              hint: FREQ is one of DAILY, WEEKLY, MONTHLY, YEARLY
            1 error

            """)
    }

    @Test func acceptsAllParts() throws {
        let rule = try RecurrenceRule(parsing:
            "FREQ=YEARLY;INTERVAL=2;COUNT=7;BYMONTH=3,9;BYDAY=2SA,-1FR,+3MO;BYMONTHDAY=1,-1;BYSETPOS=1,-1;WKST=SU")
        #expect(rule.frequency == .yearly)
        #expect(rule.interval == 2)
        #expect(rule.count == 7)
        #expect(rule.until == nil)
        #expect(rule.byMonth == [3, 9])
        #expect(rule.byDay == [RecurrenceDay(.saturday, ordinal: 2), RecurrenceDay(.friday, ordinal: -1),
                               RecurrenceDay(.monday, ordinal: 3)])
        #expect(rule.byMonthDay == [1, -1])
        #expect(rule.bySetPosition == [1, -1])
        #expect(rule.weekStart == .sunday)
        #expect(rule.isBounded)
    }

    @Test func acceptsYearDaysAndWeekNumbers() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=YEARLY;BYYEARDAY=1,-1,366;BYWEEKNO=20,-1")
        #expect(rule.byYearDay == [1, -1, 366])
        #expect(rule.byWeekNumber == [20, -1])
        #expect(!rule.isBounded)
    }

    @Test func namesAndValuesAreCaseInsensitive() throws {
        let lower = try RecurrenceRule(parsing: "rrule:freq=monthly;byday=2we,4we;wkst=su;until=20261231t090000z")
        let upper = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=2WE,4WE;WKST=SU;UNTIL=20261231")
        #expect(lower == upper)
    }

    @Test(arguments: ["20261231", "20261231T235959", "20261231T000000Z", "2026-12-31"])
    func untilTakesTheDatePart(text: String) throws {
        let rule = try RecurrenceRule(parsing: "FREQ=DAILY;UNTIL=" + text)
        #expect(rule.until == CivilDate(iso: "2026-12-31"))
    }

    @Test func repeatedValuesAreKeptOnceInTheirOrder() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=4WE,2WE,4WE;BYMONTHDAY=15,1,15")
        #expect(rule.byDay.map(\.description) == ["4WE", "2WE"])
        #expect(rule.byMonthDay == [15, 1])
    }

    @Test(arguments: [
        ("FREQ=MONTHLY;BYDAY=2WE,4WE", "FREQ=MONTHLY;BYDAY=2WE,4WE"),
        ("rrule:byday=+2we;freq=monthly;interval=1", "FREQ=MONTHLY;BYDAY=2WE"),
        ("WKST=SU;BYSETPOS=-1;BYDAY=MO,TU;FREQ=MONTHLY;INTERVAL=3;COUNT=4",
         "FREQ=MONTHLY;COUNT=4;INTERVAL=3;BYDAY=MO,TU;BYSETPOS=-1;WKST=SU"),
        ("FREQ=YEARLY;UNTIL=2030-06-01;BYMONTH=12;BYMONTHDAY=4;WKST=MO", "FREQ=YEARLY;UNTIL=20300601;BYMONTHDAY=4;BYMONTH=12"),
        ("FREQ=YEARLY;BYWEEKNO=-1;BYYEARDAY=100;BYDAY=SU", "FREQ=YEARLY;BYDAY=SU;BYYEARDAY=100;BYWEEKNO=-1"),
    ])
    func printsBackInCanonicalForm(text: String, canonical: String) throws {
        let rule = try RecurrenceRule(parsing: text)
        #expect(rule.description == canonical)
        #expect(try RecurrenceRule(parsing: canonical) == rule)
    }

    /// Random junk made of the characters rules are made of never traps, and a rejected rule
    /// always says where inside it the problem is.
    @Test func neverTrapsOnJunk() {
        let alphabet = Array("FREQ=MONTHLYBYDAWEKSETPOSUNTICW0123456789-+;,:TZ 周".unicodeScalars)
        var generator = SplitMix(seed: 20_260_101)
        var rejected = 0
        for _ in 0..<3000 {
            let length = Int(generator.next() % 40)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length { scalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
            let text = String(scalars)
            switch RecurrenceRule.parse(text, at: Self.origin) {
            case .success(let rule):
                let start = CivilDate(uncheckedYear: 2026, month: 1, day: 1)
                let dates = Array(rule.occurrences(from: start).prefix(5))
                #expect(dates == dates.sorted() && dates.allSatisfy { $0 >= start }, "\(text)")
            case .failure(let diagnostics):
                rejected += 1
                #expect(!diagnostics.isEmpty)
                for diagnostic in diagnostics {
                    let column = diagnostic.location?.column ?? 0
                    #expect(column >= Self.origin.column && column <= Self.origin.column + length, "\(text)")
                }
            }
        }
        #expect(rejected > 2900)
    }
}

/// A tiny deterministic random number generator for the junk test.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
