import SizhenDiagnostics
import SizhenCalendar
import SizhenModel
import SizhenRecords

/// Advances the stored state of a district day by day: each day in its own transaction, so
/// that a command killed part way leaves whole days behind it and running it again finishes
/// the job; a day already processed is never processed again.
public struct RoundsRunner {
    /// The loaded workflows.
    public let set: WorkflowSet
    /// The store.
    public let store: any Store
    /// Makes a month's plan (occurrences and assignments) the first time a month is reached.
    public var planMonth: (MonthSchedule) -> MonthPlan

    /// Creates a runner; without a planner, months are stored with their occurrences and no
    /// assignments.
    public init(set: WorkflowSet, store: any Store, planMonth: ((MonthSchedule) -> MonthPlan)? = nil) {
        self.set = set
        self.store = store
        self.planMonth = planMonth ?? { MonthPlan(month: $0.month, occurrences: $0.occurrences, assignments: [], unfilled: [], skipped: $0.skipped) }
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

    /// Stores the plan of each month from `first` through `last` not stored yet.
    public func storeMonths(from first: CivilDate, through last: CivilDate) throws -> CalendarWarnings {
        var warnings = CalendarWarnings()
        var month = YearMonth(of: first)
        while month <= YearMonth(of: last) {
            if try !store.isMonthStored(month) {
                let schedule = try OccurrenceExpander(set: set).expand(month: month)
                warnings.merge(schedule.warnings)
                var plan = planMonth(schedule)
                plan.skipped = schedule.skipped
                try store.storeMonth(plan)
            }
            month = month.month == 12 ? YearMonth(year: month.year + 1, month: 1)! : YearMonth(year: month.year, month: month.month + 1)!
        }
        return warnings
    }

    /// Plans the months up to `date` if needed, then processes every day not yet processed up
    /// to and including `date`, starting from the first day of the month of the first date
    /// ever asked for.
    /// `opening` gives the cases of each day's occurrences (the simulation's demand model).
    /// `absences` gives each day's absences and replacements (the simulation's sick days).
    public func advance(through date: CivilDate, opening: (([OccurrenceRef]) -> [CaseInput])? = nil,
                        absences: ((CivilDate, [OccurrenceRef], [String: [String]], [String: Int]) -> [Reassignment])? = nil,
                        progress: ((CivilDate) -> Void)? = nil) throws -> Outcome {
        var outcome = Outcome()
        let first = try store.lastProcessedDay().map { $0.adding(days: 1) } ?? YearMonth(of: date).firstDay
        guard first <= date else { return outcome }
        outcome.calendarWarnings.merge(try storeMonths(from: first, through: date))
        var engine = CaseEngine(set: set, openCases: try store.openCases(), timers: try store.pendingTimers())
        engine.assignments = try store.assignments(from: first.adding(days: -366), through: date)
        // How many assignments each person holds, for the absence model: counted once, then
        // kept up to date with the day's reassignments, rather than recounted every day over
        // the whole district's assignments.
        var used = absences == nil ? [:] : Self.counts(of: engine.assignments)
        for day in first...date {
            var changes = ChangeSet()
            let held = try store.occurrences(on: day)
            var reassigning: [Reassignment] = []
            if let absences { reassigning = absences(day, held, engine.assignments, used) }
            let before = reassigning.map { ($0.occurrenceID, engine.assignments[$0.occurrenceID] ?? []) }
            engine.process(day: day, held: held, opening: opening, reassigning: reassigning, into: &changes)
            guard try store.commit(changes) else {
                // Another command processed this day meanwhile: continue from what it stored.
                engine = CaseEngine(set: set, openCases: try store.openCases(), timers: try store.pendingTimers())
                engine.assignments = try store.assignments(from: first.adding(days: -366), through: date)
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
