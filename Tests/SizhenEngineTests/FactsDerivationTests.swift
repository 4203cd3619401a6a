import Foundation
import Testing
import SizhenCalendar
import SizhenDiagnostics
import SizhenEngine
import SizhenLoader
import SizhenModel
import SizhenRecords
import SizhenRules
@testable import SizhenStore

/// The real month is derived from the facts: in the order of the dates they state, whatever
/// the order they arrived in; a late sheet counts as if it came on time; a correction and a
/// void change what follows from the case; a month without sheets holds nothing.
@Suite struct FactsDerivationTests {
    static let set = EngineEndToEndTests.set
    static func d(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    /// The example sheet's rows (visitors of December 2026 at four clinics).
    static let example: [IntakeRow] = {
        let path = EngineEndToEndTests.repository.appendingPathComponent("docs/examples/intake-2026-12.csv").path
        return IntakeReader(set: set).read(path: path).rows
    }()

    /// A visitor row of the first 接诊 sitting of a site on a day.
    static func row(_ date: String, site: String = "haitangxi-yanyu", ordinal: Int = 1, kind: String = "dispute", resolved: Bool,
                    outcome: CaseOutcome? = nil, parties: Int = 2, line: Int = 2) throws -> IntakeRow {
        let occurrence = try #require(try OccurrenceExpander(set: set).expand(month: YearMonth(of: d(date))).occurrences
            .first { $0.workflowID == "jiezhen" && $0.siteID == site && $0.date == d(date) })
        let fields: [String: RuleValue] = ["kind": .string(kind), "category": .string("邻里"), "parties": .int(Int64(parties)), "major": .bool(false),
                                           "complexity": .string("simple"), "risk_criminal": .bool(false), "resolved": .bool(resolved)]
        return IntakeRow(occurrenceID: occurrence.id, workflowID: "jiezhen", siteID: site, date: d(date), ordinal: ordinal, fields: fields,
                         outcome: outcome ?? (resolved ? .resolved : .unresolved), staff: [], location: SizhenDiagnostics.SourceLocation(file: "t.csv", line: line, column: 1))
    }

    static func report(_ occurrence: Occurrence, _ status: SittingReport.Status, reason: String? = nil, staff: [String] = []) -> Fact {
        Fact.sitting(SittingReport(occurrenceID: occurrence.id, workflowID: occurrence.workflowID, siteID: occurrence.siteID, date: occurrence.date,
                                   status: status, reason: reason, staff: staff, location: SizhenDiagnostics.SourceLocation(file: "t.csv", line: 9, column: 1)),
                     source: "t.csv:9")
    }

    /// A report that a sitting planned on its day was held `days` later (改期), or one held on
    /// a day besides the plan (加开) by `staff`.
    static func moved(_ occurrence: Occurrence, by days: Int, reason: String? = nil) -> Fact {
        var report = SittingReport(occurrenceID: occurrence.id, workflowID: occurrence.workflowID, siteID: occurrence.siteID, date: occurrence.date,
                                   status: .moved, reason: reason, location: SizhenDiagnostics.SourceLocation(file: "t.csv", line: 10, column: 1))
        report.heldOn = occurrence.date.adding(days: days)
        return Fact.sitting(report, source: "t.csv:10")
    }

    static func extra(_ workflow: String, at site: String, on date: CivilDate, staff: [String]) -> Fact {
        Fact.sitting(SittingReport(occurrenceID: Occurrence.makeID(workflow: workflow, site: site, date: date, ordinal: 1), workflowID: workflow, siteID: site,
                                   date: date, status: .extra, staff: staff, location: SizhenDiagnostics.SourceLocation(file: "t.csv", line: 11, column: 1)),
                     source: "t.csv:11")
    }

    /// A visitor (a consultation) of the sitting `occurrenceID` on `date`.
    static func visitor(of occurrenceID: String, workflow: String = "jiezhen", site: String, on date: CivilDate) -> Fact {
        let fields: [String: RuleValue] = ["kind": .string("consultation"), "category": .string("邻里"), "parties": .int(1), "major": .bool(false),
                                           "complexity": .string("simple"), "risk_criminal": .bool(false), "resolved": .bool(true)]
        return Fact.visitor(IntakeRow(occurrenceID: occurrenceID, workflowID: workflow, siteID: site, date: date, ordinal: 1, fields: fields, outcome: .resolved,
                                      staff: [], location: SizhenDiagnostics.SourceLocation(file: "t.csv", line: 12, column: 1)),
                            caseType: set.caseType, source: "t.csv:12")
    }

