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
    /// Whether it has been held.
    public var isHeld: Bool

    /// Creates a reference.
    public init(id: String, workflowID: String, siteID: String, date: CivilDate, ruleDate: CivilDate? = nil, start: String, end: String,
                reason: Message?, isHeld: Bool = false) {
        self.id = id
        self.workflowID = workflowID
        self.siteID = siteID
        self.date = date
        self.ruleDate = ruleDate ?? date
        self.start = start
        self.end = end
        self.reason = reason
        self.isHeld = isHeld
    }

    /// The month it belongs to (its rule date's).
    public var month: YearMonth { YearMonth(of: ruleDate) }

    /// Whether a holiday policy moved it.
    public var isMoved: Bool { ruleDate != date }
}
