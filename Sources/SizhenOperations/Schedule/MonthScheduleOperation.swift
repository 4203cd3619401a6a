import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords

/// A month's occurrences of the workflows, per site, with moves and skips and their reasons:
/// `sizhen schedule --month`.
public struct MonthScheduleOperation: Sendable {
    /// The month and the files it was expanded from.
    public struct Month: Sendable {
        public var set: WorkflowSet
        public var schedule: MonthSchedule
    }

    public var workspace: Workspace
    /// `YYYY-MM`.
    public var month: String
    /// Only this workflow (its id or name).
    public var workflow: String?
    /// Only this site (a community's id or name, or the district's).
    public var site: String?

    /// An operation.
    public init(workspace: Workspace, month: String, workflow: String? = nil, site: String? = nil) {
        self.workspace = workspace
        self.month = month
        self.workflow = workflow
        self.site = site
    }

    public func run() -> Outcome<Month> {
        perform { run in
            let yearMonth = try FlagValue.month(month, into: &run)
            let set = try workspace.loadSet(into: &run)
            run.sources.remember(month, as: "--month")
            // A workflow and a site may be given by id or by name (接诊, 烟雨社区).
            let workflowID = workflow.flatMap { FlagValue.workflow($0, in: set, into: &run) }
            let siteID = site.flatMap { FlagValue.site($0, in: set, into: &run) }
            if run.diagnostics.hasErrors { throw Stop() }
            let schedule = try OccurrenceExpander(set: set).expand(month: yearMonth, workflow: workflowID, site: siteID)
            run.warn(schedule.warnings)
            return Month(set: set, schedule: schedule)
        }
    }
}
