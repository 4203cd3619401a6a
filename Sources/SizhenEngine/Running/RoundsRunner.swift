import SizhenDiagnostics
import SizhenCalendar
import SizhenModel
import SizhenRecords

/// Makes a month's plan from its schedule, keeping people free on the days they already have a
/// session (a 会诊 panel, a 送法到家 visit), by person id.
public typealias MonthPlanner = (_ schedule: MonthSchedule, _ sessionDays: [String: Set<CivilDate>]) -> MonthPlan

/// Advances the stored state of a district day by day: each day in its own transaction, so
/// that a command killed part way leaves whole days behind it and running it again finishes
/// the job; a day already processed is never processed again.
public struct RoundsRunner {
    /// The loaded workflows.
    public let set: WorkflowSet
    /// The store.
    public let store: any Store
    /// Makes a month's plan (occurrences and assignments) the first time a month is reached.
    public var planMonth: MonthPlanner
    /// The people, indexed once for the engine.
    let directory: StaffDirectory

    /// Creates a runner; without a planner, months are stored with their occurrences and no
    /// assignments.
    public init(set: WorkflowSet, store: any Store, planMonth: MonthPlanner? = nil) {
        self.set = set
        self.store = store
        self.planMonth = planMonth ?? { schedule, _ in
            MonthPlan(month: schedule.month, occurrences: schedule.occurrences, assignments: [], unfilled: [], skipped: schedule.skipped)
        }
        directory = StaffDirectory(set: set)
    }

    /// What advancing did.
    public struct Outcome: Sendable {
        /// The days processed now (empty when they all were before).
        public var daysProcessed: [CivilDate] = []
        /// Warnings for the person running the command.
        public var warnings: [Message] = []
        /// Fallback calendar uses.
        public var calendarWarnings = CalendarWarnings()
    }

    /// Stores the plan of each month from `first` through `last` not stored yet, keeping the
    /// people of pending sessions free on their sessions' days.
    public func storeMonths(from first: CivilDate, through last: CivilDate) throws -> CalendarWarnings {
        try Self.storeMonths(set: set, store: store, planMonth: planMonth, from: first, through: last)
    }

    /// Stores the plan of each month from `first` through `last` not stored yet (see the
    /// method), without a runner (whose staff directory costs more than a day's check).
    public static func storeMonths(set: WorkflowSet, store: any Store, planMonth: MonthPlanner, from first: CivilDate, through last: CivilDate) throws
        -> CalendarWarnings {
        var warnings = CalendarWarnings()
        var month = YearMonth(of: first)
        while month <= YearMonth(of: last) {
            if try !store.isMonthStored(month) {
                let schedule = try OccurrenceExpander(set: set).expand(month: month)
                warnings.merge(schedule.warnings)
                var plan = planMonth(schedule, try store.pendingSessionDays(in: month))
                plan.skipped = schedule.skipped
                try store.storeMonth(plan)
            }
            guard month.next != month else { break }
            month = month.next
        }
        return warnings
    }

    /// An engine resuming from the store: open cases, pending timers, the assignments of the
    /// days around `first`…`last`, and who sits on which day of the months stored from `first`
    /// on (so that no session is booked on a person's sitting day).
    public func engine(from first: CivilDate, through last: CivilDate) throws -> CaseEngine {
        var engine = CaseEngine(set: set, openCases: try store.openCases(), timers: try store.pendingTimers(), directory: directory)
        engine.assignments = try store.assignments(from: first.adding(days: -366), through: last)
        var month = YearMonth(of: first)
        while try store.isMonthStored(month) {
            let dates = Dictionary(try store.occurrences(in: month).map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
            engine.noteSittings(try store.assignmentRows(in: month).compactMap { row in dates[row.occurrenceID].map { (row.personID, $0) } })
            guard month.next != month else { break }
            month = month.next
        }
        return engine
    }

    /// Plans the months up to `date` if needed, then processes every day not yet processed up
    /// to and including `date`, starting from the first day of the month of the first date
    /// ever asked for.
    /// `opening` gives the cases of each day's occurrences (the simulation's demand model).
    /// `absences` gives each day's absences and replacements (the simulation's sick days), from
    /// the day, its occurrences, who is assigned to each, how many assignments each person
    /// holds, and who is free that day.
    public func advance(through date: CivilDate, opening: (([OccurrenceRef]) -> [CaseInput])? = nil,
                        absences: ((CivilDate, [OccurrenceRef], [String: [String]], [String: Int], StaffCalendar) -> [Reassignment])? = nil,
                        progress: ((CivilDate) -> Void)? = nil) throws -> Outcome {
        var outcome = Outcome()
        let first = try store.lastProcessedDay().map { $0.adding(days: 1) } ?? YearMonth(of: date).firstDay
        guard first <= date else { return outcome }
        outcome.calendarWarnings.merge(try storeMonths(from: first, through: date))
        var engine = try engine(from: first, through: date)
        // How many assignments each person holds, for the absence model: counted once, then
        // kept up to date with the day's reassignments, rather than recounted every day over
        // the whole district's assignments.
        var used = absences == nil ? [:] : Self.counts(of: engine.assignments)
        for day in first...date {
            var changes = ChangeSet()
            let held = try store.occurrences(on: day)
            var reassigning: [Reassignment] = []
            if let absences { reassigning = absences(day, held, engine.assignments, used, engine.staffCalendar) }
            let before = reassigning.map { ($0.occurrenceID, engine.assignments[$0.occurrenceID] ?? []) }
            engine.process(day: day, held: held, opening: opening, reassigning: reassigning, into: &changes)
            guard try store.commit(changes) else {
                // Another command processed this day meanwhile: continue from what it stored.
                engine = try self.engine(from: first, through: date)
                used = absences == nil ? [:] : Self.counts(of: engine.assignments)
                continue
            }
            if absences != nil {
                var seen = Set<String>()
                for (occurrence, staff) in before where seen.insert(occurrence).inserted {
                    for person in staff { Self.count(person, by: -1, in: &used) }
                    for person in engine.assignments[occurrence] ?? [] { Self.count(person, by: 1, in: &used) }
                }
            }
            outcome.daysProcessed.append(day)
            outcome.warnings += changes.warnings
            progress?(day)
        }
        return outcome
    }
    /// How many of `assignments` each person holds (people with none are left out).
    static func counts(of assignments: [String: [String]]) -> [String: Int] {
        var used: [String: Int] = [:]
        for people in assignments.values { for person in people { used[person, default: 0] += 1 } }
        return used
    }

    /// Adds `change` to a person's count, leaving out a person whose count falls to zero, as
    /// `counts(of:)` does.
    static func count(_ person: String, by change: Int, in used: inout [String: Int]) {
        let value = (used[person] ?? 0) + change
        used[person] = value == 0 ? nil : value
    }
}