    /// The facts of the property test: the example sheet, a dispute stuck for 15 days, and
    /// reports of sittings held, not held, held by a substitute, moved to another day (with a
    /// visitor there) and held besides the plan (with a visitor).
    static func facts() throws -> [Fact] {
        var facts = example.map { Fact.visitor($0, caseType: set.caseType, source: "example.csv:\($0.location.line)") }
        facts.append(Fact.visitor(try row("2026-12-09", site: "haitangxi-yanyu", ordinal: 3, resolved: false), caseType: set.caseType, source: "t.csv:2"))
        let december = try OccurrenceExpander(set: set).expand(month: YearMonth(year: 2026, month: 12)!).occurrences
        let sittings = december.filter { $0.workflowID == "jiezhen" }
        facts.append(report(sittings[0], .held))
        facts.append(report(sittings[1], .notHeld, reason: "暴雨停课"))
        facts.append(report(sittings[2], .substitute, reason: "律师出庭", staff: ["L001"]))
        if let event = december.first(where: { $0.workflowID == "zhuzhen" && $0.siteID != "haitangxi-yanyu" }) { facts.append(report(event, .held)) }
        facts.append(moved(sittings[3], by: 2, reason: "律师出庭"))
        facts.append(visitor(of: sittings[3].id, site: sittings[3].siteID, on: sittings[3].date.adding(days: 2)))
        let added = sittings[0].date.adding(days: 1)
        facts.append(extra("jiezhen", at: sittings[0].siteID, on: added, staff: ["L002"]))
        facts.append(visitor(of: Occurrence.makeID(workflow: "jiezhen", site: sittings[0].siteID, date: added, ordinal: 1), site: sittings[0].siteID, on: added))
        // The need's home visit and the major dispute's panel, reported as they took place.
        let need = try #require(example.first { $0.workflowID == "xunzhen" })
        facts.append(session("\(need.occurrenceID)#\(need.ordinal)", "home_visit", on: "2026-12-03"))
        let major = try #require(example.first { $0.siteID == "nanping-donglu" && $0.date == d("2026-12-23") })
        facts.append(session("\(major.occurrenceID)#\(major.ordinal)>major", "panel", on: "2026-12-28", opinion: "建议起诉"))
        return facts
    }

    /// A sheet's report that a case's visit or panel took place.
    static func session(_ caseID: String, _ step: String, on date: String, people: [String] = [], opinion: String? = nil) -> Fact {
        Fact.session(Fact.Session(caseID: caseID, step: step, people: people, opinion: opinion), on: d(date), source: "s.csv:2")
    }

    /// Everything derived, as comparable text: records, cases, timers, occurrences, events (in
    /// the order stored, without their sequence numbers).
    static func derived(_ store: any Store) throws -> [String] {
        var lines: [String] = []
        for record in try store.records(RecordFilter()) { lines.append("record \(record)") }
        for engineCase in try store.cases(openedFrom: d("2026-01-01"), through: d("2027-12-31")) {
            lines.append("case \(engineCase.id) \(engineCase.status) \(engineCase.staff) \(engineCase.deadline?.description ?? "-") \(engineCase.closedOn?.description ?? "-") \(CaseFieldsJSON.encode(engineCase.fields, as: set.caseType))")
        }
        for session in try store.sessions(from: d("2026-01-01"), through: d("2027-12-31")) { lines.append("session \(session.timer) \(session.isDone)") }
        for timer in try store.pendingTimers() { lines.append("pending \(timer)") }
        for occurrence in try store.occurrences(in: YearMonth(year: 2026, month: 12)!) where occurrence.status != .planned {
            lines.append("occurrence \(occurrence.id) \(occurrence.status) \(occurrence.heldOn?.description ?? "-") \(occurrence.isExtra)")
        }
        for stored in try store.events(from: d("2026-01-01"), through: d("2027-12-31"), kinds: nil) {
            let e = stored.event
            lines.append("event \(e.date) \(e.kind) \(e.caseID ?? "-") \(e.occurrenceID ?? "-") \(e.message.code) \(e.message.argumentsJSON)")
        }
        return lines
    }

