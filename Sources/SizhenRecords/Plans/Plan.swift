import SizhenDiagnostics

/// A month's plan: who fills each slot of each occurrence, why, and what could not be filled.
///
/// Plain values, so that a store can keep a plan and hand it back as the pinned plan of the
/// next run (see `Planner.plan(_:pinned:)`).
public struct Plan: Sendable, Hashable, Codable {
    /// The month, `2026-12`.
    public var month: String
    /// Filled seats, in occurrence order, then slot order (the workflow's), then person id.
    public var assignments: [Assignment]
    /// Seats nobody can fill, in the same order.
    public var unfilled: [UnfilledSlot]
    /// Assignments of the pinned plan that could not be kept, with why.
    public var released: [ReleasedAssignment]

    /// Creates a plan.
    public init(month: String, assignments: [Assignment], unfilled: [UnfilledSlot], released: [ReleasedAssignment] = []) {
        self.month = month
        self.assignments = assignments
        self.unfilled = unfilled
        self.released = released
    }

    enum CodingKeys: String, CodingKey {
        case month, assignments, unfilled, released
    }

    /// Decodes a stored plan or the `--format json` output of `sizhen plan`, which has no
    /// `month` and no `released`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        month = try container.decodeIfPresent(String.self, forKey: .month) ?? ""
        assignments = try container.decodeIfPresent([Assignment].self, forKey: .assignments) ?? []
        unfilled = try container.decodeIfPresent([UnfilledSlot].self, forKey: .unfilled) ?? []
        released = try container.decodeIfPresent([ReleasedAssignment].self, forKey: .released) ?? []
    }

    /// The assignments of one person.
    public func assignments(of person: String) -> [Assignment] { assignments.filter { $0.person == person } }
}

/// One person in one seat of an occurrence's slot.
public struct Assignment: Sendable, Hashable, Codable {
    /// The occurrence id, `jiezhen/haitangxi-yanyu/2026-12-09/1`.
    public var occurrence: String
    /// The workflow id.
    public var workflow: String
    /// The site id.
    public var site: String
    /// The date held, `2026-12-09`.
    public var date: String
    /// The start, RFC 3339 in the district's zone.
    public var start: String
    /// The end, RFC 3339 in the district's zone.
    public var end: String
    /// The slot's name.
    public var slot: String
    /// The person's id.
    public var person: String
    /// Why this person: the preferences met, and why better-placed people could not sit.
    public var reason: Message
    /// The runners-up and why each lost (for `--explain`); empty in a decoded JSON output.
    public var alternatives: [Alternative]
    /// Whether it was kept from the pinned plan.
    public var isPinned: Bool

    /// Creates an assignment.
    public init(occurrence: String, workflow: String, site: String, date: String, start: String, end: String, slot: String,
                person: String, reason: Message, alternatives: [Alternative] = [], isPinned: Bool = false) {
        self.occurrence = occurrence
        self.workflow = workflow
        self.site = site
        self.date = date
        self.start = start
        self.end = end
        self.slot = slot
        self.person = person
        self.reason = reason
        self.alternatives = alternatives
        self.isPinned = isPinned
    }

    enum CodingKeys: String, CodingKey {
        case occurrence, workflow, site, date, start, end, slot, person, reason, alternatives
        case isPinned = "pinned"
    }

    /// The keys of `sizhen plan --format json` that hold the reason's message.
    enum OutputKeys: String, CodingKey {
        case reasonCode = "reason_code", reasonArgs = "reason_args"
    }

    /// Decodes an assignment; `alternatives` and `pinned` may be absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        occurrence = try container.decode(String.self, forKey: .occurrence)
        workflow = try container.decode(String.self, forKey: .workflow)
        site = try container.decode(String.self, forKey: .site)
        date = try container.decode(String.self, forKey: .date)
        start = try container.decodeIfPresent(String.self, forKey: .start) ?? ""
        end = try container.decodeIfPresent(String.self, forKey: .end) ?? ""
        slot = try container.decode(String.self, forKey: .slot)
        person = try container.decode(String.self, forKey: .person)
        // A stored plan keeps the reason as a message object; the `--format json` output has its
        // text in `reason` and the message in `reason_code` and `reason_args`.
        let output = try decoder.container(keyedBy: OutputKeys.self)
        if let code = try output.decodeIfPresent(String.self, forKey: .reasonCode) {
            let arguments = try output.decodeIfPresent([String: MessageValue].self, forKey: .reasonArgs) ?? [:]
            reason = Message(code: code, arguments: arguments.map { MessageArgument(name: $0.key, value: $0.value) })
        } else {
            reason = try container.decodeIfPresent(Message.self, forKey: .reason) ?? PlanMessage.replanned()
        }
        alternatives = try container.decodeIfPresent([Alternative].self, forKey: .alternatives) ?? []
        isPinned = try container.decodeIfPresent(Bool.self, forKey: .isPinned) ?? false
    }

    /// The seat's key within a plan: occurrence and slot.
    public var seatKey: String { occurrence + "#" + slot }
}

/// A candidate who was not chosen, and why.
public struct Alternative: Sendable, Hashable, Codable {
    /// The person's id.
    public var person: String
    /// Why they lost: `not paired with 烟雨社区`, `on leave 12-14…12-18`, `chosen for 海棠溪社区`.
    public var reason: Message

    /// Creates an alternative.
    public init(person: String, reason: Message) {
        self.person = person
        self.reason = reason
    }
}

/// A seat nobody can fill, with the reason per role the slot accepts.
public struct UnfilledSlot: Sendable, Hashable, Codable {
    /// The occurrence id.
    public var occurrence: String
    /// The workflow id.
    public var workflow: String
    /// The site id.
    public var site: String
    /// The date held.
    public var date: String
    /// The slot's name.
    public var slot: String
    /// Why, per candidate role: `lawyer: 50 hold the role — 48 not available 周六 09:00-11:30, 2 on leave`.
    public var reason: Message

    /// Creates an unfilled slot.
    public init(occurrence: String, workflow: String, site: String, date: String, slot: String, reason: Message) {
        self.occurrence = occurrence
        self.workflow = workflow
        self.site = site
        self.date = date
        self.slot = slot
        self.reason = reason
    }

    /// The seat's key within a plan: occurrence and slot.
    public var seatKey: String { occurrence + "#" + slot }
}

/// An assignment of the pinned plan that the new plan could not keep.
public struct ReleasedAssignment: Sendable, Hashable, Codable {
    /// The pinned assignment.
    public var assignment: Assignment
    /// Why it was released: `曹文敏 on leave 12-07…12-11`, `L012 is no longer on the staff`.
    public var reason: Message

    /// Creates a released assignment.
    public init(assignment: Assignment, reason: Message) {
        self.assignment = assignment
        self.reason = reason
    }
}
