import SizhenCalendar
import SizhenDiagnostics

/// A service record: what the statistics count (法律咨询, 人民调解, 送法到家 …).
public struct ServiceRecord: Sendable, Hashable {
    /// `<case>:<step>`: one record per step of a case, so re-running adds nothing.
    public var id: String
    /// The record type (a `record_types` id).
    public var type: String
    /// The workflow.
    public var workflowID: String
    /// The occurrence it belongs to, if any.
    public var occurrenceID: String?
    /// The community (or district).
    public var siteID: String
    /// Its street, when the site is a community.
    public var streetID: String?
    /// The day.
    public var date: CivilDate
    /// Who served.
    public var staff: [String]
    /// The case.
    public var caseID: String
    /// resolved, unresolved, referred, or held (for events).
    public var outcome: String
    /// The subsidy the decision table gave, in yuan.
    public var subsidyYuan: Int?
    /// The subsidy tier (简单, 一般, 复杂).
    public var subsidyTier: String?

    /// Creates a record.
    public init(id: String, type: String, workflowID: String, occurrenceID: String?, siteID: String, streetID: String?, date: CivilDate,
                staff: [String], caseID: String, outcome: String, subsidyYuan: Int? = nil, subsidyTier: String? = nil) {
        self.id = id
        self.type = type
        self.workflowID = workflowID
        self.occurrenceID = occurrenceID
        self.siteID = siteID
        self.streetID = streetID
        self.date = date
        self.staff = staff
        self.caseID = caseID
        self.outcome = outcome
        self.subsidyYuan = subsidyYuan
        self.subsidyTier = subsidyTier
    }
}

/// One entry of the append-only audit log: every decision the engine takes.
public struct EngineEvent: Sendable, Hashable {
    /// What happened.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case occurrenceHeld = "occurrence_held"
        case caseOpened = "case_opened"
        case stepRun = "step_run"
        case stepSkipped = "step_skipped"
        case tableMatched = "table_matched"
        case escalated
        case timerSet = "timer_set"
        case timerFired = "timer_fired"
        case sessionScheduled = "session_scheduled"
        case sessionHeld = "session_held"
        case deadlineMet = "deadline_met"
        case overdue
        case unfilled
        case caseClosed = "case_closed"
        case ruleError = "rule_error"
        case absence
        case monthPlanned = "month_planned"
        case monthReplanned = "month_replanned"
        case occurrenceNotHeld = "occurrence_not_held"
        case caseVoided = "case_voided"
        case sessionNotAwaited = "session_not_awaited"

        /// Whether it is about a month's plan (stored with the plan, not derived from facts).
        public var isPlanning: Bool { self == .monthPlanned || self == .monthReplanned }
    }

    /// The day it happened on.
    public var date: CivilDate
    /// The kind.
    public var kind: Kind
    /// The case concerned.
    public var caseID: String?
    /// The occurrence concerned.
    public var occurrenceID: String?
    /// What happened, as a code with arguments (rendered in the reader's language).
    public var message: Message

    /// Creates an event.
    public init(date: CivilDate, kind: Kind, caseID: String? = nil, occurrenceID: String? = nil, message: Message) {
        self.date = date
        self.kind = kind
        self.caseID = caseID
        self.occurrenceID = occurrenceID
        self.message = message
    }
}

/// Something due on a day: an escalation to re-check (`after`), a deadline to check
/// (`within`), or a session (a panel sitting, a home visit) to hold.
public struct EngineTimer: Sendable, Hashable {
    /// What is due.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Re-check an escalation's `when` (its `after` has passed).
        case escalation
        /// Check that the case was acted on by its deadline.
        case deadline
        /// Hold a scheduled session: the case's waiting steps run that day.
        case session
    }

    /// `<case>@<kind>:<name>`, stable.
    public var id: String
    /// The case.
    public var caseID: String
    /// What is due.
    public var kind: Kind
    /// The escalation id, step id, or session description.
    public var name: String
    /// The day it is due.
    public var due: CivilDate
    /// For a session: who sits or goes.
    public var people: [String]

    /// Creates a timer.
    public init(caseID: String, kind: Kind, name: String, due: CivilDate, people: [String] = []) {
        self.id = "\(caseID)@\(kind.rawValue):\(name)"
        self.caseID = caseID
        self.kind = kind
        self.name = name
        self.due = due
        self.people = people
    }
}
