import SizhenEngine
import SizhenModel

/// How a month's plan is made when the engine first reaches the month.
enum MonthPlanning {
    /// The month's occurrences; assignments come from the planner.
    static func planner(for set: WorkflowSet) -> (MonthSchedule) -> MonthPlan {
        { schedule in MonthPlan(month: schedule.month, occurrences: schedule.occurrences, assignments: [], unfilled: [], skipped: schedule.skipped) }
    }
}
