import SizhenCalendar
import SizhenModel
import SizhenRecords

/// How the planner weighs and bounds its work.
public struct PlannerOptions: Sendable, Hashable {
    /// Minutes a person needs between occurrences at sites in different streets on the same
    /// day: the district's `travel_buffer` (see ``init(district:)``).
    public var travelBufferMinutes: Int
    /// How many of its best candidates each seat brings to the exact min-cost assignment of its
    /// time window (default 12); further candidates are tried, best first, only by seats the
    /// assignment left empty.
    public var candidatesPerSeat: Int

    /// Creates options.
    public init(travelBufferMinutes: Int = 30, candidatesPerSeat: Int = 12) {
        self.travelBufferMinutes = max(0, travelBufferMinutes)
        self.candidatesPerSeat = max(1, candidatesPerSeat)
    }

    /// The options a district sets: its `travel_buffer`.
    public init(district: District) {
        self.init(travelBufferMinutes: district.travelBufferMinutes)
    }
}

/// Fills the slots of a month's occurrences with people (定人).
///
/// Hard constraints: the slot's roles, the person's weekly availability, leave, no
/// double-booking (overlapping hours, or less than the travel buffer between sites in
/// different streets on the same day), and the per-month, per-week and per-day limits.
/// Preferences, in the slot's `prefer` order: paired (结对), same street, skills, continuity,
/// least loaded; the load (assignments this month) always breaks what remains, then the
/// person's id.
///
/// Time windows (a date and its hours) are planned in date order. In each, the seats and their
/// best candidates form a min-cost assignment problem with lexicographic costs, solved exactly
/// (Hungarian algorithm) per group of seats that share candidates; a seat left empty takes the
/// best free candidate from the rest. A local search then moves assignments from the busiest
/// people to people with at least two fewer, where no hard constraint breaks and no
/// higher-ranked preference gets worse. Assignments of a pinned plan that are still valid are
/// kept as they are. Deterministic: no randomness, no clock, no hash order.
/// `on_demand` slots are not planned: the engine fills them per case.
public struct Planner: Sendable {
    /// The loaded workflows.
    public var set: WorkflowSet
    /// The options.
    public var options: PlannerOptions

    /// Creates a planner; without options, those the district sets.
    public init(set: WorkflowSet, options: PlannerOptions? = nil) {
        self.set = set
        self.options = options ?? PlannerOptions(district: set.district)
    }

    /// The plan of `schedule`'s occurrences, keeping what it can of `pinned`.
    /// `sessionDays` are the days, by person id, a person already has a session (a 会诊 panel, a
    /// 送法到家 visit): they sit nowhere those days.
    public func plan(_ schedule: MonthSchedule, pinned: Plan? = nil, sessionDays: [String: Set<CivilDate>] = [:]) -> Plan {
        var run = PlanningRun(set: set, schedule: schedule, options: options, sessionDays: sessionDays)
        if let pinned { run.reserve(pinned) }
        run.planWindows()
        run.balanceLoads()
        return run.result(month: schedule.month.description)
    }
}

extension Planner {
    /// This planner as the rounds use it: the first time the engine reaches a month, its plan,
    /// keeping people free on their session days, in its stored form.
    public var monthPlanner: MonthPlanner {
        { schedule, sessionDays in MonthPlan(plan(schedule, sessionDays: sessionDays), schedule: schedule) }
    }
}
