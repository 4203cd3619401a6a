import SizhenCalendar
import SizhenDiagnostics

/// A month as stored: its occurrences with who fills each slot, and the slots nobody can fill.
public struct MonthPlan: Sendable {
    /// One person in one slot of an occurrence.
    public struct Assignment: Sendable, Hashable {
        public var occurrenceID: String
        public var slot: String
        public var position: Int
        public var personID: String
        public var reason: Message

        /// Creates an assignment.
        public init(occurrenceID: String, slot: String, position: Int, personID: String, reason: Message) {
            self.occurrenceID = occurrenceID
            self.slot = slot
            self.position = position
            self.personID = personID
            self.reason = reason
        }
    }

    /// A slot nobody can fill.
    public struct Unfilled: Sendable, Hashable {
        public var occurrenceID: String
        public var slot: String
        public var position: Int
        public var reason: Message

        /// Creates an unfilled slot.
        public init(occurrenceID: String, slot: String, position: Int, reason: Message) {
            self.occurrenceID = occurrenceID
            self.slot = slot
            self.position = position
            self.reason = reason
        }
    }

    /// The month.
    public var month: YearMonth
    /// Its occurrences.
    public var occurrences: [Occurrence]
    /// Who fills which slot.
    public var assignments: [Assignment]
    /// What nobody can fill.
    public var unfilled: [Unfilled]
    /// Rule dates not held (holiday policy `skip`).
    public var skipped: [SkippedOccurrence]
    /// The planner's whole plan with explanations and alternatives, kept so that a later
    /// re-plan can pin it.
    public var plan: Plan?

    /// Creates a month plan.
    public init(month: YearMonth, occurrences: [Occurrence], assignments: [Assignment], unfilled: [Unfilled], skipped: [SkippedOccurrence] = [],
                plan: Plan? = nil) {
        self.month = month
        self.occurrences = occurrences
        self.assignments = assignments
        self.unfilled = unfilled
        self.skipped = skipped
        self.plan = plan
    }
}

extension MonthPlan {
    /// The stored form of a plan of `schedule`: its assignments by occurrence and slot, the
    /// unfilled slots after them, and the whole plan.
    public init(_ plan: Plan, schedule: MonthSchedule) {
        var positions: [String: Int] = [:]
        let assignments = plan.assignments.map { assignment -> Assignment in
            let key = assignment.occurrence + "/" + assignment.slot
            let position = positions[key, default: 0]
            positions[key] = position + 1
            return Assignment(occurrenceID: assignment.occurrence, slot: assignment.slot, position: position,
                              personID: assignment.person, reason: assignment.reason)
        }
        var unfilledPositions: [String: Int] = [:]
        let unfilled = plan.unfilled.map { slot -> Unfilled in
            let key = slot.occurrence + "/" + slot.slot
            let position = (positions[key] ?? 0) + unfilledPositions[key, default: 0]
            unfilledPositions[key, default: 0] += 1
            return Unfilled(occurrenceID: slot.occurrence, slot: slot.slot, position: position, reason: slot.reason)
        }
        self.init(month: schedule.month, occurrences: schedule.occurrences, assignments: assignments, unfilled: unfilled,
                  skipped: schedule.skipped, plan: plan)
    }
}
