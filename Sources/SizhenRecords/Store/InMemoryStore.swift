import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenModel

/// A store in memory: what the SQLite store keeps in a file, kept in a few dictionaries behind
/// one lock. For tests, for what-if runs that need no file, and as the second implementation
/// that shows the store protocol says everything a store must do: it passes the same contract
/// suite as the SQLite store.
public final class InMemoryStore: Store, @unchecked Sendable {
    private struct State {
        var purpose: StorePurpose?
        var months: [YearMonth: Plan?] = [:]
        var occurrences: [String: OccurrenceRef] = [:]
        var assignments: [SeatKey: AssignmentRow] = [:]
        var unfilled: [SeatKey: UnfilledRow] = [:]
        var skipped: [SkippedKey: SkippedOccurrence] = [:]
        var cases: [String: EngineCase] = [:]
        var timers: [String: TimerEntry] = [:]
        var records: [RecordKey: ServiceRecord] = [:]
        var events: [StoredEvent] = []
        var days: Set<CivilDate> = []
        var imports: Set<String> = []
        var intake: [String: PersonalData] = [:]
        var facts: [Fact] = []
        var latestFact: [FactKey: Fact] = [:]
        var derivedArrival = 0
        var requested: CivilDate?
        var shownArrival = 0
        var checkpoints: [CivilDate: EngineCheckpoint] = [:]
        var closings: [YearMonth: MonthClosing] = [:]
        /// The planned seats a derived day's substitute took, as planned, with the day.
        var substituted: [SeatKey: (date: CivilDate?, seat: AssignmentRow)] = [:]
    }

    private struct TimerEntry {
        var timer: EngineTimer
        var done: Bool
        /// The day processed when it was set, and when it was done (nil: before days were kept).
        var setOn: CivilDate?
        var doneOn: CivilDate?
    }

    private struct FactKey: Hashable { var kind: Fact.Kind, key: String }

    private struct SeatKey: Hashable { var occurrence: String, slot: String, position: Int }
    private struct SkippedKey: Hashable { var workflow: String, site: String, date: CivilDate }
    private struct RecordKey: Hashable { var date: CivilDate, id: String }

    private let lock = NSLock()
    private var state = State()
    /// The web application's accounts and sessions (`InMemoryStore+Accounts`), behind a lock
    /// of their own: they never take part in a district's transaction.
    let accountBook = AccountBook()

    /// An empty store of `purpose` (real records unless told).
    public init(purpose: StorePurpose = .real) {
        state.purpose = purpose
    }

    private func read<T>(_ body: (State) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(state)
    }

    private func write<T>(_ body: (inout State) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        // All or nothing: work on a copy, keep it only when the body finishes.
        var copy = state
        let result = try body(&copy)
        state = copy
        return result
    }

    // MARK: StoreReading

    public func purpose() throws -> StorePurpose? { read { $0.purpose } }

    public func holdsNothing() throws -> Bool {
        read { $0.months.isEmpty && $0.cases.isEmpty && $0.records.isEmpty && $0.days.isEmpty && $0.imports.isEmpty && $0.intake.isEmpty }
    }

    public func lastProcessedDay() throws -> CivilDate? { read { $0.days.max() } }

    public func openCases() throws -> [EngineCase] {
        read { $0.cases.values.filter { $0.status == .open }.sorted { $0.id < $1.id } }
    }

    public func pendingTimers() throws -> [EngineTimer] {
        read { $0.timers.values.filter { !$0.done }.map(\.timer).sorted { ($0.due, $0.id) < ($1.due, $1.id) } }
    }

    public func openCounts() throws -> (cases: Int, timers: Int) {
        read { state in (state.cases.values.count { $0.status == .open }, state.timers.values.count { !$0.done }) }
    }

    public func caseExists(_ id: String) throws -> Bool { read { $0.cases[id] != nil } }

    public func engineCase(_ id: String) throws -> EngineCase? { read { $0.cases[id] } }

    public func cases(openedFrom first: CivilDate, through last: CivilDate) throws -> [EngineCase] {
        read { $0.cases.values.filter { (first <= $0.openedOn && $0.openedOn <= last) }.sorted { ($0.openedOn, $0.id) < ($1.openedOn, $1.id) } }
    }

    public func caseIDs(withPrefix prefix: String, limit: Int) throws -> [String] {
        read { Array($0.cases.keys.filter { $0.hasPrefix(prefix) }.sorted().prefix(max(0, limit))) }
    }

    public func wasImported(digest: String) throws -> Bool { read { $0.imports.contains(digest) } }

