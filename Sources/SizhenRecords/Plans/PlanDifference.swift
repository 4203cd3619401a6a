import SizhenDiagnostics
import SizhenCalendar

/// What changed between a pinned plan and a new one: seats that changed hands, seats filled
/// that the pinned plan did not have, and seats of the pinned plan no longer filled.
public struct PlanDifference: Sendable, Hashable {
    /// A seat that changed hands.
    public struct Move: Sendable, Hashable {
        /// The pinned assignment.
        public var before: Assignment
        /// The new one.
        public var after: Assignment
        /// Why the pinned person could not keep it.
        public var reason: Message

        /// Creates a move.
        public init(before: Assignment, after: Assignment, reason: Message) {
            self.before = before
            self.after = after
            self.reason = reason
        }
    }

    /// A pinned seat that is not filled any more.
    public struct Removal: Sendable, Hashable {
        /// The pinned assignment.
        public var assignment: Assignment
        /// Why: released, unfilled, or the occurrence is no longer held.
        public var reason: Message

        /// Creates a removal.
        public init(assignment: Assignment, reason: Message) {
            self.assignment = assignment
            self.reason = reason
        }
    }

    /// Seats that changed hands, in the new plan's order.
    public var moved: [Move]
    /// Seats filled now that the pinned plan did not fill, in the new plan's order.
    public var added: [Assignment]
    /// Seats of the pinned plan no longer filled, in the pinned plan's order.
    public var removed: [Removal]

    /// Whether nothing changed.
    public var isEmpty: Bool { moved.isEmpty && added.isEmpty && removed.isEmpty }

    /// The changes on `day` and after: what re-publishing from `day` stores (the days before
    /// keep what was published).
    public func from(_ day: CivilDate) -> PlanDifference {
        let first = day.description
        var kept = self
        kept.moved = moved.filter { $0.after.date >= first }
        kept.added = added.filter { $0.date >= first }
        kept.removed = removed.filter { $0.assignment.date >= first }
        return kept
    }

    /// One line per change, in order, with the seat and the people: what a digest of the
    /// difference is taken over.
    public var lines: [String] {
        moved.map { "moved \($0.after.occurrence) \($0.after.slot) \($0.before.person) \($0.after.person)" }
            + added.map { "added \($0.occurrence) \($0.slot) \($0.person)" }
            + removed.map { "removed \($0.assignment.occurrence) \($0.assignment.slot) \($0.assignment.person)" }
    }

    /// The difference from `pinned` to `plan`. A seat is its occurrence and slot; when a slot
    /// has several seats, people in both plans stay, and the others are paired off as moves in
    /// id order.
    public init(from pinned: Plan, to plan: Plan) {
        var releasedWhy: [String: Message] = [:]
        for item in plan.released {
            releasedWhy[item.assignment.seatKey + "@" + item.assignment.person] = item.reason
        }
        var unfilledWhy: [String: Message] = [:]
        for item in plan.unfilled where unfilledWhy[item.seatKey] == nil { unfilledWhy[item.seatKey] = item.reason }
        var before: [String: [Assignment]] = [:]
        for item in pinned.assignments { before[item.seatKey, default: []].append(item) }
        var after: [String: [Assignment]] = [:]
        for item in plan.assignments { after[item.seatKey, default: []].append(item) }

        var moved: [Move] = []
        var added: [Assignment] = []
        var matchedBefore: Set<String> = []
        var seen: Set<String> = []
        for item in plan.assignments where !seen.contains(item.seatKey) {
            seen.insert(item.seatKey)
            let old = (before[item.seatKey] ?? []).sorted { $0.person < $1.person }
            let new = (after[item.seatKey] ?? []).sorted { $0.person < $1.person }
            let stay = Set(old.map(\.person)).intersection(new.map(\.person))
            let gone = old.filter { !stay.contains($0.person) }
            let came = new.filter { !stay.contains($0.person) }
            for (index, assignment) in came.enumerated() {
                if index < gone.count {
                    let previous = gone[index]
                    let why = releasedWhy[previous.seatKey + "@" + previous.person] ?? PlanMessage.replanned()
                    moved.append(Move(before: previous, after: assignment, reason: why))
                    matchedBefore.insert(previous.seatKey + "@" + previous.person)
                } else {
                    added.append(assignment)
                }
            }
            for person in stay { matchedBefore.insert(item.seatKey + "@" + person) }
        }
        var removed: [Removal] = []
        for item in pinned.assignments where !matchedBefore.contains(item.seatKey + "@" + item.person) {
            let key = item.seatKey + "@" + item.person
            var why = releasedWhy[key] ?? PlanMessage.occurrenceGone()
            if let unfilled = unfilledWhy[item.seatKey] { why = PlanMessage.nowUnfilled(["why": .message(why), "unfilled": .message(unfilled)]) }
            removed.append(Removal(assignment: item, reason: why))
        }
        self.moved = moved
        self.added = added
        self.removed = removed
    }
}
