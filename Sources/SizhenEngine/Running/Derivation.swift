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
public final class Derivation {
    /// The loaded workflows.
    public let set: WorkflowSet
    /// The store.
    public let store: any Store
    /// Plans a month the first time the derivation reaches it.
    public var planMonth: MonthPlanner
    /// The people, indexed once.
    public let directory: StaffDirectory
    /// Where this derivation's engine stood after its last write, to go on from without a
    /// checkpoint when the next derivation starts the day after (the simulation, day by day):
    /// the last day derived, the last fact read, the engine, the months whose sittings it knows,
    /// and the day of the checkpoint written last.
    private var resume: (through: CivilDate, arrival: Int, engine: CaseEngine, noted: Set<YearMonth>, checkpoint: CivilDate?)?

    /// Creates a derivation.
    public init(set: WorkflowSet, store: any Store, planMonth: @escaping MonthPlanner) {
        self.set = set
        self.store = store
        self.planMonth = planMonth
        directory = StaffDirectory(set: set)
    }

    /// The engine as it stands after the last day derived by this derivation (the state at
    /// the start of the next day), when it derived any.
    public var engine: CaseEngine? { resume?.engine }

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
        throw StoreError.changedMeanwhile("the database")
    }

    /// One derivation; nil when a fact arrived meanwhile (the store refused the write).
    func attempt() throws -> Outcome? {
        var outcome = Outcome()
        let state = try store.derivationState()
        guard let horizon = state.horizon, var from = state.from, from <= horizon else { return outcome }

        // Where the engine resumes: where this derivation left it, when it goes on from the
        // next day; else the latest checkpoint on or before from (a Monday or a month's start);
        // with none, from the start of from's month with nothing open, or for a store an
        // earlier version processed, from the day after it with what it left open (a
        // checkpoint is then written there).
        var engine: CaseEngine
        var start: CivilDate
        var noted: Set<YearMonth> = []
        // The checkpoint days the store holds already, not to be written again.
        var held: CivilDate?
        var checkpoints: [EngineCheckpoint] = []
        if let resume, resume.through == state.through, resume.arrival == state.derivedArrival, from == resume.through.adding(days: 1) {
            start = from
            engine = resume.engine
            noted = resume.noted
            held = resume.checkpoint
        } else if let checkpoint = try store.checkpoint(onOrBefore: from) {
            start = checkpoint.day
            held = checkpoint.day
            engine = CaseEngine(set: set, openCases: checkpoint.openCases, timers: checkpoint.timers, directory: directory)
            engine.restore(bookings: checkpoint.bookings)
        } else if let frozen = state.frozenThrough {
            start = frozen.adding(days: 1)
            from = start
            engine = CaseEngine(set: set, openCases: try store.openCases(), timers: try store.pendingTimers(), directory: directory)
            checkpoints.append(engine.checkpoint(at: start))
            held = start
        } else {
            start = YearMonth(of: from).firstDay
            from = start
            engine = CaseEngine(set: set, directory: directory)
        }
        resume = nil

        outcome.calendarWarnings.merge(try RoundsRunner.storeMonths(set: set, store: store, planMonth: planMonth, from: start, through: horizon))
        engine.assignments = try store.assignments(from: start, through: horizon)
        var month = YearMonth(of: start)
        while month <= YearMonth(of: horizon) {
            if noted.insert(month).inserted { engine.noteSittings(try store.sittings(in: month)) }
            guard month.next != month else { break }
            month = month.next
        }
        let book = try FactBook(try store.facts(from: start, through: horizon), caseType: set.caseType, store: "facts")

        var reverted: [EngineCase] = []
        var days: [ChangeSet] = []
        for day in start...horizon {
            if day == from { reverted = engine.open.values.sorted { $0.id < $1.id } }
            if day >= from, Self.isCheckpointDay(day), day != held { checkpoints.append(engine.checkpoint(at: day)) }
            var changes = ChangeSet()
            let facts = book.day(day)
            let held = try occurrences(on: day, facts: facts, engine: &engine, into: &changes)
            engine.process(day: day, held: held, facts: facts, into: &changes)
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
        resume = (horizon, state.lastArrival, engine, noted, Self.isCheckpointDay(next) ? next : nil)
        outcome.days = from...horizon
        return outcome
    }

    /// The occurrences of a day as the sheets have them: those published for the day, those a
    /// report moved to it (改期: held by those planned unless it names others) and those it
    /// adds (加开), in that order. A sitting a report moved away is still among the day's
    /// published ones, but no report of that day names it: it is not held that day.
    func occurrences(on day: CivilDate, facts: FactBook.Day, engine: inout CaseEngine, into changes: inout ChangeSet) throws -> [OccurrenceRef] {
        // As published: a sitting an earlier derivation moved here or added comes from the reports.
        var held = try store.occurrences(on: day).filter { !$0.isExtra && $0.date == day }
        for (id, report) in facts.reports.sorted(by: { $0.key < $1.key }) {
            switch report.status {
            case .moved:
                guard let planned = report.planned, var occurrence = try store.occurrences(on: planned).first(where: { $0.id == id && !$0.isExtra }) else { continue }
                if engine.assignments[id] == nil {
                    engine.assignments[id] = try store.assignmentRows(on: planned).filter { $0.occurrenceID == id }.map(\.personID)
                }
                occurrence.heldOn = day
                held.append(occurrence)
                changes.occurrencesMoved.append(id)
            case .extra:
                guard let occurrence = OccurrenceExpander(set: set).extra(workflow: report.workflow, site: report.site, on: day), occurrence.id == id
                else { continue }
                engine.assignments[id] = report.staff
                held.append(occurrence)
                changes.occurrencesAdded.append(occurrence)
            case .held, .notHeld, .substitute:
                continue
            }
        }
        return held
    }
}