    public func isMonthStored(_ month: YearMonth) throws -> Bool { read { $0.months[month] != nil } }

    public func storedPlan(_ month: YearMonth) throws -> Plan? { read { $0.months[month] ?? nil } }

    public func occurrences(on date: CivilDate) throws -> [OccurrenceRef] {
        read { $0.occurrences.values.filter { $0.date == date || $0.heldOn == date }.sorted { ($0.start, $0.workflowID, $0.siteID, $0.id) < ($1.start, $1.workflowID, $1.siteID, $1.id) } }
    }

    public func occurrences(in month: YearMonth) throws -> [OccurrenceRef] {
        read { Self.occurrences(of: month, in: $0) }
    }

    private static func occurrences(of month: YearMonth, in state: State) -> [OccurrenceRef] {
        state.occurrences.values.filter { $0.month == month }
            .sorted { ($0.date, $0.workflowID, $0.siteID, $0.id) < ($1.date, $1.workflowID, $1.siteID, $1.id) }
    }

    public func assignments(from first: CivilDate, through last: CivilDate) throws -> [String: [String]] {
        read { state in
            var result: [String: [String]] = [:]
            // As published: a seat a substitute took on a derived day reads as planned.
            var published = state.assignments.filter { state.substituted[$0.key] == nil }
            for (key, entry) in state.substituted { published[key] = entry.seat }
            for row in Self.sorted(published.values) where state.occurrences[row.occurrenceID].map({ (first <= $0.date && $0.date <= last) }) == true {
                result[row.occurrenceID, default: []].append(row.personID)
            }
            return result
        }
    }

    public func assignmentRows(on date: CivilDate) throws -> [AssignmentRow] {
        read { state in Self.sorted(state.assignments.values).filter { state.occurrences[$0.occurrenceID]?.date == date } }
    }

    public func assignmentRows(in month: YearMonth) throws -> [AssignmentRow] {
        read { state in Self.sorted(state.assignments.values).filter { state.occurrences[$0.occurrenceID]?.month == month } }
    }

    public func unfilled(in month: YearMonth) throws -> [UnfilledRow] {
        read { state in
            state.unfilled.values.filter { state.occurrences[$0.occurrenceID]?.month == month }
                .sorted { ($0.occurrenceID, $0.slot, $0.position) < ($1.occurrenceID, $1.slot, $1.position) }
        }
    }

    public func skipped(in month: YearMonth) throws -> [SkippedOccurrence] {
        read { state in
            state.skipped.values.filter { YearMonth(of: $0.date) == month }
                .sorted { ($0.date, $0.workflowID, $0.siteID) < ($1.date, $1.workflowID, $1.siteID) }
        }
    }

    public func sessions(from first: CivilDate, through last: CivilDate) throws -> [SessionRow] {
        read { state in
            state.timers.values.filter { $0.timer.kind == .session && (first <= $0.timer.due && $0.timer.due <= last) }
                .sorted { ($0.timer.due, $0.timer.id) < ($1.timer.due, $1.timer.id) }
                .map { SessionRow(timer: $0.timer, workflowID: state.cases[$0.timer.caseID]?.workflowID, isDone: $0.done) }
        }
    }

    public func records(_ filter: RecordFilter) throws -> [ServiceRecord] {
        read { state in
            state.records.values.filter { record in
                (filter.month.map { $0.days.contains(record.date) } ?? true) && (filter.site.map { $0 == record.siteID } ?? true)
                    && (filter.type.map { $0 == record.type } ?? true)
            }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        }
    }

    public func events(from first: CivilDate, through last: CivilDate, kinds: Set<EngineEvent.Kind>?) throws -> [StoredEvent] {
        read { $0.events.filter { (first <= $0.event.date && $0.event.date <= last) && (kinds?.contains($0.event.kind) ?? true) } }
    }

    public func eventCounts(from first: CivilDate, through last: CivilDate) throws -> [EngineEvent.Kind: Int] {
        read { state in
            var counts: [EngineEvent.Kind: Int] = [:]
            for stored in state.events where (first <= stored.event.date && stored.event.date <= last) { counts[stored.event.kind, default: 0] += 1 }
            return counts
        }
    }

    public func story(of caseID: String) throws -> [StoredEvent] {
        read { state in
            guard state.cases[caseID] != nil else { return [] }
            return state.events.filter { $0.event.caseID.map { $0 == caseID || $0.hasPrefix(caseID + ">") } ?? false }
        }
    }

    public func personalData() throws -> [String: PersonalData] { read { $0.intake } }

