import SizhenDiagnostics
import Testing
@testable import SizhenCalendar

private typealias R = RRuleMessage

/// Parsing: what is accepted, and for each kind of mistake the message (code and arguments),
/// the hint and the column inside the rule.
@Suite struct RecurrenceParsingTests {
    /// As if the rule were the value of `rrule:` at column 10 of line 3 of a workflow file.
    static let origin = SourceLocation(file: "workflows/clinic.yaml", line: 3, column: 10)

    struct BadRule: CustomTestStringConvertible, Sendable {
        var text: String
        /// (offset of the column inside the rule, counted from 0; message), sorted.
        var expected: [(offset: Int, message: Message)]
        init(_ text: String, _ expected: (Int, Message)...) {
            self.text = text
            self.expected = expected.map { (offset: $0.0, message: $0.1) }
        }
        var testDescription: String { text.isEmpty ? "(empty)" : text }
    }

    static let badRules: [BadRule] = [
        BadRule("FREQ=MONTLY;BYDAY=2WE", (5, R.unknownFrequency(["value": "MONTLY", "suggestion": "MONTHLY"]))),
        BadRule("freq=montly", (5, R.unknownFrequency(["value": "montly", "suggestion": "MONTHLY"]))),
        BadRule("FREQ=MONTHLY;BYDAY=5FE", (20, R.unknownWeekday(["value": "FE"]))),
        BadRule("FREQ=MONTHLY;BYDAY=周三", (19, R.unknownWeekday(["value": "周三"]))),
        BadRule("FREQ=MONTHLY;BYDAY=MO,2", (22, R.unknownWeekday(["value": "2"]))),
        BadRule("FREQ=MONTHLY;BYDAY=MO1", (19, R.unknownWeekday(["value": "MO1"]))),
        BadRule("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0", (31, R.zero(["name": "BYSETPOS"]))),
        BadRule("FREQ=DAILY;COUNT=5;UNTIL=20260101", (19, R.countWithUntil(["name": "UNTIL", "other": "COUNT"]))),
        BadRule("FREQ=DAILY;UNTIL=20260101;COUNT=5", (26, R.countWithUntil(["name": "COUNT", "other": "UNTIL"]))),
        BadRule("FREQ=DAILY;BYDAY=MO;BYDAY=TU", (20, R.duplicatePart(["name": "BYDAY"]))),
        BadRule("FREQ=DAILY;FREQ=WEEKLY", (11, R.duplicatePart(["name": "FREQ"]))),
        BadRule("BYDAY=MO", (0, R.missingFrequency())),
        BadRule("FREQ=DAILY;;COUNT=3", (11, R.emptyPart())),
        BadRule("FREQ=DAILY;", (11, R.emptyPart())),
        BadRule("FREQ=DAILY;COUNT=abc", (17, R.notANumber(["name": "COUNT", "value": "abc"]))),
        BadRule("FREQ=DAILY;COUNT=1.5", (17, R.notANumber(["name": "COUNT", "value": "1.5"]))),
        BadRule("FREQ=MONTHLY;BYMONTHDAY=32", (24, R.outOfRange(["name": "BYMONTHDAY", "value": "32"]))),
        BadRule("FREQ=MONTHLY;BYMONTHDAY=1,-32", (26, R.outOfRange(["name": "BYMONTHDAY", "value": "-32"]))),
        BadRule("FREQ=MONTHLY;BYMONTHDAY=0", (24, R.zero(["name": "BYMONTHDAY"]))),
        BadRule("FREQ=MONTHLY;BYMONTH=13", (21, R.outOfRange(["name": "BYMONTH", "value": "13"]))),
        BadRule("FREQ=MONTHLY;BYMONTH=-1", (21, R.outOfRange(["name": "BYMONTH", "value": "-1"]))),
        BadRule("FREQ=YEARLY;BYMONTH=3;BYSETPOS=367", (31, R.outOfRange(["name": "BYSETPOS", "value": "367"]))),
        BadRule("FREQ=WEEKLY;BYDAY=2MO", (18, R.ordinalWithFrequency(["item": "2MO", "freq": "WEEKLY"]))),
        BadRule("FREQ=DAILY;BYDAY=MO,-1FR", (20, R.ordinalWithFrequency(["item": "-1FR", "freq": "DAILY"]))),
        BadRule("FREQ=MONTHLY;BYDAY=6MO", (19, R.ordinalBeyondMonth(["item": "6MO", "limit": 5]))),
        BadRule("FREQ=YEARLY;BYMONTH=3;BYDAY=-6SA", (28, R.ordinalBeyondMonth(["item": "-6SA", "limit": 5]))),
        BadRule("FREQ=YEARLY;BYDAY=54MO", (18, R.ordinalBeyondYear(["item": "54MO", "limit": 53]))),
        BadRule("FREQ=YEARLY;BYDAY=0MO", (18, R.zeroOrdinal(["item": "0MO"]))),
        BadRule("FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO", (29, R.ordinalWithWeekNumber(["item": "1MO"]))),
        BadRule("FREQ=MONTHLY;BYSETPOS=1", (13, R.setPositionAlone())),
        BadRule("FREQ=DAILY;INTERVAL=0", (20, R.belowOne(["name": "INTERVAL", "value": "0"]))),
        BadRule("FREQ=DAILY;INTERVAL=99999999999", (20, R.outOfRange(["name": "INTERVAL", "value": "99999999999"]))),
        BadRule("FREQ=DAILY;COUNT=-3", (17, R.belowOne(["name": "COUNT", "value": "-3"]))),
        BadRule("FREQ=DAILY;COUNT=0", (17, R.belowOne(["name": "COUNT", "value": "0"]))),
        BadRule("FREQ=", (5, R.missingValue(["name": "FREQ"]))),
        BadRule("FREQ", (0, R.missingEquals(["part": "FREQ"]))),
        BadRule("=MONTHLY", (0, R.missingName()), (0, R.missingFrequency())),
        BadRule("FREQ=HOURLY", (5, R.timeFrequency(["freq": "HOURLY"]))),
        BadRule("FREQ=minutely", (5, R.timeFrequency(["freq": "MINUTELY"]))),
        BadRule("FREQ=DAILY;BYHOUR=9", (11, R.timePart(["name": "BYHOUR"]))),
        BadRule("FREQ=DAILY;BYMINUTE=30", (11, R.timePart(["name": "BYMINUTE"]))),
        BadRule("FREQ=DAILY;BYDAYS=MO", (11, R.unknownPart(["name": "BYDAYS", "suggestion": "BYDAY"]))),
        BadRule("FREQ=DAILY; BYDAY=MO", (11, R.unknownPart(["name": " BYDAY", "suggestion": "BYDAY"]))),
        BadRule("FREQ=DAILY;BYEASTER=0", (11, R.unknownPart(["name": "BYEASTER"]))),
        BadRule("FREQ=DAILY;UNTIL=20260230", (17, R.untilNoSuchDate(["value": "20260230"]))),
        BadRule("FREQ=DAILY;UNTIL=2026-02-30", (17, R.untilNoSuchDate(["value": "2026-02-30"]))),
        BadRule("FREQ=DAILY;UNTIL=next week", (17, R.untilNotADate(["value": "next week"]))),
        BadRule("FREQ=DAILY;UNTIL=2026123", (17, R.untilNotADate(["value": "2026123"]))),
        BadRule("FREQ=DAILY;UNTIL=20261231T250000Z", (26, R.untilBadTime(["value": "250000"]))),
        BadRule("FREQ=WEEKLY;BYMONTHDAY=1", (12, R.partWithFrequency(["name": "BYMONTHDAY", "freq": "WEEKLY"]))),
        BadRule("FREQ=MONTHLY;BYYEARDAY=1", (13, R.partWithFrequency(["name": "BYYEARDAY", "freq": "MONTHLY"]))),
        BadRule("FREQ=MONTHLY;BYWEEKNO=1", (13, R.partWithFrequency(["name": "BYWEEKNO", "freq": "MONTHLY"]))),
        BadRule("FREQ=MONTHLY;BYDAY=MO,,TU", (22, R.emptyItem(["name": "BYDAY"]))),
        BadRule("FREQ=MONTHLY;BYMONTHDAY=1,", (26, R.emptyItem(["name": "BYMONTHDAY"]))),
        BadRule("FREQ=MONTHLY;WKST=XX", (18, R.unknownWeekday(["value": "XX"]))),
        BadRule("", (0, R.emptyRule())),
        BadRule("RRULE:", (6, R.emptyRule())),
        BadRule("RRULE:FREQ=MONTLY", (11, R.unknownFrequency(["value": "MONTLY", "suggestion": "MONTHLY"]))),
        // Every problem at once, in column order.
        BadRule("FREQ=MONTLY;BYDAY=5FE;BYSETPOS=0;COUNT=-1;BYHOUR=9",
                (5, R.unknownFrequency(["value": "MONTLY", "suggestion": "MONTHLY"])), (19, R.unknownWeekday(["value": "FE"])),
                (31, R.zero(["name": "BYSETPOS"])), (39, R.belowOne(["name": "COUNT", "value": "-1"])),
                (42, R.timePart(["name": "BYHOUR"]))),
        BadRule("FREQ=WEEKLY;BYDAY=1MO,2TU;INTERVAL=0",
                (18, R.ordinalWithFrequency(["item": "1MO", "freq": "WEEKLY"])),
                (22, R.ordinalWithFrequency(["item": "2TU", "freq": "WEEKLY"])),
                (35, R.belowOne(["name": "INTERVAL", "value": "0"]))),
    ]

