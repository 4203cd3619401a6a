import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords

/// Derives the real month from the facts: the records, cases, timers, deadlines and coverage
/// are a function of the facts stored (and the published plans), computed in the order of
/// the dates the facts state, never the order they arrived in.
///
/// A derivation starts again from the earliest day a fact not yet derived is about (or the
/// day after the last derived), resuming the engine from the checkpoint at the start of that
/// day's month, replaying the days before it without writing, and replacing what the store
/// derived from that day on, through the horizon: the last day a command asked for
/// (`rounds --date`) or any fact is about, whichever is later. The write is refused when a
/// fact arrived meanwhile, and the derivation runs again.
public struct Derivation {
    /// The loaded workflows.
    public let set: WorkflowSet
    /// The store.
    public let store: any Store
    /// Plans a month the first time the derivation reaches it.
    public var planMonth: MonthPlanner

    /// Creates a derivation.
    public init(set: WorkflowSet, store: any Store, planMonth: @escaping MonthPlanner) {
        self.set = set
        self.store = store
        self.planMonth = planMonth
    }

    /// What a derivation did.
    public struct Outcome: Sendable {
        /// The days derived again (nil when the derived month was up to date).
        public var days: ClosedRange<CivilDate>?
        /// Warnings for the person running the command (a deadline in an uncovered year …).
        public var warnings: [Message] = []
        /// Fallback calendar uses while planning months.
        public var calendarWarnings = CalendarWarnings()
        /// The records written over the days derived again.
        public var records = 0
    }

    /// Whether the engine's state is kept at the start of a day: the first of each month and
    /// each Monday, so that a late sheet replays at most a week before its day.
    static func isCheckpointDay(_ day: CivilDate) -> Bool { day.day == 1 || day.weekday == .monday }

    /// The most times a derivation starts again because facts arrived while it ran.
    static let attempts = 20

    /// Brings the derived month up to date with the facts and the horizon asked for.
    public func bringUpToDate() throws -> Outcome {
        for _ in 0..<Self.attempts {
            if let outcome = try attempt() { return outcome }
        }
        throw StoreError.busy("facts", seconds: 0)
    }

    /// One derivation; nil when a fact arrived meanwhile (the store refused the write).
    func attempt() throws -> Outcome? {
        var outcome = Outcome()
        let state = try store.derivationState()
        guard let horizon = state.horizon, var from = state.from, from <= horizon else { return outcome }

        // Where the engine resumes: the latest checkpoint on or before from (a Monday or a month's start);
        // with none, from the start of from's month with nothing open, or for a store an
        // earlier version processed, from the day after it with what it left open.
        var engine: CaseEngine
        var start: CivilDate
        var checkpoints: [EngineCheckpoint] = []
        if let checkpoint = try store.checkpoint(onOrBefore: from) {
            start = checkpoint.day
            engine = CaseEngine(set: set, openCases: checkpoint.openCases, timers: checkpoint.timers)
            engine.restore(bookings: checkpoint.bookings)
        } else if let frozen = state.frozenThrough {
            start = frozen.adding(days: 1)
            from = start
            engine = CaseEngine(set: set, openCases: try store.openCases(), timers: try store.pendingTimers())
        } else {
            start = YearMonth(of: from).firstDay
            from = start
            engine = CaseEngine(set: set)
        }
        if start == from { checkpoints.append(engine.checkpoint(at: start)) }

        outcome.calendarWarnings.merge(try RoundsRunner(set: set, store: store, planMonth: planMonth).storeMonths(from: start, through: horizon))
        engine.assignments = try store.assignments(from: start, through: horizon)
        var month = YearMonth(of: start)
        while month <= YearMonth(of: horizon) {
            let dates = Dictionary(try store.occurrences(in: month).map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
            engine.noteSittings(try store.assignmentRows(in: month).compactMap { row in dates[row.occurrenceID].map { (row.personID, $0) } })
            guard month.next != month else { break }
            month = month.next
        }
        let book = try FactBook(try store.facts(from: start, through: horizon), caseType: set.caseType, store: "facts")

        var reverted: [EngineCase] = []
        var days: [ChangeSet] = []
        for day in start...horizon {
            if day == from { reverted = engine.open.values.sorted { $0.id < $1.id } }
            if day > from, Self.isCheckpointDay(day) { checkpoints.append(engine.checkpoint(at: day)) }
            var changes = ChangeSet()
            engine.process(day: day, held: try store.occurrences(on: day), facts: book.day(day), into: &changes)
            if day >= from {
                outcome.warnings += changes.warnings
                outcome.records += changes.records.count
                days.append(changes)
            }
        }
        let next = horizon.adding(days: 1)
        if Self.isCheckpointDay(next) { checkpoints.append(engine.checkpoint(at: next)) }
        let derived = DerivedDays(from: from, through: horizon, basedOn: state.lastArrival, reverted: reverted, days: days, checkpoints: checkpoints)
        guard try store.writeDerived(derived) else { return nil }
        outcome.days = from...horizon
        return outcome
    }
}
