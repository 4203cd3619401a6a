import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords
import SizhenRules
import Testing

/// What every store does with facts, derived days, checkpoints and closed months: the same
/// answers from each (the in-memory store, SQLite in memory and SQLite in a file).
@Suite struct FactStoreContractTests {
    static func d(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    func fact(_ key: String, on day: String = "2026-12-09", payload: String = "{}", kind: Fact.Kind = .void) -> Fact {
        Fact(kind: kind, on: Self.d(day), key: key, payload: payload, source: "t.csv:1")
    }

    @Test(arguments: StoreKind.allCases)
    func factsAreAddedOnceCorrectedAndKeptInTheOrderTheyArrived(kind: StoreKind) throws {
        let store = try kind.make()
        let first = try #require(try store.append([fact("a", payload: #"{"x":1}"#), fact("b", on: "2026-12-02")], imported: ("d1", "one.csv", 2),
                                                  personal: [("a", PersonalData(name: "李某"), nil)]))
        #expect(first.added == 2 && first.corrected == 0 && first.unchanged == 0 && first.earliest == Self.d("2026-12-02"))
        #expect(try store.append([fact("a")], imported: ("d1", "one.csv", 1), personal: []) == nil, "a file of the same digest adds nothing")
        let second = try #require(try store.append([fact("a", payload: #"{"x":1}"#), fact("a", payload: #"{"x":2}"#)], imported: nil, personal: []))
        #expect(second.unchanged == 1 && second.corrected == 1 && second.earliest == Self.d("2026-12-09"))
        #expect(try store.facts(key: "a").map(\.payload) == [#"{"x":1}"#, #"{"x":2}"#])
        #expect(try store.facts(key: "a").map(\.arrival) == [1, 3], "arrival numbers in the order of arrival")
        #expect(try store.facts(from: Self.d("2026-12-01"), through: Self.d("2026-12-05")).map(\.key) == ["b"])
        #expect(try store.personalData()["a"] == nil, "a void fact removes its case's personal data")
        let state = try store.derivationState()
        #expect(state.lastArrival == 3 && state.derivedArrival == 0 && state.earliestPending == Self.d("2026-12-02"))
        #expect(state.factDays == Self.d("2026-12-02")...Self.d("2026-12-09") && state.through == nil)
        try store.request(through: Self.d("2026-12-20"))
        try store.request(through: Self.d("2026-12-10"))
        #expect(try store.derivationState().requested == Self.d("2026-12-20"), "never moved back")
        #expect(try store.derivationState().horizon == Self.d("2026-12-20"))
        #expect(try store.facts(arrivedAfter: 1, limit: 10).map(\.arrival) == [2, 3])
        #expect(try store.facts(arrivedAfter: 0, limit: 1).map(\.arrival) == [1])
        try store.markShown(through: 3)
        try store.markShown(through: 2)
        #expect(try store.derivationState().shownArrival == 3, "never moved back")
    }

    @Test(arguments: StoreKind.allCases)
    func derivedDaysReplaceWhatWasDerivedFromTheirFirstDay(kind: StoreKind) throws {
        let store = try kind.make()
        _ = try store.append([fact("a")], imported: nil, personal: [])
        let open = EngineCase(id: "c#1", workflowID: "jiezhen", occurrenceID: nil, siteID: "s", openedOn: Self.d("2026-12-01"), source: .visitor,
                              fields: [:], staff: ["L001"])
        func day(_ date: String, records: [String], closing: Bool = false) -> ChangeSet {
            var changes = ChangeSet()
            changes.processedDay = Self.d(date)
            var engineCase = open
            if closing { engineCase.status = .resolved; engineCase.closedOn = Self.d(date) } else if date == "2026-12-01" { changes.save(engineCase) }
            if closing { changes.save(engineCase); changes.timersDone = ["c#1@escalation:stuck"] }
            if date == "2026-12-01" { changes.timersAdded = [EngineTimer(caseID: "c#1", kind: .escalation, name: "stuck", due: Self.d("2026-12-03"))] }
            changes.records = records.map { ServiceRecord(id: $0, type: "法律咨询", workflowID: "jiezhen", occurrenceID: nil, siteID: "s", streetID: nil,
                                                           date: Self.d(date), staff: [], caseID: "c#1", outcome: "resolved") }
            changes.log(EngineEvent(date: Self.d(date), kind: .caseOpened, caseID: "c#1", message: .legacy(date)))
            return changes
        }
        let checkpoint = EngineCheckpoint(day: Self.d("2026-12-01"), openCases: [], timers: [], bookings: ["L001": [Self.d("2026-11-30")]])
        #expect(try store.writeDerived(DerivedDays(from: Self.d("2026-12-01"), through: Self.d("2026-12-03"), basedOn: 0, reverted: [],
                                                   days: [], checkpoints: [])) == false, "a fact arrived after the one the derivation read")
        try #require(try store.writeDerived(DerivedDays(from: Self.d("2026-12-01"), through: Self.d("2026-12-03"), basedOn: 1, reverted: [],
                                                        days: [day("2026-12-01", records: ["r1"]), day("2026-12-02", records: ["r2"]),
                                                               day("2026-12-03", records: ["r3"], closing: true)],
                                                        checkpoints: [checkpoint])))
        #expect(try store.engineCase("c#1")?.status == .resolved && store.pendingTimers().isEmpty)
        #expect(try store.checkpoint(onOrBefore: Self.d("2026-12-15")) == checkpoint)
        #expect(try store.checkpoint(onOrBefore: Self.d("2026-11-30")) == nil)
        #expect(try store.derivationState().through == Self.d("2026-12-03") && store.derivationState().derivedArrival == 1)
        // Derived again from 12-02: the case stands as it did at the end of 12-01, its timer pending again.
        try #require(try store.writeDerived(DerivedDays(from: Self.d("2026-12-02"), through: Self.d("2026-12-02"), basedOn: 1, reverted: [open],
                                                        days: [day("2026-12-02", records: ["r2b"])], checkpoints: [])))
        #expect(try store.records(RecordFilter()).map(\.id) == ["r1", "r2b"])
        #expect(try store.engineCase("c#1")?.status == .open)
        #expect(try store.pendingTimers().map(\.id) == ["c#1@escalation:stuck"])
        #expect(try store.events(from: Self.d("2026-12-01"), through: Self.d("2026-12-31"), kinds: nil).map(\.event.message)
                == [.legacy("2026-12-01"), .legacy("2026-12-02")])
        #expect(try store.lastProcessedDay() == Self.d("2026-12-02"))
    }

    @Test(arguments: StoreKind.allCases)
    func sittingChangesAreTheLatestMovesAndExtrasOfTheDaysAsked(kind: StoreKind) throws {
        let store = try kind.make()
        func report(_ id: String, _ status: SittingReport.Status, date: String, heldOn: String? = nil, reason: String? = nil) -> Fact {
            var report = SittingReport(occurrenceID: id, workflowID: "jiezhen", siteID: "a", date: Self.d(date), status: status, reason: reason,
                                       staff: status == .extra ? ["L001"] : [], location: SourceLocation(file: "t.csv", line: 2, column: 1))
            report.heldOn = heldOn.map(Self.d)
            return Fact.sitting(report, source: "t.csv:2")
        }
        _ = try store.append([report("j/a/2026-12-09/1", .moved, date: "2026-12-09", heldOn: "2026-12-11"),
                              report("j/a/2026-12-12/1", .extra, date: "2026-12-12"),
                              report("j/a/2026-12-23/1", .moved, date: "2026-12-23", heldOn: "2026-12-24"),
                              // A reason that reads like a status is not one.
                              report("j/b/2026-12-09/1", .notHeld, date: "2026-12-09", reason: #""status":"moved""#)], imported: nil, personal: [])
        // Corrected: the 23rd held as planned after all.
        _ = try store.append([report("j/a/2026-12-23/1", .held, date: "2026-12-23")], imported: nil, personal: [])
        let changes = try store.sittingChanges(from: Self.d("2026-12-01"), through: Self.d("2026-12-31"))
        #expect(changes.map(\.occurrenceID) == ["j/a/2026-12-09/1", "j/a/2026-12-12/1"])
        #expect(changes.map(\.status) == [.moved, .extra])
        #expect(changes.map(\.heldOn) == [Self.d("2026-12-11"), Self.d("2026-12-12")])
        #expect(changes.first?.planned == Self.d("2026-12-09") && changes.first?.source == "t.csv:2")
        #expect(try store.sittingChanges(from: Self.d("2026-12-12"), through: Self.d("2026-12-31")).map(\.occurrenceID) == ["j/a/2026-12-12/1"],
                "by the day held")
    }

    @Test(arguments: StoreKind.allCases)
    func aClosedMonthKeepsItsReportAndIsClosedOnce(kind: StoreKind) throws {
        let store = try kind.make()
        let november = YearMonth(iso: "2026-11")!
        let record = ServiceRecord(id: "r", type: "人民调解", workflowID: "jiezhen", occurrenceID: "o", siteID: "s", streetID: "t", date: Self.d("2026-11-11"),
                                   staff: ["L001", "LW01"], caseID: "c#1", outcome: "resolved", subsidyYuan: 50, subsidyTier: "一般")
        let closing = MonthClosing(month: november, arrival: 7, outputs: ["json": "{\"month\":\"2026-11\"}\n", "text": "报告\n"], records: [record])
        #expect(try store.closing(november) == nil && store.closedMonths().isEmpty)
        #expect(try store.close(closing))
        #expect(try store.close(MonthClosing(month: november, arrival: 9, outputs: [:], records: [])) == false, "closed once")
        #expect(try store.closing(november) == closing)
        #expect(try store.closedMonths() == [november])
    }
}

/// A visitor's payload reads back as it was written, by the derivation's own reader as by
/// Foundation's decoder; anything else is refused, not guessed.
@Suite struct FactPayloadTests {
    @Test func aVisitorPayloadReadsBackAsWritten() throws {
        let row = IntakeRow(occurrenceID: "jiezhen/a/2026-12-09/1", workflowID: "jiezhen", siteID: "a", date: CivilDate(iso: "2026-12-09")!, ordinal: 12,
                            fields: ["kind": .string("dispute \"引号\" \\ /"), "parties": .int(3)], outcome: .referred, staff: ["L001", "LW01"],
                            location: SourceLocation(file: "t.csv", line: 2, column: 1))
        let fact = Fact.visitor(row, caseType: nil, source: "t.csv:2")
        let read = try #require(Fact.Visitor.read(fact.payload))
        #expect(read == fact.decode(Fact.Visitor.self))
        #expect(read.ordinal == 12 && read.outcome == .referred && read.staff == ["L001", "LW01"])
        for broken in ["", "{}", "[]", #"{"occurrence":"o"}"#, fact.payload + "x", fact.payload.replacingOccurrences(of: "referred", with: "maybe"),
                       fact.payload.replacingOccurrences(of: "\"ordinal\":12", with: "\"ordinal\":1.5"),
                       fact.payload.replacingOccurrences(of: "\"ordinal\":12", with: "\"ordinal\":12,\"extra\":1")] {
            #expect(Fact.Visitor.read(broken) == nil, "\(broken)")
        }
    }

    @Test func aSittingPayloadReadsBackAsWritten() throws {
        for (status, reason, staff, attendees) in [(SittingReport.Status.held, nil, [String](), 45 as Int?), (.notHeld, "暴雨\"停课\"", [], nil),
                                                    (.substitute, "出庭", ["L001"], nil)] {
            let report = SittingReport(occurrenceID: "o", workflowID: "jiezhen", siteID: "a", date: CivilDate(iso: "2026-12-09")!, status: status,
                                       reason: reason, staff: staff, attendees: attendees, location: SourceLocation(file: "t.csv", line: 2, column: 1))
            let fact = Fact.sitting(report, source: "t.csv:2")
            #expect(Fact.Sitting.read(fact.payload) == fact.decode(Fact.Sitting.self))
            #expect(Fact.Sitting.read(fact.payload)?.status == status)
        }
        var moved = SittingReport(occurrenceID: "o", workflowID: "jiezhen", siteID: "a", date: CivilDate(iso: "2026-12-09")!, status: .moved,
                                  location: SourceLocation(file: "t.csv", line: 2, column: 1))
        moved.heldOn = CivilDate(iso: "2026-12-11")
        let fact = Fact.sitting(moved, source: "t.csv:2")
        #expect(fact.on == CivilDate(iso: "2026-12-11"))
        #expect(Fact.Sitting.read(fact.payload) == fact.decode(Fact.Sitting.self))
        #expect(Fact.Sitting.read(fact.payload)?.planned == CivilDate(iso: "2026-12-09"))
        #expect(Fact.Sitting.read(fact.payload.replacingOccurrences(of: "2026-12-09", with: "2026-13-09")) == nil)
        #expect(Fact.Sitting.read(#"{"site":"a","staff":[],"status":"maybe","workflow":"w"}"#) == nil)
        #expect(Fact.Sitting.read(#"{"site":"a","staff":[],"workflow":"w"}"#) == nil)
    }
}