    public func facts(from first: CivilDate, through last: CivilDate) throws -> [Fact] {
        // The latest of each kind and key only: a correction that moved a fact to another day
        // leaves nothing behind on the day it was first about.
        read { state in
            state.facts.filter { first <= $0.on && $0.on <= last && state.latestFact[FactKey(kind: $0.kind, key: $0.key)]?.arrival == $0.arrival }
        }
    }

    public func facts(key: String) throws -> [Fact] { read { $0.facts.filter { $0.key == key } } }

    public func sittingChanges(from first: CivilDate, through last: CivilDate) throws -> [SittingChange] {
        SittingChange.changes(among: try facts(from: first, through: last))
    }

    public func facts(arrivedAfter arrival: Int, limit: Int) throws -> [Fact] {
        read { Array($0.facts.filter { $0.arrival > arrival }.prefix(max(0, limit))) }
    }

    public func derivationState() throws -> DerivationState {
        read { state in
            // A pending fact and what it corrects are both derived again.
            let pendingKeys = Set(state.facts.filter { $0.arrival > state.derivedArrival }.map { FactKey(kind: $0.kind, key: $0.key) })
            let pending = state.facts.filter { $0.arrival > state.derivedArrival || pendingKeys.contains(FactKey(kind: $0.kind, key: $0.key)) }
                .map(\.on).min()
            let days = state.facts.map(\.on)
            var found = DerivationState(through: state.days.max(), derivedArrival: state.derivedArrival, lastArrival: state.facts.last?.arrival ?? 0,
                                        earliestPending: pending, requested: state.requested,
                                        factDays: days.min().flatMap { first in days.max().map { first...$0 } })
            found.shownArrival = state.shownArrival
            return found
        }
    }

    public func closing(_ month: YearMonth) throws -> MonthClosing? { read { $0.closings[month] } }

    public func closedMonths() throws -> [YearMonth] { read { $0.closings.keys.sorted() } }

    @discardableResult
    public func close(_ closing: MonthClosing) throws -> Bool {
        write { state in
            guard state.closings[closing.month] == nil else { return false }
            state.closings[closing.month] = closing
            return true
        }
    }

    public func checkpoint(onOrBefore day: CivilDate) throws -> EngineCheckpoint? {
        read { state in state.checkpoints.keys.filter { $0 <= day }.max().flatMap { state.checkpoints[$0] } }
    }

    private static func sorted(_ rows: some Sequence<AssignmentRow>) -> [AssignmentRow] {
        rows.sorted { ($0.occurrenceID, $0.slot, $0.position) < ($1.occurrenceID, $1.slot, $1.position) }
    }

    // MARK: StoreWriting

    @discardableResult
    public func commit(_ changes: ChangeSet) throws -> Bool {
        write { state in
            if let day = changes.processedDay, state.days.contains(day) { return false }
            if let imported = changes.imported, state.imports.contains(imported.digest) { return false }
            Self.apply(changes, to: &state)
            return true
        }
    }

    private static func apply(_ changes: ChangeSet, to state: inout State) {
        for id in changes.caseOrder {
            guard let updated = changes.cases[id] else { continue }
            if var stored = state.cases[id] {
                // As the SQLite store's upsert: what a case is stays, where it stands changes.
                stored.fields = updated.fields
                stored.status = updated.status
                stored.staff = updated.staff
                stored.excluded = updated.excluded
                stored.deadline = updated.deadline
                stored.closedOn = updated.closedOn
                state.cases[id] = stored
            } else {
                state.cases[id] = updated
            }
        }
        for record in changes.records where state.records[RecordKey(date: record.date, id: record.id)] == nil {
            state.records[RecordKey(date: record.date, id: record.id)] = record
        }
        for timer in changes.timersAdded where state.timers[timer.id] == nil {
            state.timers[timer.id] = TimerEntry(timer: timer, done: false, setOn: changes.processedDay)
        }
        for id in changes.timersDone {
            state.timers[id]?.done = true
            state.timers[id]?.doneOn = changes.processedDay
        }
        for occurrence in changes.occurrencesAdded where state.occurrences[occurrence.id] == nil {
            var added = occurrence
            added.isExtra = true
            added.status = .planned
            added.heldOn = nil
            state.occurrences[occurrence.id] = added
        }
        for id in changes.occurrencesHeld { state.occurrences[id]?.status = .held }
        for id in changes.occurrencesNotHeld { state.occurrences[id]?.status = .notHeld }
        for id in changes.occurrencesMoved { state.occurrences[id]?.heldOn = changes.processedDay }
        for event in changes.events { Self.append(event, to: &state) }
        for change in changes.reassigned {
            guard let seat = state.assignments.first(where: { $0.value.occurrenceID == change.occurrenceID && $0.value.personID == change.absent })
            else { continue }
            if state.substituted[seat.key] == nil { state.substituted[seat.key] = (changes.processedDay, seat.value) }
            if let replacement = change.replacement {
                state.assignments[seat.key]?.personID = replacement
                state.assignments[seat.key]?.reason = change.reason
            } else {
                state.assignments[seat.key] = nil
                state.unfilled[seat.key] = UnfilledRow(occurrenceID: seat.key.occurrence, slot: seat.key.slot, position: seat.key.position,
                                                       reason: change.reason)
            }
        }
        if let imported = changes.imported { state.imports.insert(imported.digest) }
        for entry in changes.personal where entry.data != nil || entry.note != nil {
            if state.intake[entry.caseID] == nil { state.intake[entry.caseID] = entry.data ?? PersonalData() }
        }
        if let day = changes.processedDay { state.days.insert(day) }
    }

