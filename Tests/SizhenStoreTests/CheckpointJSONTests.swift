import SizhenCalendar
import SizhenRecords
import SizhenRules
import Testing

/// A checkpoint's three JSON texts, written and read by hand: what is written reads back the
/// same, the text Foundation's encoder wrote before still reads, and damaged text is refused
/// rather than guessed.
@Suite struct CheckpointJSONTests {
    static func d(_ text: String) -> CivilDate { CivilDate(iso: text)! }
    static let schema = CaseFieldsJSONTests.schema

    static let checkpoint = EngineCheckpoint(
        day: d("2026-12-07"),
        openCases: [
            EngineCase(id: "jiezhen/yanyu/2026-12-01/1#1", workflowID: "jiezhen", occurrenceID: "jiezhen/yanyu/2026-12-01/1", siteID: "haitangxi-yanyu",
                       openedOn: d("2026-12-01"), source: .visitor, parentID: nil, fields: CaseFieldsJSONTests.fields, status: .open,
                       staff: ["L001", "谢海莉"], excluded: [], deadline: d("2026-12-16"), closedOn: nil),
            EngineCase(id: "x>major", workflowID: "huizhen", occurrenceID: nil, siteID: "s \"引号\" \\ /", openedOn: d("2026-12-02"),
                       source: .escalation, parentID: "jiezhen/yanyu/2026-12-01/1#1", fields: [:], status: .resolved, staff: [],
                       excluded: ["P1"], deadline: nil, closedOn: d("2026-12-04")),
        ],
        timers: [EngineTimer(caseID: "x>major", kind: .escalation, name: "stuck", due: d("2026-12-16"), people: ["P1", "P2"])],
        bookings: ["L002": [d("2026-12-03")], "L001": [d("2026-12-01"), d("2026-12-08")], "空": []])

    @Test func aCheckpointReadsBackAsItWasWritten() throws {
        let parts = try CheckpointJSON.encode(Self.checkpoint, caseType: Self.schema)
        #expect(parts.bookings == #"{"L001":["2026-12-01","2026-12-08"],"L002":["2026-12-03"],"空":[]}"#, "people in order, whatever the dictionary's")
        #expect(parts.timers == #"[{"caseID":"x>major","due":"2026-12-16","kind":"escalation","name":"stuck","people":["P1","P2"]}]"#)
        let read = try #require(CheckpointJSON.decode(day: Self.checkpoint.day, cases: parts.cases, timers: parts.timers, bookings: parts.bookings,
                                                      caseType: Self.schema))
        #expect(read == Self.checkpoint)
        #expect(try CheckpointJSON.encode(read, caseType: Self.schema) == parts, "the same text again")
        let empty = EngineCheckpoint(day: Self.d("2026-12-01"), openCases: [], timers: [], bookings: [:])
        let none = try CheckpointJSON.encode(empty, caseType: nil)
        #expect(none.cases == "[]" && none.timers == "[]" && none.bookings == "{}")
        #expect(CheckpointJSON.decode(day: empty.day, cases: none.cases, timers: none.timers, bookings: none.bookings, caseType: nil) == empty)
    }

    @Test func theTextFoundationsEncoderWroteStillReads() throws {
        // As an earlier version stored it: JSONEncoder with sorted keys, absent values left out.
        let cases = #"[{"excluded":[],"fields":"{\"kind\":\"dispute\",\"parties\":2}","id":"c#1","opened":"2026-12-01","site":"s","#
            + #""source":"visitor","staff":["L001"],"status":"open","workflow":"jiezhen"}]"#
        let read = try #require(CheckpointJSON.decode(day: Self.d("2026-12-07"), cases: cases, timers: "[]", bookings: #"{"L001":["2026-12-01"]}"#,
                                                      caseType: Self.schema))
        #expect(read.openCases.map(\.id) == ["c#1"] && read.openCases[0].fields == ["kind": .string("dispute"), "parties": .int(2)])
        #expect(read.openCases[0].occurrenceID == nil && read.openCases[0].deadline == nil && read.bookings == ["L001": [Self.d("2026-12-01")]])
    }

    @Test func damagedTextIsRefused() throws {
        let parts = try CheckpointJSON.encode(Self.checkpoint, caseType: Self.schema)
        func reads(cases: String? = nil, timers: String? = nil, bookings: String? = nil) -> Bool {
            CheckpointJSON.decode(day: Self.checkpoint.day, cases: cases ?? parts.cases, timers: timers ?? parts.timers,
                                  bookings: bookings ?? parts.bookings, caseType: Self.schema) != nil
        }
        #expect(reads())
        for damaged in [
            "", "[", "{}", parts.cases + "x", parts.cases.replacingOccurrences(of: #""status":"open""#, with: #""status":"opened""#),
            parts.cases.replacingOccurrences(of: #""opened":"2026-12-01""#, with: #""opened":"2026-13-01""#),
            parts.cases.replacingOccurrences(of: #""workflow":"jiezhen""#, with: #""workflow":"jiezhen","workflow":"jiezhen""#),
            parts.cases.replacingOccurrences(of: #","staff":["L001","谢海莉"]"#, with: ""),
            parts.cases.replacingOccurrences(of: #""id":"#, with: #""unknown":1,"id":"#),
            parts.cases.replacingOccurrences(of: #""fields":"{"#, with: #""fields":"["#),
            String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
        ] {
            #expect(!reads(cases: damaged), "\(damaged.prefix(80))")
        }
        for damaged in ["", "{}", #"[{"caseID":"c","due":"2026-12-16","kind":"alarm","name":"n","people":[]}]"#,
                        #"[{"caseID":"c","due":"2026-12-16","kind":"escalation","name":"n"}]"#] {
            #expect(!reads(timers: damaged), "\(damaged)")
        }
        for damaged in ["", "[]", #"{"L001":["2026-12-01"],"L001":[]}"#, #"{"L001":["tomorrow"]}"#, #"{"L001":"2026-12-01"}"#] {
            #expect(!reads(bookings: damaged), "\(damaged)")
        }
    }
}