    func derive(_ store: any Store) throws {
        _ = try Derivation(set: Self.set, store: store, planMonth: Planner(set: Self.set).monthPlanner).bringUpToDate()
    }

    /// All facts at once, then the month through its last day.
    func reference(_ kind: StoreKind) throws -> [String] {
        let store = try kind.make(caseType: Self.set.caseType)
        _ = try store.append(try Self.facts(), imported: nil, personal: [])
        try store.request(through: Self.d("2026-12-31"))
        try derive(store)
        return try Self.derived(store)
    }

    @Test(arguments: StoreKind.allCases)
    func anyInterleavingOfSheetsAndRoundsGivesTheSameMonth(kind: StoreKind) throws {
        let expected = try reference(kind)
        #expect(expected.count > 50)
        let facts = try Self.facts()
        for seed in 1...12 {
            var generator = SeededGenerator(seed: UInt64(seed))
            let store = try kind.make(caseType: Self.set.caseType)
            // Odd seeds derive with one derivation throughout (it goes on from where it left its
            // engine when it can), even seeds with a new one each time (from the checkpoints).
            let shared = Derivation(set: Self.set, store: store, planMonth: Planner(set: Self.set).monthPlanner)
            func derive(_ store: any Store) throws {
                if seed % 2 == 1 { _ = try shared.bringUpToDate() } else { try self.derive(store) }
            }
            var pending = facts.shuffled(using: &generator)
            var sent: [Fact] = []
            while !pending.isEmpty {
                let batch = Int.random(in: 1...3, using: &generator)
                _ = try store.append(Array(pending.prefix(batch)), imported: nil, personal: [])
                sent += pending.prefix(batch)
                pending.removeFirst(min(batch, pending.count))
                if Bool.random(using: &generator) { try store.request(through: Self.d("2026-12-01").adding(days: Int.random(in: 0...30, using: &generator))) }
                if Int.random(in: 0...3, using: &generator) > 0 { try derive(store) }
                // A sheet imported twice adds nothing.
                if Int.random(in: 0...5, using: &generator) == 0 {
                    let again = try store.append(Array(sent.prefix(2)), imported: nil, personal: [])
                    #expect(again?.added == 0 && again?.corrected == 0 && again?.unchanged == min(2, sent.count))
                }
            }
            try store.request(through: Self.d("2026-12-31"))
            try derive(store)
            let found = try Self.derived(store)
            #expect(found == expected, "seed \(seed): \(zip(found, expected).first { $0 != $1 }.map { "\($0.0)\n  vs \($0.1)" } ?? "lengths \(found.count) \(expected.count)")")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aMonthWithoutSheetsHoldsNothing(kind: StoreKind) throws {
        let store = try kind.make(caseType: Self.set.caseType)
        try store.request(through: Self.d("2026-12-31"))
        try derive(store)
        #expect(try store.records(RecordFilter()).isEmpty)
        #expect(try store.occurrences(in: YearMonth(year: 2026, month: 12)!).allSatisfy { $0.status == .planned })
        #expect(try store.lastProcessedDay() == Self.d("2026-12-31"))
        let again = try Derivation(set: Self.set, store: store, planMonth: Planner(set: Self.set).monthPlanner).bringUpToDate()
        #expect(again.days == nil, "up to date: nothing derived again")
    }

    @Test(arguments: StoreKind.allCases)
    func aLateSheetKeepsItsVisitAndItsDeadline(kind: StoreKind) throws {
        let store = try kind.make(caseType: Self.set.caseType)
        try store.request(through: Self.d("2026-12-31"))
        try derive(store)
        // The 巡诊 need of 12-01 arrives after the month was run through its last day.
        let need = try #require(Self.example.first { $0.workflowID == "xunzhen" })
        _ = try store.append([Fact.visitor(need, caseType: Self.set.caseType, source: "late.csv:2")], imported: nil, personal: [])
        try derive(store)
        let caseID = "\(need.occurrenceID)#\(need.ordinal)"
        let booked = try #require(try store.sessions(from: Self.d("2026-12-01"), through: Self.d("2026-12-31")).first { $0.timer.caseID == caseID })
        #expect(booked.timer.due <= Self.d("2026-12-08"), "the visit is booked from the day of the need, not the day of the import")
        #expect(try store.records(RecordFilter(type: "送法到家")).isEmpty, "a visit booked is not a visit done")
        // The visit's own sheet comes later still, saying it took place on the day booked.
        _ = try store.append([Self.session(caseID, "home_visit", on: booked.timer.due.description)], imported: nil, personal: [])
        try derive(store)
        let visit = try #require(try store.records(RecordFilter(type: "送法到家")).first { $0.caseID == caseID })
        #expect(visit.date == booked.timer.due && visit.staff == booked.timer.people)
        let story = try store.story(of: caseID).map(\.event.kind)
        #expect(story.contains(.deadlineMet) && !story.contains(.overdue))
        #expect(try store.engineCase(caseID)?.status == .resolved)
        // The major dispute of 12-23 arrives later still, then its panel's sheet with the opinion.
        let major = try #require(Self.example.first { $0.siteID == "nanping-donglu" && $0.date == Self.d("2026-12-23") })
        _ = try store.append([Fact.visitor(major, caseType: Self.set.caseType, source: "later.csv:2")], imported: nil, personal: [])
        try derive(store)
        let panel = "\(major.occurrenceID)#\(major.ordinal)>major"
        #expect(try store.engineCase(panel)?.status == .open)
        _ = try store.append([Self.session(panel, "panel", on: "2026-12-28", opinion: "建议起诉")], imported: nil, personal: [])
        try derive(store)
        #expect(try store.engineCase(panel)?.status == .resolved)
        #expect(try store.records(RecordFilter(type: "会诊意见")).map(\.caseID) == [panel])
        let held = try store.story(of: panel)
        #expect(held.contains { $0.event.kind == .deadlineMet })
        #expect(held.contains { $0.event.kind == .sessionHeld && $0.event.message.argumentsJSON.contains("建议起诉") })
    }

    @Test(arguments: StoreKind.allCases)
    func aVisitNobodyReportsIsNeverHeldAndOneReportedLateIsHeldLate(kind: StoreKind) throws {
        let store = try kind.make(caseType: Self.set.caseType)
        let need = try #require(Self.example.first { $0.workflowID == "xunzhen" })
        let caseID = "\(need.occurrenceID)#\(need.ordinal)"
        _ = try store.append([Fact.visitor(need, caseType: Self.set.caseType, source: "need.csv:2")], imported: nil, personal: [])
        try store.request(through: Self.d("2026-12-31"))
        try derive(store)
        let deadline = try #require(try store.engineCase(caseID)?.deadline)
        #expect(try store.records(RecordFilter(type: "送法到家")).isEmpty)
        #expect(try store.engineCase(caseID)?.status == .open)
        #expect(try store.story(of: caseID).contains { $0.event.kind == .overdue && $0.event.date == deadline.adding(days: 1) })
        #expect(try store.sessions(from: Self.d("2026-12-01"), through: Self.d("2026-12-31")).contains { $0.timer.caseID == caseID && !$0.isDone })
        // Reported as done ten days late: held after the deadline, on the day the sheet says.
        let late = deadline.adding(days: 10)
        _ = try store.append([Self.session(caseID, "home_visit", on: late.description, people: ["L001"])], imported: nil, personal: [])
        try derive(store)
        #expect(try store.records(RecordFilter(type: "送法到家")).map { [$0.date.description] + $0.staff } == [[late.description, "L001"]])
        #expect(try store.story(of: caseID).contains { $0.event.kind == .overdue })
        // Corrected to the day it really took place, before the deadline: in time, never overdue.
        let corrected = try #require(try store.append([Self.session(caseID, "home_visit", on: deadline.description, people: ["L001"])],
                                                      imported: nil, personal: []))
        #expect(corrected.corrected == 1 && corrected.earliest == deadline, "derived again from the earlier of the two days")
        try derive(store)
        #expect(try store.records(RecordFilter(type: "送法到家")).map(\.date) == [deadline])
        let story = try store.story(of: caseID).map(\.event.kind)
        #expect(story.contains(.deadlineMet) && !story.contains(.overdue))
        // Moved late again: the day first reported leaves nothing behind.
        _ = try store.append([Self.session(caseID, "home_visit", on: late.description, people: ["L001"])], imported: nil, personal: [])
        try derive(store)
        #expect(try store.records(RecordFilter(type: "送法到家")).map(\.date) == [late])
    }

    @Test(arguments: StoreKind.allCases)
    func aSessionNobodyAwaitedCountsForNothing(kind: StoreKind) throws {
        let store = try kind.make(caseType: Self.set.caseType)
        let consultation = try Self.row("2026-12-09", kind: "consultation", resolved: true)
        _ = try store.append([Fact.visitor(consultation, caseType: Self.set.caseType, source: "t.csv:2"),
                              Self.session("\(consultation.occurrenceID)#\(consultation.ordinal)", "home_visit", on: "2026-12-10"),
                              Self.session("jiezhen/haitangxi-yanyu/2026-12-09/1#7>major", "panel", on: "2026-12-10")], imported: nil, personal: [])
        try store.request(through: Self.d("2026-12-31"))
        let outcome = try Derivation(set: Self.set, store: store, planMonth: Planner(set: Self.set).monthPlanner).bringUpToDate()
        #expect(outcome.warnings.map(\.code) == ["engine.session-not-awaited", "engine.session-not-awaited"])
        #expect(try store.records(RecordFilter()).allSatisfy { $0.type != "送法到家" && $0.type != "会诊意见" })
        #expect(try store.events(from: Self.d("2026-12-10"), through: Self.d("2026-12-10"), kinds: [.sessionNotAwaited]).count == 2)
    }

    /// A panel's `per_week` holds across a late sheet: the week's panels held before the
    /// checkpoint a derivation resumes from (the month's start, a Tuesday) are counted as if the
    /// month had run all along.
    @Test(arguments: StoreKind.allCases)
    func aFullWeekOfPanelsStaysFullWhenALateSheetIsDerivedAgain(kind: StoreKind) throws {
        var set = Self.set
        let index = try #require(set.workflows.firstIndex { $0.id == "huizhen" })
        set.workflows[index].panel?.perWeek = 1
        // Two major disputes at the sittings of 11-25: panels on 11-26 and, the week being full,
        // Monday 11-30, which fills the week of 12-01 too.
        var first = try Self.row("2026-11-25", site: "haitangxi-yanyu", resolved: true)
        var second = try Self.row("2026-11-25", site: "tongyuanju-sujiaba", resolved: true)
        first.fields["major"] = .bool(true)
        second.fields["major"] = .bool(true)
        // A major need found on the round of 12-01, on a sheet that arrives after the month was derived.
        let december = try OccurrenceExpander(set: set).expand(month: YearMonth(year: 2026, month: 12)!).occurrences
        let round = try #require(december.first { $0.workflowID == "xunzhen" && $0.siteID == "haitangxi-yanyu" })
        let late = IntakeRow(occurrenceID: round.id, workflowID: "xunzhen", siteID: round.siteID, date: round.date, ordinal: 1,
                             fields: first.fields.merging(["kind": .string("need"), "parties": .int(1)]) { $1 }, outcome: .resolved, staff: [],
                             location: first.location)
        func derive(_ store: any Store) throws {
            _ = try Derivation(set: set, store: store, planMonth: Planner(set: set).monthPlanner).bringUpToDate()
        }
        func panelDay(_ store: any Store, _ caseID: String) throws -> String? {
            try store.events(from: Self.d("2026-11-01"), through: Self.d("2026-12-31"), kinds: [.sessionScheduled])
                .first { $0.event.caseID == caseID }?.event.message.text("day")
        }
        let early = [first, second].map { Fact.visitor($0, caseType: set.caseType, source: "a.csv:\($0.siteID)") }
        let incremental = try kind.make(caseType: set.caseType)
        _ = try incremental.append(early, imported: nil, personal: [])
        try incremental.request(through: Self.d("2026-12-31"))
        try derive(incremental)
        #expect(try panelDay(incremental, "\(first.occurrenceID)#1>major") == "2026-11-26")
        #expect(try panelDay(incremental, "\(second.occurrenceID)#1>major") == "2026-11-30")
        _ = try incremental.append([Fact.visitor(late, caseType: set.caseType, source: "b.csv:2")], imported: nil, personal: [])
        try derive(incremental)
        #expect(try panelDay(incremental, "\(round.id)#1>major") == "2026-12-07", "the week of 11-30 had its panel: the next week")
        let whole = try kind.make(caseType: set.caseType)
        _ = try whole.append(early + [Fact.visitor(late, caseType: set.caseType, source: "b.csv:2")], imported: nil, personal: [])
        try whole.request(through: Self.d("2026-12-31"))
        try derive(whole)
        #expect(try Self.derived(incremental) == Self.derived(whole), "the same month however the sheets arrived")
    }

    @Test(arguments: StoreKind.allCases)
    func aCorrectionToResolvedCancelsTheEscalation(kind: StoreKind) throws {
        let store = try kind.make(caseType: Self.set.caseType)
        let stuck = try Self.row("2026-12-09", resolved: false)
        _ = try store.append([Fact.visitor(stuck, caseType: Self.set.caseType, source: "a.csv:2")], imported: nil, personal: [])
        try store.request(through: Self.d("2026-12-31"))
        try derive(store)
        let caseID = "\(stuck.occurrenceID)#1"
        #expect(try store.engineCase(caseID + ">tiaowei") != nil, "unresolved 5 days later: to the street's 调委会 (三调联动)")
        let corrected = try Self.row("2026-12-09", resolved: true)
        let appended = try store.append([Fact.visitor(corrected, caseType: Self.set.caseType, source: "b.csv:2")], imported: nil, personal: [])
        #expect(appended?.corrected == 1)
        try derive(store)
        #expect(try store.engineCase(caseID + ">tiaowei") == nil, "resolved before its timer: not routed on")
        #expect(try store.engineCase(caseID)?.status == .resolved)
        #expect(try store.records(RecordFilter(type: "化解矛盾纠纷")).map(\.caseID) == [caseID])
        #expect(try store.facts(key: caseID).map(\.source) == ["a.csv:2", "b.csv:2"], "the original and its correction are both kept")
    }

    @Test(arguments: StoreKind.allCases)
    func aVoidWithdrawsTheCaseAndWhatItCaused(kind: StoreKind) throws {
        let store = try kind.make(caseType: Self.set.caseType)
        let stuck = try Self.row("2026-12-09", resolved: false)
        let caseID = "\(stuck.occurrenceID)#1"
        _ = try store.append([Fact.visitor(stuck, caseType: Self.set.caseType, source: "a.csv:2")], imported: nil,
                             personal: [(caseID, PersonalData(name: "李某"), nil)])
        try store.request(through: Self.d("2026-12-31"))
        try derive(store)
        #expect(try store.records(RecordFilter()).isEmpty == false)
        _ = try store.append([Fact.void(caseID: caseID, on: stuck.date, reason: "重复登记", source: "intake void")], imported: nil, personal: [])
        try derive(store)
        #expect(try store.records(RecordFilter()).isEmpty)
        #expect(try store.engineCase(caseID) == nil && store.engineCase(caseID + ">tiaowei") == nil)
        #expect(try store.personalData()[caseID] == nil, "a voided case's personal data goes with it")
        #expect(try store.occurrences(on: stuck.date).first { $0.id == stuck.occurrenceID }?.status == .planned,
                "its visitor was the only word that the sitting was held")
    }

    @Test(arguments: StoreKind.allCases)
    func reportsMarkSittingsHeldNotHeldAndSubstituted(kind: StoreKind) throws {
        let store = try kind.make(caseType: Self.set.caseType)
        let december = try OccurrenceExpander(set: Self.set).expand(month: YearMonth(year: 2026, month: 12)!).occurrences
        let sittings = december.filter { $0.workflowID == "jiezhen" }
        let event = try #require(december.first { $0.workflowID == "zhuzhen" })
        _ = try store.append([Self.report(sittings[0], .held), Self.report(sittings[1], .notHeld, reason: "暴雨停课"),
                              Self.report(sittings[2], .substitute, reason: "出庭", staff: ["L001"]), Self.report(event, .held)],
                             imported: nil, personal: [])
        try derive(store)
        let stored = Dictionary(try store.occurrences(in: YearMonth(year: 2026, month: 12)!).map { ($0.id, $0.status) }, uniquingKeysWith: { a, _ in a })
        #expect(stored[sittings[0].id] == .held && stored[sittings[1].id] == .notHeld && stored[sittings[2].id] == .held)
        #expect(try store.records(RecordFilter(type: "法治宣传")).map(\.occurrenceID) == [event.id], "an event's record comes from its report")
        let substituted = try store.events(from: sittings[2].date, through: sittings[2].date, kinds: [.absence])
        #expect(substituted.contains { $0.event.occurrenceID == sittings[2].id })
    }

    @Test(arguments: StoreKind.allCases)
    func aMovedSittingIsHeldOnItsNewDayAndAnExtraOneOnItsOwn(kind: StoreKind) throws {
        let store = try kind.make(caseType: Self.set.caseType)
        let sittings = try OccurrenceExpander(set: Self.set).expand(month: YearMonth(year: 2026, month: 12)!).occurrences.filter { $0.workflowID == "jiezhen" }
        let planned = sittings[3], newDay = sittings[3].date.adding(days: 2), added = sittings[0].date.adding(days: 1)
        let extraID = Occurrence.makeID(workflow: "jiezhen", site: sittings[0].siteID, date: added, ordinal: 1)
        _ = try store.append([Self.moved(planned, by: 2, reason: "律师出庭"), Self.visitor(of: planned.id, site: planned.siteID, on: newDay),
                              Self.extra("jiezhen", at: sittings[0].siteID, on: added, staff: ["L002"]),
                              Self.visitor(of: extraID, site: sittings[0].siteID, on: added)], imported: nil, personal: [])
        try store.request(through: Self.d("2026-12-31"))
        try derive(store)

        let month = Dictionary(try store.occurrences(in: YearMonth(year: 2026, month: 12)!).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(month[planned.id]?.status == .held && month[planned.id]?.heldOn == newDay, "the moved sitting is held, on its new day")
        #expect(month[extraID]?.isExtra == true && month[extraID]?.status == .held, "the extra sitting is stored, held")
        #expect(try store.occurrences(on: newDay).contains { $0.id == planned.id }, "the new day lists the moved sitting")
        #expect(try store.occurrences(on: added).contains { $0.id == extraID })
        let records = try store.records(RecordFilter())
        let movedRecord = try #require(records.first { $0.occurrenceID == planned.id })
        #expect(movedRecord.date == newDay)
        let planners = try store.assignments(from: planned.date, through: planned.date)[planned.id] ?? []
        #expect(!planners.isEmpty && movedRecord.staff == planners, "a moved sitting is held by those planned")
        #expect(records.first { $0.occurrenceID == extraID }?.staff == ["L002"], "an extra sitting by those its report names")
        let events = try store.events(from: newDay, through: newDay, kinds: [.occurrenceHeld]).map(\.event.message.code)
        #expect(events.contains(EngineMessage.moved.rawValue))

        // Corrected back to held on the day planned: the move and the extra row are undone.
        _ = try store.append([Self.report(planned, .held), Self.visitor(of: planned.id, site: planned.siteID, on: planned.date)], imported: nil, personal: [])
        try derive(store)
        let again = try #require(try store.occurrences(in: YearMonth(year: 2026, month: 12)!).first { $0.id == planned.id })
        #expect(again.heldOn == nil && again.status == .held)
        #expect(try store.records(RecordFilter()).first { $0.occurrenceID == planned.id }?.date == planned.date)
        #expect(try !store.occurrences(on: newDay).contains { $0.id == planned.id })
    }
}