    private static func append(_ event: EngineEvent, to state: inout State) {
        state.events.append(StoredEvent(sequence: (state.events.last?.sequence ?? 0) + 1, event: event))
    }

    public func storeMonth(_ plan: MonthPlan) throws {
        write { state in
            guard state.months[plan.month] == nil else { return }
            Self.insertOccurrences(plan, from: nil, into: &state)
            Self.insert(plan, from: nil, into: &state)
            state.months[plan.month] = .some(plan.plan)
            Self.append(EngineEvent(date: plan.month.firstDay, kind: .monthPlanned, message: plan.plannedMessage), to: &state)
        }
    }

    public func replaceAssignments(_ plan: MonthPlan, from firstDay: CivilDate) throws {
        write { state in
            let occurrences = state.occurrences
            let replaced: (String) -> Bool = { id in
                occurrences[id].map { $0.month == plan.month && $0.date >= firstDay } ?? false
            }
            state.assignments = state.assignments.filter { !replaced($0.key.occurrence) }
            state.unfilled = state.unfilled.filter { !replaced($0.key.occurrence) }
            // The occurrences themselves, but those a sheet moved or added (their facts refer to them).
            state.occurrences = state.occurrences.filter { !(replaced($0.key) && $0.value.heldOn == nil && !$0.value.isExtra) }
            state.skipped = state.skipped.filter { !(plan.month.days.contains($0.key.date) && $0.key.date >= firstDay) }
            Self.insertOccurrences(plan, from: firstDay, into: &state)
            Self.insert(plan, from: firstDay, into: &state)
            if state.months[plan.month] != nil { state.months[plan.month] = .some(plan.plan) }
            Self.append(EngineEvent(date: firstDay, kind: .monthReplanned, message: plan.replannedMessage(from: firstDay)), to: &state)
        }
    }

    /// The plan's occurrences and skipped dates from `firstDay` on (all without one); one
    /// already stored is kept as it is.
    private static func insertOccurrences(_ plan: MonthPlan, from firstDay: CivilDate?, into state: inout State) {
        for occurrence in plan.occurrences where state.occurrences[occurrence.id] == nil && firstDay.map({ occurrence.date >= $0 }) ?? true {
            state.occurrences[occurrence.id] = OccurrenceRef(occurrence)
        }
        for item in plan.skipped where firstDay.map({ item.date >= $0 }) ?? true {
            let key = SkippedKey(workflow: item.workflowID, site: item.siteID, date: item.date)
            if state.skipped[key] == nil { state.skipped[key] = item }
        }
    }

