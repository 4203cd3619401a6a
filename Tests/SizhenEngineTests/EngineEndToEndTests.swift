import Foundation
import GRDB
import Testing
import SizhenCalendar
import SizhenEngine
import SizhenRecords
import SizhenLoader
import SizhenModel
import SizhenRules
@testable import SizhenStore
import SizhenDiagnostics

/// The stores the engine's tests run against: the in-memory store and a real SQLite database.
enum StoreKind: String, CaseIterable, Sendable {
    case memory, sqlite

    func make(caseType: ObjectType?) throws -> any Store {
        switch self {
        case .memory: InMemoryStore()
        case .sqlite: try SQLiteStore(path: ":memory:", access: .writing(.real), caseType: caseType)
        }
    }
}

/// The engine over the shipped district, through the store protocol, into each store: cases
/// from visitors, steps and records, subsidies, escalations with timers and workday deadlines
/// across holidays, panels and home visits.
@Suite struct EngineEndToEndTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let set: WorkflowSet = {
        let outcome = WorkflowSetLoader().load(folder: repository.appendingPathComponent("Workflows").path)
        return outcome.set!
    }()

    static func d(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    func store(_ kind: StoreKind) throws -> any Store { try kind.make(caseType: Self.set.caseType) }

    /// The first jiezhen sitting of a clinic in a month.
    func sitting(on date: String, store: any Store) throws -> OccurrenceRef {
        let runner = RoundsRunner(set: Self.set, store: store)
        _ = try runner.advance(through: Self.d(date).adding(days: -1))
        return try #require(try store.occurrences(on: Self.d(date)).first { $0.workflowID == "jiezhen" })
    }

    func fields(_ values: [String: RuleValue]) -> [String: RuleValue] {
        var base: [String: RuleValue] = ["kind": .string("consultation"), "category": .string("邻里"), "parties": .int(2),
                                         "major": .bool(false), "complexity": .string("simple"), "risk_criminal": .bool(false)]
        for (key, value) in values { base[key] = value }
        return base
    }

    func open(_ input: CaseInput, store: any Store) throws {
        var engine = CaseEngine(set: Self.set, openCases: try store.openCases(), timers: try store.pendingTimers())
        var changes = ChangeSet()
        engine.open([input], into: &changes, exists: { (try? store.caseExists($0)) ?? false })
        try store.commit(changes)
    }

    /// The records outside 助诊, by id.
    func records(_ store: any Store) throws -> [ServiceRecord] {
        try store.records(RecordFilter()).filter { $0.workflowID != "zhuzhen" }.sorted { $0.id < $1.id }
    }

    /// The events of exactly this case, in the order written.
    func events(_ store: any Store, case id: String) throws -> [EngineEvent] {
        try store.story(of: id).map(\.event).filter { $0.caseID == id }
    }

    @Test(arguments: StoreKind.allCases)
    func aDisputeMediatedOnTheSpotEarnsItsSubsidyAndCloses(kind: StoreKind) throws {
        let store = try store(kind)
        let sitting = try sitting(on: "2026-12-09", store: store)
        let input = CaseInput(occurrenceID: sitting.id, workflowID: "jiezhen", siteID: sitting.siteID, date: Self.d("2026-12-09"), ordinal: 1,
                              fields: fields(["kind": .string("dispute"), "complexity": .string("general")]), outcome: .resolved, staff: [])
        try open(input, store: store)
        let found = try records(store)
        #expect(found.map(\.type) == ["法律咨询", "人民调解", "化解矛盾纠纷"])
        #expect(found.first { $0.type == "人民调解" }?.subsidyYuan == 50, "general complexity: 50 yuan")
        #expect(try store.openCases().isEmpty)
        // Importing the same visitor again adds nothing.
        try open(input, store: store)
        #expect(try records(store).count == 3)
    }

    @Test(arguments: [("simple", 20), ("general", 50), ("complex", 80)])
    func theSubsidyFollowsComplexity(complexity: String, yuan: Int) throws {
        let store = try store(.memory)
        let sitting = try sitting(on: "2026-12-09", store: store)
        try open(CaseInput(occurrenceID: sitting.id, workflowID: "jiezhen", siteID: sitting.siteID, date: Self.d("2026-12-09"), ordinal: 1,
                           fields: fields(["kind": .string("dispute"), "complexity": .string(complexity)]), outcome: .resolved, staff: []),
                 store: store)
        #expect(try records(store).first { $0.type == "人民调解" }?.subsidyYuan == yuan)
    }

    @Test(arguments: StoreKind.allCases)
    func anUnresolvedNeighbourDisputeGoesToItsStreetsCommitteeFiveDaysLater(kind: StoreKind) throws {
        let store = try store(kind)
        // 2WE of September 2026 is 09-09; 5 days later is 09-14 (三调联动: 邻里 → the street's
        // 调委会), to be mediated within 15 days: by 09-29.
        let sitting = try sitting(on: "2026-09-09", store: store)
        let lawyer = try #require(Self.set.people.first { $0.holds("lawyer") && $0.paired.contains { $0.id == sitting.siteID } })
        let input = CaseInput(occurrenceID: sitting.id, workflowID: "jiezhen", siteID: sitting.siteID, date: Self.d("2026-09-09"), ordinal: 1,
                              fields: fields(["kind": .string("dispute"), "category": .string("邻里"), "complexity": .string("complex")]),
                              outcome: .unresolved, staff: [lawyer.id])
        try open(input, store: store)
        #expect(try store.openCases().map(\.id) == [input.caseID], "waiting for the 5-day timer")
        _ = try RoundsRunner(set: Self.set, store: store).advance(through: Self.d("2026-10-20"))
        let story = try events(store, case: input.caseID)
        let escalated = try #require(story.first { $0.kind == .escalated }, "\(story)")
        #expect(escalated.date == Self.d("2026-09-14"))
        #expect(escalated.message.code == EngineMessage.escalated.rawValue && escalated.message.text("escalation") == "tiaowei")
        #expect(escalated.message.text("due") == "2026-09-29")
        let committeeCase = input.caseID + ">tiaowei"
        let session = try events(store, case: committeeCase)
        let scheduled = try #require(session.first { $0.kind == .sessionScheduled }).message
        #expect(scheduled.code == EngineMessage.panelScheduled.rawValue && scheduled.text("day") == "2026-09-15", "\(session)")
        guard case .list(let people)? = scheduled["people"], case .text(let name)? = people.first, people.count == 1 else {
            Issue.record("one mediator: \(scheduled)")
            return
        }
        let mediator = try #require(Self.set.people.first { $0.name == name })
        let street = try #require(Self.set.district.communities.first { $0.id == sitting.siteID }?.streetID)
        #expect(mediator.holds("mediator") && mediator.street?.id == street, "a mediator of the case's own street")
        #expect(mediator.organisation?.hasSuffix("人民调解委员会") == true && mediator.organisation?.contains("纠纷") == false, "of its 调委会")
        #expect(session.contains { $0.kind == .deadlineMet && $0.date == Self.d("2026-09-15") })
        let record = try #require(try records(store).first { $0.id == committeeCase + ":mediate" })
        #expect(record.type == "人民调解" && record.subsidyYuan == 80 && record.staff == [mediator.id], "a people's mediation, paid to the mediator")
        let words = MessageRenderer(book: MessageBook([EngineMessage.self]))
        #expect(words.render(escalated.message)
                == "escalation tiaowei (case.kind == \"dispute\" && !case.resolved && case.category in [\"邻里\", \"其他\"]) → 调委会调解 case \(committeeCase), due by 2026-09-29",
                "a golden text")
        #expect(try store.openCases().isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func aMajorDisputeMeetsItsPanelDeadlineAcrossNationalDay(kind: StoreKind) throws {
        let store = try store(kind)
        // 4WE of September 2026 is 09-23; 5 workdays from it skip 中秋节 (09-25…27) and 国庆节
        // (10-01…07): 09-24, 09-28, 09-29, 09-30, 10-08.
        let sitting = try sitting(on: "2026-09-23", store: store)
        let input = CaseInput(occurrenceID: sitting.id, workflowID: "jiezhen", siteID: sitting.siteID, date: Self.d("2026-09-23"), ordinal: 1,
                              fields: fields(["kind": .string("dispute"), "category": .string("合同"), "major": .bool(true)]),
                              outcome: .resolved, staff: [])
        try open(input, store: store)
        _ = try RoundsRunner(set: Self.set, store: store).advance(through: Self.d("2026-10-20"))
        let escalated = try #require(try events(store, case: input.caseID).first { $0.kind == .escalated })
        #expect(escalated.message.text("escalation") == "major" && escalated.message.text("due") == "2026-10-08")
        #expect(try records(store).contains { $0.id == input.caseID + ">major:opinion" && $0.type == "会诊意见" && $0.date <= Self.d("2026-10-08") })
    }

    @Test(arguments: StoreKind.allCases)
    func aHouseboundNeedFoundOnARoundGetsAHomeVisitWithinThreeWorkdays(kind: StoreKind) throws {
        let store = try store(kind)
        _ = try RoundsRunner(set: Self.set, store: store).advance(through: Self.d("2026-12-31"))
        let round = try #require(try store.occurrences(on: Self.d("2026-12-01")).first { $0.workflowID == "xunzhen" && $0.siteID == "haitangxi-yanyu" })
        let need = CaseInput(occurrenceID: round.id, workflowID: "xunzhen", siteID: round.siteID, date: Self.d("2026-12-01"), ordinal: 1,
                             fields: fields(["kind": .string("need"), "resident": .object(ObjectValue(type: residentType(), values: ["housebound": .bool(true)]))]),
                             outcome: .unresolved, staff: [])
        try open(need, store: store)
        let story = try events(store, case: need.caseID)
        let scheduled = try #require(story.first { $0.kind == .sessionScheduled }, "\(story)").message
        #expect(scheduled.code == EngineMessage.visitScheduled.rawValue && scheduled.text("step") == "home_visit", "\(scheduled)")
        #expect(scheduled.text("day") == "2026-12-02")
        // The days were processed before the need was recorded: the visit is held on the next
        // rounds, which are already past; process again from a new store state.
        #expect(try store.pendingTimers().contains { $0.caseID == need.caseID && $0.kind == .session })
    }

    func residentType() -> ObjectType {
        guard case .object(let caseType)? = Self.set.caseSchema?.ruleType,
              case .object(let resident)? = caseType.fields.first(where: { $0.name == "resident" })?.type else { fatalError("schema") }
        return resident
    }

    /// Two simulated months with the real planner, demand and absences: no person holding a
    /// session (a panel, a home visit) sits anywhere that day, whether the session was booked
    /// before the month was planned (the planner keeps the day free) or after (the engine
    /// chooses among those not sitting).
    @Test(arguments: [("2026-04-01", "2026-05-31"), ("2026-09-01", "2026-10-31")])
    func nobodySitsOnTheDayOfTheirSession(first: String, last: String) throws {
        let store = InMemoryStore()
        let scenario = try #require(Self.set.scenarios.first)
        let demand = DemandModel(set: Self.set, scenario: scenario, seed: 11)
        let absences = AbsenceModel(set: Self.set, scenario: scenario, seed: 11)
        let runner = RoundsRunner(set: Self.set, store: store, planMonth: Planner(set: Self.set).monthPlanner)
        for through in [YearMonth(of: Self.d(first)).lastDay, Self.d(last)] {
            _ = try runner.advance(through: through, opening: { demand.cases(for: $0) },
                                   absences: { absences.reassignments(on: $0, occurrences: $1, assignments: $2, used: $3, calendar: $4) })
        }
        let sessions = try store.sessions(from: Self.d(first), through: Self.d(last))
        #expect(sessions.count > 20, "enough panels and visits to mean something: \(sessions.count)")
        var sitting: [CivilDate: Set<String>] = [:]
        var month = try #require(YearMonth(iso: String(first.prefix(7))))
        while month <= YearMonth(of: Self.d(last)) {
            let dates = Dictionary(try store.occurrences(in: month).map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
            for row in try store.assignmentRows(in: month) { if let date = dates[row.occurrenceID] { sitting[date, default: []].insert(row.personID) } }
            month = month.next
        }
        for session in sessions {
            let clash = Set(session.timer.people).intersection(sitting[session.timer.due] ?? [])
            #expect(clash.isEmpty, "\(session.timer.caseID) on \(session.timer.due): \(clash.sorted()) also sit that day")
        }
    }

    @Test func roundsAreIdempotentAndKeepEveryDayInItsOwnTransaction() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-engine-\(UInt32.random(in: 0...UInt32.max)).db").path
        defer { SQLiteStore.removeFiles(at: path) }
        let store = try SQLiteStore(path: path, access: .writing(.real))
        let runner = RoundsRunner(set: Self.set, store: store)
        let first = try runner.advance(through: Self.d("2026-12-10"))
        #expect(first.daysProcessed.count == 10)
        let again = try runner.advance(through: Self.d("2026-12-10"))
        #expect(again.daysProcessed.isEmpty)
        #expect(try store.lastProcessedDay() == Self.d("2026-12-10"))
        let held = try store.occurrences(in: YearMonth(iso: "2026-12")!).filter { $0.isHeld && $0.date <= Self.d("2026-12-10") }
        #expect(held.count == 138 + 31 + 31, "巡诊 on 12-01, 助诊 on 12-04, 接诊 on 12-09")
        #expect(try store.integrityCheck() == "ok")
        let mode = try store.read { db in try String.fetchAll(db, sql: "PRAGMA journal_mode") }
        #expect(mode == ["wal"])
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600, "readable by its owner only")
    }
}
