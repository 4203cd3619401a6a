import SizhenCalendar
import SizhenDiagnostics

/// One time a workflow happens at a site: a sitting, a round, an event. Its id is stable
/// (workflow, site, date, ordinal), so that every command that meets it again is idempotent.
public struct Occurrence: Sendable, Hashable {
    /// `jiezhen/haitangxi-yanyu/2026-12-09/1`.
    public var id: String
    /// The workflow.
    public var workflowID: String
    /// The community, or the district's id for a workflow held for the whole district.
    public var siteID: String
    /// The schedule's label, when the workflow has several (国家宪法日).
    public var scheduleName: String?
    /// The date the rule gave.
    public var ruleDate: CivilDate
    /// The date it is held on.
    public var date: CivilDate
    /// Why it moved, when a holiday policy moved it (or that it is kept on a rest day).
    public var reason: Message?
    /// The hours, local.
    public var window: TimeWindow
    /// The hours as instants in the district's zone.
    public var interval: ZonedInterval
    /// What kind of day it is held on.
    public var dayKind: DayKind

    /// Creates an occurrence.
    public init(id: String, workflowID: String, siteID: String, scheduleName: String?, ruleDate: CivilDate, date: CivilDate,
                reason: Message?, window: TimeWindow, interval: ZonedInterval, dayKind: DayKind) {
        self.id = id
        self.workflowID = workflowID
        self.siteID = siteID
        self.scheduleName = scheduleName
        self.ruleDate = ruleDate
        self.date = date
        self.reason = reason
        self.window = window
        self.interval = interval
        self.dayKind = dayKind
    }

    /// The rule's date when a policy moved it.
    public var movedFrom: CivilDate? { ruleDate == date ? nil : ruleDate }

    /// The stable id of an occurrence.
    public static func makeID(workflow: String, site: String, date: CivilDate, ordinal: Int) -> String {
        "\(workflow)/\(site)/\(date)/\(ordinal)"
    }
}

/// A rule date not held, and why.
public struct SkippedOccurrence: Sendable, Hashable {
    /// The workflow.
    public var workflowID: String
    /// The site.
    public var siteID: String
    /// The rule's date.
    public var date: CivilDate
    /// Why.
    public var reason: Message

    /// Creates a skipped occurrence.
    public init(workflowID: String, siteID: String, date: CivilDate, reason: Message) {
        self.workflowID = workflowID
        self.siteID = siteID
        self.date = date
        self.reason = reason
    }
}
