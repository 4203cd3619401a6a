import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenEngine
import SizhenLoader
import SizhenModel
import SizhenRecords
import SizhenRules
import SizhenStore
import Testing

/// What every store must do, run against each of them: the in-memory store, SQLite in memory
/// and SQLite in a file. A store for another database adds itself to `StoreKind` and passes
/// the same suite.
@Suite struct StoreContractTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let set: WorkflowSet = WorkflowSetLoader().load(folder: repository.appendingPathComponent("Workflows").path).set!
    static let december = YearMonth(iso: "2026-12")!

    static func d(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    /// The shipped district's December, planned.
    static let monthPlan: MonthPlan = {
        let schedule = try! OccurrenceExpander(set: set).expand(month: december)
        let plan = Planner(set: set).plan(schedule)
        var positions: [String: Int] = [:]
        let assignments = plan.assignments.map { a -> MonthPlan.Assignment in
            let key = a.occurrence + "/" + a.slot
            defer { positions[key, default: 0] += 1 }
            return MonthPlan.Assignment(occurrenceID: a.occurrence, slot: a.slot, position: positions[key, default: 0], personID: a.person,
                                        reason: a.reason)
        }
        let unfilled = [MonthPlan.Unfilled(occurrenceID: schedule.occurrences[0].id, slot: "extra", position: 0,
                                           reason: PlanMessage.nobodyHoldsRole(["role": "x"]))]
        return MonthPlan(month: december, occurrences: schedule.occurrences, assignments: assignments, unfilled: unfilled,
                         skipped: [SkippedOccurrence(workflowID: "jiezhen", siteID: "haitangxi-yanyu", date: d("2026-12-30"),
                                                     reason: PlanMessage.occurrenceGone())],
                         plan: plan)
    }()

    func engineCase(_ id: String, opened: String = "2026-12-09", status: CaseStatus = .open, fields: [String: RuleValue]? = nil) -> EngineCase {
        EngineCase(id: id, workflowID: "jiezhen", occurrenceID: "jiezhen/haitangxi-yanyu/2026-12-09/1", siteID: "haitangxi-yanyu",
                   openedOn: Self.d(opened), source: .visitor,
                   fields: fields ?? ["kind": .string("dispute"), "parties": .int(3), "major": .bool(false)], status: status, staff: ["L001"])
    }

    func record(_ id: String, date: String, type: String = "法律咨询", site: String = "haitangxi-yanyu") -> ServiceRecord {
        ServiceRecord(id: id, type: type, workflowID: "jiezhen", occurrenceID: nil, siteID: site, streetID: "haitangxi", date: Self.d(date),
                      staff: ["L001", "LW01"], caseID: id, outcome: "resolved", subsidyYuan: type == "人民调解" ? 50 : nil,
                      subsidyTier: type == "人民调解" ? "一般" : nil)
    }

    // MARK: An empty store

    @Test(arguments: StoreKind.allCases)
    func aNewStoreHoldsNothing(kind: StoreKind) throws {
        let store = try kind.make()
        #expect(try store.purpose() == .real, "a store has the purpose it was made with")
        #expect(try store.holdsNothing())
        #expect(try store.lastProcessedDay() == nil)
        #expect(try store.openCases().isEmpty && store.pendingTimers().isEmpty)
        #expect(try store.openCounts() == (0, 0))
        #expect(try store.isMonthStored(Self.december) == false)
        #expect(try store.storedPlan(Self.december) == nil)
        #expect(try store.records(RecordFilter()).isEmpty)
        #expect(try store.story(of: "nobody").isEmpty)
    }

    // MARK: Purpose

    @Test(arguments: StoreKind.allCases)
    func startingASimulationEmptiesASimulationsStoreAndNoOther(kind: StoreKind) throws {
        var changes = ChangeSet()
        changes.save(engineCase("c#1"))
        changes.records = [record("c#1:consult", date: "2026-12-09")]
        changes.log(EngineEvent(date: Self.d("2026-12-09"), kind: .caseOpened, caseID: "c#1", message: .legacy("opened")))
        changes.imported = ("digest-1", "sheet.csv", 1)
        changes.personal = [("c#1", PersonalData(name: "王五", phone: nil, idNumber: nil), nil)]
        changes.processedDay = Self.d("2026-12-09")

        let simulation = try kind.make(purpose: .simulation)
        #expect(try simulation.purpose() == .simulation)
        try simulation.storeMonth(Self.monthPlan)
        try simulation.commit(changes)
        try simulation.startSimulation()
        #expect(try simulation.purpose() == .simulation)
        #expect(try simulation.holdsNothing())
        #expect(try simulation.records(RecordFilter()).isEmpty && simulation.story(of: "c#1").isEmpty)
        #expect(try simulation.occurrences(in: Self.december).isEmpty && simulation.assignmentRows(in: Self.december).isEmpty)
        #expect(try simulation.personalData().isEmpty && !simulation.wasImported(digest: "digest-1"))
        // The new run writes as into a new store.
        try simulation.storeMonth(Self.monthPlan)
        #expect(try simulation.commit(changes))
        #expect(try simulation.records(RecordFilter()).map(\.id) == ["c#1:consult"])

        let real = try kind.make(purpose: .real)
        try real.storeMonth(Self.monthPlan)
        try real.commit(changes)
        let refusal = #expect(throws: StoreError.self) { try real.startSimulation() }
        #expect(refusal?.message.code == StoreMessage.holdsRealRecords.rawValue)
        #expect(try real.purpose() == .real)
        #expect(try real.records(RecordFilter()).map(\.id) == ["c#1:consult"], "a real store keeps everything")
        #expect(try real.isMonthStored(Self.december) && real.wasImported(digest: "digest-1"))
    }

    // MARK: Months

    @Test(arguments: StoreKind.allCases)
    func aStoredMonthReadsBackInItsOrders(kind: StoreKind) throws {
        let store = try kind.make()
        let plan = Self.monthPlan
        try store.storeMonth(plan)
        #expect(try store.isMonthStored(Self.december))
        #expect(try !store.holdsNothing())
        #expect(try store.storedPlan(Self.december) == plan.plan)
        let all = try store.occurrences(in: Self.december)
        #expect(all.count == plan.occurrences.count)
        #expect(all.map(\.id) == plan.occurrences.map(OccurrenceRef.init).sorted {
            ($0.date, $0.workflowID, $0.siteID, $0.id) < ($1.date, $1.workflowID, $1.siteID, $1.id)
        }.map(\.id))
        #expect(all.allSatisfy { !$0.isHeld })
        let day = try store.occurrences(on: Self.d("2026-12-09"))
        #expect(day.map(\.id) == day.sorted { ($0.start, $0.workflowID, $0.siteID, $0.id) < ($1.start, $1.workflowID, $1.siteID, $1.id) }.map(\.id))
        #expect(day.count == 31)
        let rows = try store.assignmentRows(in: Self.december)
        #expect(rows.count == plan.assignments.count)
        #expect(rows == rows.sorted { ($0.occurrenceID, $0.slot, $0.position) < ($1.occurrenceID, $1.slot, $1.position) })
        #expect(Set(rows.map(\.reason)) == Set(plan.assignments.map(\.reason)), "reasons read back as the messages they were")
        let byOccurrence = try store.assignments(from: Self.d("2026-12-09"), through: Self.d("2026-12-09"))
        #expect(byOccurrence.count == 31 && byOccurrence.values.allSatisfy { $0.count == 1 })
        #expect(try store.assignmentRows(on: Self.d("2026-12-09")).count == 31)
        #expect(try store.unfilled(in: Self.december) == [UnfilledRow(occurrenceID: plan.unfilled[0].occurrenceID, slot: "extra", position: 0,
                                                                        reason: PlanMessage.nobodyHoldsRole(["role": "x"]))])
        #expect(try store.skipped(in: Self.december) == plan.skipped)
        let planned = try store.events(from: Self.december.firstDay, through: Self.december.lastDay, kinds: [.monthPlanned])
        #expect(planned.map(\.event.message.code) == [StoreMessage.monthPlanned.rawValue])
        #expect(planned.first?.event.message.int("occurrences") == plan.occurrences.count)
        // Storing the month again changes nothing.
        try store.storeMonth(plan)
        #expect(try store.events(from: Self.december.firstDay, through: Self.december.lastDay, kinds: nil).count == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func replanningKeepsTheDaysBeforeItsFirstDay(kind: StoreKind) throws {
        let store = try kind.make()
        try store.storeMonth(Self.monthPlan)
        var replanned = Self.monthPlan
        replanned.assignments = replanned.assignments.map { assignment in
            var changed = assignment
            changed.personID = "L050"
            changed.reason = PlanMessage.replanned()
            return changed
        }
        replanned.unfilled = []
        try store.replaceAssignments(replanned, from: Self.d("2026-12-10"))
        let before = try store.assignmentRows(on: Self.d("2026-12-09"))
        let after = try store.assignmentRows(on: Self.d("2026-12-23"))
        #expect(before.allSatisfy { $0.personID != "L050" })
        #expect(!after.isEmpty && after.allSatisfy { $0.personID == "L050" && $0.reason == PlanMessage.replanned() })
        #expect(try store.unfilled(in: Self.december).count == 1, "the unfilled slot is on a day before the first day replanned")
        let events = try store.events(from: Self.december.firstDay, through: Self.december.lastDay, kinds: [.monthReplanned])
        #expect(events.map(\.event.date) == [Self.d("2026-12-10")])
        #expect(events.first?.event.message.text("from") == "2026-12-10")
    }

    /// A re-publication after the calendar or the files changed: from its first day on, the
    /// occurrences are the new plan's (a day become a holiday loses its sittings, a sitting moved
    /// is on its new day, the skipped dates are the new ones); days before keep theirs.
    @Test(arguments: StoreKind.allCases)
    func replanningReplacesTheOccurrencesFromItsFirstDay(kind: StoreKind) throws {
        let store = try kind.make()
        try store.storeMonth(Self.monthPlan)
        var replanned = Self.monthPlan
        let gone = Set(replanned.occurrences.filter { $0.date == Self.d("2026-12-23") }.map(\.id))
        let early = try #require(replanned.occurrences.first { $0.date == Self.d("2026-12-09") })
        var moved = try #require(replanned.occurrences.first { gone.contains($0.id) })
        replanned.occurrences = replanned.occurrences.filter { !gone.contains($0.id) && $0.id != early.id }
        moved.date = Self.d("2026-12-28")
        replanned.occurrences.append(moved)
        replanned.assignments = replanned.assignments.filter { !gone.contains($0.occurrenceID) || $0.occurrenceID == moved.id }
        replanned.skipped = gone.subtracting([moved.id]).sorted().map { id in
            let occurrence = Self.monthPlan.occurrences.first { $0.id == id }!
            return SkippedOccurrence(workflowID: occurrence.workflowID, siteID: occurrence.siteID, date: occurrence.date, reason: PlanMessage.occurrenceGone())
        }
        try store.replaceAssignments(replanned, from: Self.d("2026-12-10"))

        #expect(try store.occurrences(on: Self.d("2026-12-23")).isEmpty)
        #expect(try store.occurrences(on: Self.d("2026-12-28")).map(\.id) == [moved.id])
        #expect(try store.assignmentRows(on: Self.d("2026-12-28")).map(\.occurrenceID) == [moved.id])
        #expect(try store.assignmentRows(on: Self.d("2026-12-23")).isEmpty)
        #expect(try store.occurrences(on: Self.d("2026-12-09")).contains { $0.id == early.id }, "a day before the first day keeps what was published")
        let skipped = try store.skipped(in: Self.december)
        #expect(skipped.count == gone.count - 1 && skipped.allSatisfy { $0.date == Self.d("2026-12-23") }, "the 30th's skip is replaced too")
        let all = try store.occurrences(in: Self.december)
        #expect(all.count == Self.monthPlan.occurrences.count - gone.count + 1)
    }

    // MARK: Commits

    @Test(arguments: StoreKind.allCases)
    func aCommitIsWrittenWholeAndADayOnlyOnce(kind: StoreKind) throws {
        let store = try kind.make()
        try store.storeMonth(Self.monthPlan)
        let occurrence = try #require(try store.occurrences(on: Self.d("2026-12-09")).first)
        var changes = ChangeSet()
        changes.save(engineCase("c#1"))
        changes.save(engineCase("c#2", status: .resolved))
        changes.records = [record("c#1:consult", date: "2026-12-09"), record("c#2:mediate", date: "2026-12-09", type: "人民调解")]
        let timer = EngineTimer(caseID: "c#1", kind: .escalation, name: "stuck", due: Self.d("2026-12-24"))
        let session = EngineTimer(caseID: "c#1", kind: .session, name: "home_visit", due: Self.d("2026-12-10"), people: ["L001", "CW01"])
        changes.timersAdded = [timer, session]
        changes.occurrencesHeld = [occurrence.id]
        changes.log(EngineEvent(date: Self.d("2026-12-09"), kind: .caseOpened, caseID: "c#1", message: EngineMessage.caseOpened(["workflow": "接诊", "site": "烟雨社区", "fields": "kind=\"dispute\""])))
        changes.log(EngineEvent(date: Self.d("2026-12-09"), kind: .stepRun, caseID: "c#1",
                                message: EngineMessage.occurrenceHeld(["workflow": "接诊", "site": "烟雨社区", "people": .texts(["张明", "刘洋"])])))
        changes.processedDay = Self.d("2026-12-09")
        #expect(try store.commit(changes))
        #expect(try store.lastProcessedDay() == Self.d("2026-12-09"))
        #expect(try store.openCases().map(\.id) == ["c#1"])
        #expect(try store.openCounts() == (1, 2))
        #expect(try store.pendingTimers() == [session, timer], "by due day, then id")
        #expect(try store.occurrences(on: Self.d("2026-12-09")).first { $0.id == occurrence.id }?.isHeld == true)
        #expect(try store.records(RecordFilter()).map(\.id) == ["c#1:consult", "c#2:mediate"])
        let story = try store.story(of: "c#1")
        #expect(story.map(\.event.kind) == [.caseOpened, .stepRun])
        #expect(story.map(\.event.message) == changes.events.map(\.message), "messages, nested lists included, read back as written")
        #expect(story.map(\.sequence) == story.map(\.sequence).sorted())
        // The same day again: nothing is written.
        var again = ChangeSet()
        again.save(engineCase("c#3"))
        again.processedDay = Self.d("2026-12-09")
        #expect(try store.commit(again) == false)
        #expect(try store.caseExists("c#3") == false)
    }

    @Test(arguments: StoreKind.allCases)
    func aCaseKeepsWhatItIsAndChangesWhereItStands(kind: StoreKind) throws {
        let store = try kind.make()
        var first = ChangeSet()
        first.save(engineCase("c#1"))
        try store.commit(first)
        var later = ChangeSet()
        var changed = engineCase("c#1", opened: "2026-12-20", status: .referred, fields: ["kind": .string("dispute"), "parties": .int(5)])
        changed.workflowID = "huizhen"
        changed.closedOn = Self.d("2026-12-21")
        changed.deadline = Self.d("2026-12-28")
        later.save(changed)
        try store.commit(later)
        let stored = try #require(try store.engineCase("c#1"))
        #expect(stored.workflowID == "jiezhen" && stored.openedOn == Self.d("2026-12-09"), "what a case is stays")
        #expect(stored.status == .referred && stored.closedOn == Self.d("2026-12-21") && stored.deadline == Self.d("2026-12-28"))
        #expect(stored.fields["parties"] == .int(5), "an int stays an int")
        #expect(try store.openCases().isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func anImportIsRecordedOnceAndPersonalDataOnlyWhenGiven(kind: StoreKind) throws {
        let store = try kind.make()
        var changes = ChangeSet()
        changes.save(engineCase("c#1"))
        changes.imported = ("digest-1", "sheet.csv", 2)
        changes.personal = [("c#1", PersonalData(name: "王五", phone: "13800000000", idNumber: nil), nil), ("c#2", nil, nil),
                            ("c#3", nil, "备注")]
        #expect(try store.commit(changes))
        #expect(try store.wasImported(digest: "digest-1"))
        #expect(try store.commit(changes) == false, "the same file again writes nothing")
        let personal = try store.personalData()
        #expect(personal["c#1"] == PersonalData(name: "王五", phone: "13800000000", idNumber: nil))
        #expect(personal["c#2"] == nil)
        #expect(personal["c#3"] == PersonalData())
    }

    @Test(arguments: StoreKind.allCases)
    func anAbsenceReplacesThePersonOrLeavesTheSlotUnfilled(kind: StoreKind) throws {
        let store = try kind.make()
        try store.storeMonth(Self.monthPlan)
        let rows = try store.assignmentRows(on: Self.d("2026-12-09"))
        let (a, b) = (rows[0], rows[1])
        var changes = ChangeSet()
        let why = EngineMessage.absentReplaced(["absent": "张明", "day": "2026-12-09", "replacement": "刘洋", "why": .message(EngineMessage.replacementSameStreet())])
        changes.reassigned = [Reassignment(occurrenceID: a.occurrenceID, absent: a.personID, replacement: "LW99", reason: why),
                              Reassignment(occurrenceID: b.occurrenceID, absent: b.personID, replacement: nil,
                                           reason: EngineMessage.absentNobodyFree(["absent": "x", "day": "2026-12-09"]))]
        try store.commit(changes)
        let after = try store.assignmentRows(on: Self.d("2026-12-09"))
        #expect(after.first { $0.occurrenceID == a.occurrenceID } == AssignmentRow(occurrenceID: a.occurrenceID, slot: a.slot, position: a.position,
                                                                                  personID: "LW99", reason: why))
        #expect(!after.contains { $0.occurrenceID == b.occurrenceID })
        #expect(try store.unfilled(in: Self.december).contains { $0.occurrenceID == b.occurrenceID && $0.slot == b.slot && $0.position == b.position })
    }

    @Test(arguments: StoreKind.allCases)
    func aDayDerivedAgainPutsTheSeatsItsSubstitutesTookBack(kind: StoreKind) throws {
        let store = try kind.make()
        try store.storeMonth(Self.monthPlan)
        let before = try store.assignmentRows(on: Self.d("2026-12-09"))
        let unfilledBefore = try store.unfilled(in: Self.december)
        let (a, b) = (before[0], before[1])
        var changes = ChangeSet()
        changes.processedDay = Self.d("2026-12-09")
        changes.reassigned = [Reassignment(occurrenceID: a.occurrenceID, absent: a.personID, replacement: "LW99", reason: .legacy("替班")),
                              Reassignment(occurrenceID: b.occurrenceID, absent: b.personID, replacement: nil, reason: .legacy("无人"))]
        try #require(try store.writeDerived(DerivedDays(from: Self.d("2026-12-09"), through: Self.d("2026-12-09"), basedOn: 0, reverted: [],
                                                        days: [changes], checkpoints: [])))
        #expect(try store.assignmentRows(on: Self.d("2026-12-09")) != before, "the seats say who sat")
        var again = ChangeSet()
        again.processedDay = Self.d("2026-12-09")
        try #require(try store.writeDerived(DerivedDays(from: Self.d("2026-12-09"), through: Self.d("2026-12-09"), basedOn: 0, reverted: [],
                                                        days: [again], checkpoints: [])))
        #expect(try store.assignmentRows(on: Self.d("2026-12-09")) == before, "derived again without the substitutes: the plan as published")
        #expect(try store.unfilled(in: Self.december) == unfilledBefore)
    }

    // MARK: Reads

    @Test(arguments: StoreKind.allCases)
    func readsFilterAndOrderAsDocumented(kind: StoreKind) throws {
        let store = try kind.make()
        var changes = ChangeSet()
        for id in ["j/a#1", "j/a#10", "j/a#1>major", "j/a#2", "j/b#1"] { changes.save(engineCase(id, opened: id == "j/b#1" ? "2026-11-30" : "2026-12-09")) }
        changes.records = [record("r3", date: "2026-12-10"), record("r1", date: "2026-12-09", type: "人民调解"), record("r2", date: "2026-12-09"),
                           record("r0", date: "2026-11-30", site: "tianwen-tianwen")]
        changes.log(EngineEvent(date: Self.d("2026-12-09"), kind: .caseOpened, caseID: "j/a#1", message: .legacy("opened")))
        changes.log(EngineEvent(date: Self.d("2026-12-09"), kind: .caseOpened, caseID: "j/a#10", message: .legacy("another case")))
        changes.log(EngineEvent(date: Self.d("2026-12-10"), kind: .escalated, caseID: "j/a#1", message: .legacy("escalated")))
        changes.log(EngineEvent(date: Self.d("2026-12-10"), kind: .caseOpened, caseID: "j/a#1>major", message: .legacy("panel case")))
        changes.log(EngineEvent(date: Self.d("2026-12-11"), kind: .overdue, caseID: "j/a#1>major", message: .legacy("late")))
        changes.timersAdded = [EngineTimer(caseID: "j/a#1>major", kind: .session, name: "panel", due: Self.d("2026-12-11"), people: ["P1", "L2"])]
        try store.commit(changes)
        #expect(try store.records(RecordFilter()).map(\.id) == ["r0", "r1", "r2", "r3"])
        #expect(try store.records(RecordFilter(month: Self.december)).map(\.id) == ["r1", "r2", "r3"])
        #expect(try store.records(RecordFilter(site: "tianwen-tianwen")).map(\.id) == ["r0"])
        #expect(try store.records(RecordFilter(month: Self.december, type: "人民调解")).map(\.subsidyYuan) == [50])
        #expect(try store.cases(openedFrom: Self.d("2026-12-01"), through: Self.d("2026-12-31")).map(\.id) == ["j/a#1", "j/a#10", "j/a#1>major", "j/a#2"],
                "by opening day, then id in code-point order")
        #expect(try store.caseIDs(withPrefix: "j/a#1", limit: 2) == ["j/a#1", "j/a#10"])
        #expect(try store.caseIDs(withPrefix: "j/a#1", limit: 10) == ["j/a#1", "j/a#10", "j/a#1>major"])
        #expect(try store.caseIDs(withPrefix: "J/A", limit: 10).isEmpty, "a prefix is exact")
        #expect(try store.caseIDs(withPrefix: "j/a#%", limit: 10).isEmpty, "no wildcards")
        #expect(try store.story(of: "j/a#1").map(\.event.message) == ["opened", "escalated", "panel case", "late"].map(Message.legacy),
                "the case and those escalated from it, not j/a#10")
        #expect(try store.events(from: Self.d("2026-12-10"), through: Self.d("2026-12-31"), kinds: [.overdue, .escalated]).map(\.event.kind)
                == [.escalated, .overdue])
        #expect(try store.eventCounts(from: Self.d("2026-12-01"), through: Self.d("2026-12-31")) == [.caseOpened: 3, .escalated: 1, .overdue: 1])
        let sessions = try store.sessions(from: Self.d("2026-12-11"), through: Self.d("2026-12-11"))
        #expect(sessions.map(\.workflowID) == ["jiezhen"] && sessions.map(\.isDone) == [false])
        #expect(sessions.first?.timer.people == ["P1", "L2"])
    }

    /// The database stores keep the events one case has on one day in one row (`EventPack`);
    /// every read gives them back one by one, numbered as written, counted and filtered by kind
    /// whether first in their row or not.
    @Test(arguments: StoreKind.allCases)
    func aCasesEventsOfADayReadBackOneByOne(kind: StoreKind) throws {
        let store = try kind.make()
        let day = Self.d("2026-12-09")
        func event(_ kind: EngineEvent.Kind, _ caseID: String?, _ text: String, occurrence: String? = nil, on date: CivilDate = day) -> EngineEvent {
            EngineEvent(date: date, kind: kind, caseID: caseID, occurrenceID: occurrence, message: .legacy(text))
        }
        let written = [
            event(.caseOpened, "j/a#1", "opened", occurrence: "jiezhen/haitangxi-yanyu/2026-12-09/1"),
            event(.stepRun, "j/a#1", "step", occurrence: "jiezhen/haitangxi-yanyu/2026-12-09/1"),
            event(.stepSkipped, "j/a#1", "skipped"),
            event(.escalated, "j/a#1", "escalated"),
            event(.caseOpened, "j/a#1>major", "panel case"),
            event(.timerSet, "j/a#1>major", "timer"),
            event(.unfilled, nil, "a seat nobody fills"),
            event(.absence, nil, "away"),
            event(.caseClosed, "j/a#1", "closed"),
            event(.overdue, "j/a#1", "next day", on: Self.d("2026-12-10")),
        ]
        var changes = ChangeSet()
        changes.save(engineCase("j/a#1"))
        for e in written { changes.log(e) }
        try store.commit(changes)
        // More events of one case on one day than a row holds.
        let many = (1...(EventPack.capacity + 6)).map { event(.tableMatched, "j/a#2", "match \($0)", on: Self.d("2026-12-11")) }
        var more = ChangeSet()
        more.save(engineCase("j/a#2", opened: "2026-12-11"))
        for e in many { more.log(e) }
        try store.commit(more)

        let all = try store.events(from: Self.december.firstDay, through: Self.december.lastDay, kinds: nil)
        #expect(all.map(\.event) == written + many)
        #expect(all.map(\.sequence) == Array(1...(written.count + many.count)), "numbered in the order written, without gaps")
        #expect(try store.events(from: day, through: day, kinds: [.escalated, .timerSet, .absence]).map(\.event.message)
                == ["escalated", "timer", "away"].map(Message.legacy))
        #expect(try store.events(from: day, through: Self.d("2026-12-10"), kinds: [.overdue, .caseClosed]).map(\.sequence) == [9, 10])
        #expect(try store.eventCounts(from: day, through: Self.d("2026-12-11")) == [
            .caseOpened: 2, .stepRun: 1, .stepSkipped: 1, .escalated: 1, .timerSet: 1, .unfilled: 1, .absence: 1, .caseClosed: 1, .overdue: 1,
            .tableMatched: many.count,
        ])
        #expect(try store.story(of: "j/a#1").map(\.event.message)
                == ["opened", "step", "skipped", "escalated", "panel case", "timer", "closed", "next day"].map(Message.legacy))
        #expect(try store.story(of: "j/a#1").map(\.event.occurrenceID).prefix(3) == ["jiezhen/haitangxi-yanyu/2026-12-09/1", "jiezhen/haitangxi-yanyu/2026-12-09/1", nil])
        #expect(try store.story(of: "j/a#2").map(\.sequence) == Array((written.count + 1)...(written.count + many.count)))
        // A month planned afterwards logs its event after all of them.
        try store.storeMonth(Self.monthPlan)
        #expect(try store.events(from: Self.december.firstDay, through: Self.december.lastDay, kinds: [.monthPlanned]).map(\.sequence)
                == [written.count + many.count + 1])
    }

    /// Who sits on which day: the same pairs as the month's assignments joined to its occurrences.
    @Test(arguments: StoreKind.allCases)
    func theSittingsOfAMonthAreItsAssignmentsOnTheirDays(kind: StoreKind) throws {
        let store = try kind.make()
        try store.storeMonth(Self.monthPlan)
        let dates = Dictionary(Self.monthPlan.occurrences.map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
        let expected = Self.monthPlan.assignments.map { "\($0.personID) \(dates[$0.occurrenceID]!)" }.sorted()
        #expect(!expected.isEmpty)
        #expect(try store.sittings(in: Self.december).map { "\($0.personID) \($0.date)" }.sorted() == expected)
        #expect(try store.sittings(in: YearMonth(iso: "2027-01")!).isEmpty)
    }

    /// A whole simulated month into each store: every read the reports make agrees.
    @Test func aSimulatedMonthReadsTheSameFromEveryStore() throws {
        var facts: [StoreKind: (MonthFacts, ReportFacts, [StoredEvent])] = [:]
        let scenario = try #require(Self.set.scenarios.first)
        for kind in StoreKind.allCases {
            let store = try kind.make()
            let demand = DemandModel(set: Self.set, scenario: scenario, seed: 7)
            let absences = AbsenceModel(set: Self.set, scenario: scenario, seed: 7)
            let runner = RoundsRunner(set: Self.set, store: store, planMonth: { schedule, _ in
                var plan = Self.monthPlan
                plan.occurrences = schedule.occurrences
                return plan
            })
            _ = try runner.advance(through: Self.december.lastDay, opening: { demand.cases(for: $0) },
                                   absences: { absences.reassignments(on: $0, occurrences: $1, assignments: $2, used: $3, calendar: $4) })
            facts[kind] = (try MonthFacts(month: Self.december, reading: store), try ReportFacts(month: Self.december, reading: store),
                           try store.events(from: Self.december.firstDay, through: Self.december.lastDay, kinds: nil))
        }
        let reference = try #require(facts[.memory])
        #expect(reference.0.records.count > 500)
        for kind in StoreKind.allCases where kind != .memory {
            let other = try #require(facts[kind])
            #expect(other.0.records == reference.0.records, "\(kind)")
            #expect(other.0.events == reference.0.events && other.0.load == reference.0.load && other.0.escalations == reference.0.escalations)
            #expect(other.0.openCases == reference.0.openCases && other.0.pendingTimers == reference.0.pendingTimers)
            #expect(other.1.occurrences == reference.1.occurrences && other.1.assignments == reference.1.assignments)
            #expect(other.1.unfilled == reference.1.unfilled && other.1.sessions == reference.1.sessions)
            #expect(other.1.cases == reference.1.cases, "\(kind): case fields read back with their types")
            #expect(other.1.events == reference.1.events)
            #expect(other.2.map(\.event) == reference.2.map(\.event), "\(kind): the whole log, in order")
        }
    }
}