    @Test(arguments: badRules)
    func reportsEachMistakeWhereItIs(_ bad: BadRule) {
        let result = RecurrenceRule.parse(bad.text, at: Self.origin)
        guard case .failure(let diagnostics) = result else {
            Issue.record("accepted \(bad.text)")
            return
        }
        let found = diagnostics.sorted.map { (offset: ($0.location?.column ?? -100) - Self.origin.column, message: $0.message) }
        #expect(found.map(\.offset) == bad.expected.map(\.offset))
        #expect(found.map(\.message) == bad.expected.map(\.message))
        for diagnostic in diagnostics.sorted {
            #expect(diagnostic.isError)
            #expect(diagnostic.location?.file == Self.origin.file)
            #expect(diagnostic.location?.line == Self.origin.line)
            #expect(diagnostic.hint.map { !Self.english.render($0).isEmpty } == true, "every message says what is expected")
        }
    }

    @Test func hintsNameWhatIsExpected() throws {
        func first(_ text: String) throws -> Diagnostic {
            guard case .failure(let diagnostics) = RecurrenceRule.parse(text, at: Self.origin) else {
                throw Unexpected()
            }
            return try #require(diagnostics.sorted.first)
        }
        #expect(try first("FREQ=MONTLY").hint == R.expectFrequency())
        #expect(try first("FREQ=MONTHLY;BYDAY=5FE").hint == R.expectByDay())
        #expect(try first("FREQ=MONTHLY;WKST=XX").hint == R.expectWeekStart())
        #expect(try first("FREQ=HOURLY").hint == R.timeFrequencyHint())
        #expect(try first("FREQ=DAILY;BYHOUR=9").hint == R.timePartHint())
        #expect(try first("FREQ=DAILY;BYEASTER=0").hint == R.unknownPartHint(["names": .texts(RecurrenceMessages.partNames)]))
        #expect(try first("FREQ=MONTHLY;BYDAY=6MO").hint == R.ordinalRangeHint(["limit": 5]))
        #expect(try first("FREQ=WEEKLY;BYMONTHDAY=1").hint == R.monthDayFrequenciesHint(["name": "BYMONTHDAY"]))
        #expect(try first("FREQ=MONTHLY;BYWEEKNO=1").hint == R.yearlyOnlyHint(["name": "BYWEEKNO"]))
        let duplicate = try first("FREQ=DAILY;COUNT=2;COUNT=3")
        #expect(duplicate.notes.map(\.message) == [R.firstGivenHere(["name": "COUNT"])])
        #expect(duplicate.notes.first?.location?.column == Self.origin.column + 11)
        let both = try first("FREQ=DAILY;UNTIL=20260101;COUNT=5")
        #expect(both.notes.map(\.message) == [R.givenHere(["name": "UNTIL"])])
        #expect(both.notes.first?.location?.column == Self.origin.column + 11)
    }

