import SizhenCalendar
import SizhenModel
import SizhenRules

/// A case as the engine runs it: opened by a visitor, a need found on a round, an event, or an
/// escalation; carried through its workflow's steps; closed when its last step is done.
public struct EngineCase: Sendable, Hashable {
    /// A stable id: `<occurrence>#<ordinal>` for a visitor or need, `<occurrence>#event` for an
    /// event, `<parent>><escalation>` for a case an escalation opened.
    public var id: String
    /// The workflow it runs in.
    public var workflowID: String
    /// The occurrence it was opened at (nil for an escalated case).
    public var occurrenceID: String?
    /// The community (or the district, for district-wide workflows).
    public var siteID: String
    /// The day it opened.
    public var openedOn: CivilDate
    /// What opened it.
    public var source: CaseSource
    /// The case it was escalated from.
    public var parentID: String?
    /// Its fields, by the case schema's names.
    public var fields: [String: RuleValue]
    /// Where it stands.
    public var status: CaseStatus
    /// The people who served it.
    public var staff: [String]
    /// People who must not sit on its panel: the staff of the cases it was escalated from (no
    /// conflict of interest).
    public var excluded: [String]
    /// When the workflow must have acted (an escalated case's `within`).
    public var deadline: CivilDate?
    /// The day it closed.
    public var closedOn: CivilDate?

    /// Creates a case.
    public init(id: String, workflowID: String, occurrenceID: String?, siteID: String, openedOn: CivilDate, source: CaseSource,
                parentID: String? = nil, fields: [String: RuleValue], status: CaseStatus = .open, staff: [String] = [],
                excluded: [String] = [], deadline: CivilDate? = nil, closedOn: CivilDate? = nil) {
        self.id = id
        self.workflowID = workflowID
        self.occurrenceID = occurrenceID
        self.siteID = siteID
        self.openedOn = openedOn
        self.source = source
        self.parentID = parentID
        self.fields = fields
        self.status = status
        self.staff = staff
        self.excluded = excluded
        self.deadline = deadline
        self.closedOn = closedOn
    }
}

/// Where a case stands.
public enum CaseStatus: String, Sendable, Hashable, CaseIterable {
    /// Steps, a session or a timer are still to come.
    case open
    /// Done, resolved.
    case resolved
    /// Done, not resolved.
    case unresolved
    /// Moved on to another workflow by an escalation.
    case referred

    /// Whether nothing more will happen to it.
    public var isClosed: Bool { self != .open }
}
