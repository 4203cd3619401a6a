import SizhenCalendar
import SizhenDiagnostics
import SizhenRecords
import Testing

/// How the database stores pack a case's events of a day into one row, and read them back.
@Suite struct EventPackTests {
    let day = CivilDate(iso: "2026-12-09")!

    func event(_ kind: EngineEvent.Kind, _ caseID: String?, on date: CivilDate? = nil, occurrence: String? = nil,
               message: Message = .legacy("x")) -> EngineEvent {
        EngineEvent(date: date ?? day, kind: kind, caseID: caseID, occurrenceID: occurrence, message: message)
    }

    @Test func consecutiveEventsOfOneCaseOnOneDayShareAPack() {
        let events = [
            event(.caseOpened, "a"), event(.stepRun, "a"), event(.caseOpened, "b"), event(.caseClosed, "a"),
            event(.unfilled, nil), event(.absence, nil), event(.overdue, "a", on: day.adding(days: 1)), event(.caseClosed, "a", on: day.adding(days: 1)),
        ]
        let packs = EventPack.packs(events)
        #expect(packs.map(\.count) == [2, 1, 1, 1, 1, 2], "a case's events apart, or of no case, or of another day, are packs of their own")
        #expect(packs.flatMap { [$0.first] + $0.more } == events, "nothing lost, nothing reordered")
        #expect(packs[0].kindsText == "step_run" && packs[1].kindsText == nil && packs[1].moreJSON == nil)
    }

    @Test func aPackHoldsAtMostItsCapacity() {
        let events = (0..<(EventPack.capacity * 2 + 1)).map { _ in event(.tableMatched, "a") }
        #expect(EventPack.packs(events).map(\.count) == [EventPack.capacity, EventPack.capacity, 1])
    }

    @Test func whatAPackStoresReadsBackAsItsEvents() throws {
        let nested = Message(code: "engine.steps-skipped", arguments: [
            MessageArgument(name: "steps", value: .list([.message(Message(code: "engine.skipped-step", arguments: [
                MessageArgument(name: "rule", value: .text(#"has(case.topics) && "法律援助" in case.topics"#)),
                MessageArgument(name: "step", value: .text("legal_aid\n\t\u{7F}")),
            ]))])),
            MessageArgument(name: "n", value: .int(-3)),
        ])
        let events = [event(.caseOpened, "j/a#1", occurrence: "j/a"), event(.stepSkipped, "j/a#1", message: nested),
                      event(.stepRun, "j/a#1", occurrence: "j/a", message: .legacy("写入记录"))]
        let pack = try #require(EventPack.packs(events).first)
        let json = try #require(pack.moreJSON)
        #expect(EventPack.more(json, after: pack.first) == Array(events.dropFirst()))
        #expect(EventPack.kinds(try #require(pack.kindsText)) == [.stepSkipped, .stepRun])
    }

    @Test(arguments: [
        "", "{}", #"{"events":{}}"#, #"{"events":[["step_run",""]]}"#, #"{"events":[["step_run",3,{"code":"x","args":{}}]]}"#,
        #"{"events":[["nope","",{"code":"x","args":{}}]]}"#, #"{"events":[["step_run","",{"code":"x","args":{}}]],"more":[]}"#,
        #"{"events":[["step_run","",{"code":"x","args":{}}]"#,
    ])
    func aDamagedPackIsRefused(json: String) {
        #expect(EventPack.more(json, after: event(.caseOpened, "a")) == nil)
    }

    @Test func unknownKindsAreRefused() {
        #expect(EventPack.kinds("step_run case_closed") == [.stepRun, .caseClosed])
        #expect(EventPack.kinds("step_run walked_in") == nil)
    }
}
