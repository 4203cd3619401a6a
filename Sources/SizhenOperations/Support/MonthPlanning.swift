import SizhenEngine
import SizhenModel
import SizhenRecords

/// How a month's plan is made when the engine first reaches the month: the planner's plan,
/// stored with its occurrences.
enum MonthPlanning {
    /// A planner for `rounds`, `intake import` and `simulate`.
    static func planner(for set: WorkflowSet, options: PlannerOptions = PlannerOptions()) -> MonthPlanner {
        { schedule, sessionDays in monthPlan(Planner(set: set, options: options).plan(schedule, sessionDays: sessionDays), schedule: schedule) }
    }

    /// The stored form of a plan: its assignments by occurrence and slot, and the whole plan.
    static func monthPlan(_ plan: Plan, schedule: MonthSchedule) -> MonthPlan {
        var positions: [String: Int] = [:]
        let assignments = plan.assignments.map { assignment -> MonthPlan.Assignment in
            let key = assignment.occurrence + "/" + assignment.slot
            let position = positions[key, default: 0]
            positions[key] = position + 1
            return MonthPlan.Assignment(occurrenceID: assignment.occurrence, slot: assignment.slot, position: position,
                                        personID: assignment.person, reason: assignment.reason)
        }
        var unfilledPositions: [String: Int] = [:]
        let unfilled = plan.unfilled.map { slot -> MonthPlan.Unfilled in
            let key = slot.occurrence + "/" + slot.slot
            let position = (positions[key] ?? 0) + unfilledPositions[key, default: 0]
            unfilledPositions[key, default: 0] += 1
            return MonthPlan.Unfilled(occurrenceID: slot.occurrence, slot: slot.slot, position: position, reason: slot.reason)
        }
        return MonthPlan(month: schedule.month, occurrences: schedule.occurrences, assignments: assignments, unfilled: unfilled,
                         skipped: schedule.skipped, plan: plan)
    }
}
