import SizhenCalendar

/// An occurrence as stored: enough to hold it and to print a run sheet.
public struct OccurrenceRef: Sendable, Hashable {
    /// The stable id.
    public var id: String
    /// The workflow.
    public var workflowID: String
    /// The site.
    public var siteID: String
    /// The day.
    public var date: CivilDate
    /// RFC 3339 start and end.
    public var start: String
    /// See `start`.
    public var end: String
    /// Why it moved, if it did.
    public var reason: String?

    /// Creates a reference.
    public init(id: String, workflowID: String, siteID: String, date: CivilDate, start: String, end: String, reason: String?) {
        self.id = id
        self.workflowID = workflowID
        self.siteID = siteID
        self.date = date
        self.start = start
        self.end = end
        self.reason = reason
    }
}