    static let english = MessageRenderer(book: MessageBook(SizhenCalendarMessages.catalogues), language: .english)
    static let chinese = MessageRenderer(book: MessageBook(SizhenCalendarMessages.catalogues), language: .chinese)

    /// Month and day names come as nested messages, so that each language writes its own.
    @Test(arguments: [
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", 33, "the rule never matches a date: February has no 30th",
         "重复规则不会给出任何日期：2月没有30日"),
        ("FREQ=MONTHLY;BYMONTH=4,6;BYMONTHDAY=31", 36, "the rule never matches a date: April and June have no 31st",
         "重复规则不会给出任何日期：4月和6月都没有31日"),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30,31,-30", 33, "the rule never matches a date: February has no 30th, 31st or day -30",
         "重复规则不会给出任何日期：2月没有30日、31日或倒数第30日"),
        ("FREQ=YEARLY;BYMONTH=2,4,6;BYMONTHDAY=31", 37, "the rule never matches a date: February, April and June have no 31st",
         "重复规则不会给出任何日期：2月、4月和6月都没有31日"),
    ])
    func impossibleMonthDaysAreNamedInEachLanguage(text: String, offset: Int, english: String, chinese: String) throws {
        guard case .failure(let diagnostics) = RecurrenceRule.parse(text, at: Self.origin) else {
            throw Unexpected()
        }
        let diagnostic = try #require(diagnostics.sorted.first)
        #expect(diagnostic.message.code == R.impossibleMonthDays.rawValue)
        #expect(diagnostic.hint == R.impossibleMonthDaysHint())
        #expect(diagnostic.location.map { $0.column - Self.origin.column } == offset)
        #expect(Self.english.render(diagnostic.message) == english)
        #expect(Self.chinese.render(diagnostic.message) == chinese)
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
        let rendered = DiagnosticRenderer(messages: Self.english, sources: { _ in text }).render(diagnostics)
        #expect(rendered == """
            workflows/clinic.yaml:3:15: error: unknown frequency 'MONTLY'; did you mean 'MONTHLY'?
                  rrule: FREQ=MONTLY;BYDAY=2WE
                              ^
              hint: FREQ is one of DAILY, WEEKLY, MONTHLY, YEARLY
            1 error

            """)
        let chinese = DiagnosticRenderer(messages: Self.chinese, sources: { _ in text }).render(diagnostics)
        #expect(chinese == """
            workflows/clinic.yaml:3:15: 错误: 未知的频率“MONTLY”；是不是“MONTHLY”？
                  rrule: FREQ=MONTLY;BYDAY=2WE
                              ^
              提示: FREQ 取 DAILY、WEEKLY、MONTHLY、YEARLY 之一
            1 个错误

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