    private static func insert(_ plan: MonthPlan, from firstDay: CivilDate?, into state: inout State) {
        let dates = Dictionary(plan.occurrences.map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
        let kept: (String) -> Bool = { id in firstDay.map { first in (dates[id].map { $0 >= first }) ?? false } ?? true }
        for item in plan.assignments where kept(item.occurrenceID) {
            state.assignments[SeatKey(occurrence: item.occurrenceID, slot: item.slot, position: item.position)] = item
        }
        for item in plan.unfilled where kept(item.occurrenceID) {
            state.unfilled[SeatKey(occurrence: item.occurrenceID, slot: item.slot, position: item.position)] = item
        }
    }

    public func append(_ facts: [Fact], imported: (digest: String, file: String, rows: Int)?,
                       personal: [(caseID: String, data: PersonalData?, note: String?)]) throws -> FactAppend? {
        write { state in
            if let imported {
                guard !state.imports.contains(imported.digest) else { return nil }
                state.imports.insert(imported.digest)
            }
            var result = FactAppend()
            for var fact in facts {
                let key = FactKey(kind: fact.kind, key: fact.key)
                if let latest = state.latestFact[key] {
                    guard latest.payload != fact.payload || latest.on != fact.on else { result.unchanged += 1; continue }
                    result.corrected += 1
                    // What the corrected fact was about must be derived again too.
                    result.earliest = min(result.earliest ?? latest.on, latest.on)
                } else {
                    result.added += 1
                }
                fact.arrival = (state.facts.last?.arrival ?? 0) + 1
                state.facts.append(fact)
                state.latestFact[key] = fact
                result.earliest = min(result.earliest ?? fact.on, fact.on)
                if fact.kind == .void { state.intake[fact.key] = nil }
            }
            for entry in personal where entry.data != nil || entry.note != nil {
                state.intake[entry.caseID] = entry.data ?? PersonalData()
            }
            return result
        }
    }

    public func request(through day: CivilDate) throws {
        write { state in state.requested = max(state.requested ?? day, day) }
    }

    public func markShown(through arrival: Int) throws {
        write { state in state.shownArrival = max(state.shownArrival, arrival) }
    }

    @discardableResult
    public func writeDerived(_ derived: DerivedDays) throws -> Bool {
        write { state in
            guard (state.facts.last?.arrival ?? 0) == derived.basedOn else { return false }
            let from = derived.from
            // What was derived from `from` on goes; the cases open the day before stand as they stood.
            state.records = state.records.filter { $0.key.date < from }
            state.events = state.events.filter { $0.event.date < from || $0.event.kind.isPlanning }
            state.cases = state.cases.filter { $0.value.openedOn < from }
            for engineCase in derived.reverted { state.cases[engineCase.id] = engineCase }
            state.timers = state.timers.filter { entry in entry.value.setOn.map { $0 < from } ?? true }
            for id in state.timers.keys where state.timers[id]!.doneOn.map({ $0 >= from }) ?? false {
                state.timers[id]?.done = false
                state.timers[id]?.doneOn = nil
            }
            for id in state.occurrences.keys where state.occurrences[id]!.heldDate >= from { state.occurrences[id]?.status = .planned }
            for id in state.occurrences.keys where state.occurrences[id]!.heldOn.map({ $0 >= from }) ?? false { state.occurrences[id]?.heldOn = nil }
            state.occurrences = state.occurrences.filter { !$0.value.isExtra || $0.value.date < from }
            // The seats substitutes took from `from` on go back to the plan.
            for (key, entry) in state.substituted where entry.date.map({ $0 >= from }) ?? false {
                state.unfilled[key] = nil
                state.assignments[key] = entry.seat
                state.substituted[key] = nil
            }
            state.days = state.days.filter { $0 < from }
            state.checkpoints = state.checkpoints.filter { $0.key <= from }
            for day in derived.days { Self.apply(day, to: &state) }
            for checkpoint in derived.checkpoints { state.checkpoints[checkpoint.day] = checkpoint }
            state.derivedArrival = derived.basedOn
            return true
        }
    }

    public func startSimulation() throws {
        try write { state in
            guard state.purpose == .simulation else { throw StoreError.wrongPurpose("memory", found: state.purpose ?? .real) }
            state = State(purpose: .simulation)
        }
    }
}

extension OccurrenceRef {
    /// The stored form of a planned occurrence (not held yet).
    public init(_ occurrence: Occurrence) {
        self.init(id: occurrence.id, workflowID: occurrence.workflowID, siteID: occurrence.siteID, date: occurrence.date,
                  ruleDate: occurrence.ruleDate, start: occurrence.interval.startRFC3339, end: occurrence.interval.endRFC3339,
                  reason: occurrence.movedFrom == nil ? nil : occurrence.reason, isHeld: false)
    }
}

extension MonthPlan {
    /// The event logged when the month is stored.
    public var plannedMessage: Message {
        StoreMessage.monthPlanned(["month": .text(month.description), "occurrences": .int(occurrences.count),
                                   "assignments": .int(assignments.count), "unfilled": .int(unfilled.count)])
    }

    /// The event logged when the month is re-planned from a day.
    public func replannedMessage(from firstDay: CivilDate) -> Message {
        StoreMessage.monthReplanned(["month": .text(month.description), "from": .text(firstDay.description),
                                     "assignments": .int(assignments.count), "unfilled": .int(unfilled.count)])
    }
}
