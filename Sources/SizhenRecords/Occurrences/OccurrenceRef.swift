import SizhenCalendar
import SizhenDiagnostics

/// An occurrence as stored: enough to hold it, print a run sheet and count a month's coverage.
public struct OccurrenceRef: Sendable, Hashable {
    /// The stable id.
    public var id: String
    /// The workflow.
    public var workflowID: String
    /// The site.
    public var siteID: String
    /// The day it is held.
    public var date: CivilDate
    /// The day its rule gave (it belongs to that day's month).
    public var ruleDate: CivilDate
    /// RFC 3339 start and end.
    public var start: String
    /// See `start`.
    public var end: String
    /// Why it moved, if it did.
    public var reason: Message?
    /// What the sheets say of it.
    public var status: Status
    /// The day a sheet says it was held on instead (改期); nil when held as planned.
    public var heldOn: CivilDate?
    /// Whether it is a sitting a sheet added besides the plan (加开): derived from the sheets,
    /// not published.
    public var isExtra = false

    /// What the sheets say of an occurrence.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Nothing yet: not reported.
        case planned
        /// Held: a sheet says so, or has its visitors.
        case held
        /// Not held: a sheet says so, with the reason.
        case notHeld = "not_held"
    }

    /// Whether a sheet reports it held.
    public var isHeld: Bool {
        get { status == .held }
        set { status = newValue ? .held : .planned }
    }

    /// Creates a reference.
    public init(id: String, workflowID: String, siteID: String, date: CivilDate, ruleDate: CivilDate? = nil, start: String, end: String,
                reason: Message?, isHeld: Bool = false, status: Status? = nil) {
        self.id = id
        self.workflowID = workflowID
        self.siteID = siteID
        self.date = date
        self.ruleDate = ruleDate ?? date
        self.start = start
        self.end = end
        self.reason = reason
        self.status = status ?? (isHeld ? .held : .planned)
    }

    /// The month it belongs to (its rule date's).
    public var month: YearMonth { YearMonth(of: ruleDate) }

    /// Whether a holiday policy moved it.
    public var isMoved: Bool { ruleDate != date }

    /// The day it was held on: the day a sheet moved it to, else its day.
    public var heldDate: CivilDate { heldOn ?? date }
}
