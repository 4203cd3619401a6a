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
    /// Only this workflow.
    public var workflow: String?
    /// Only this site.
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
            if let workflow, set.workflow(workflow) == nil {
                run.diagnostics.append(.error(OperationMessage.unknownWorkflow(["id": .text(workflow),
                                                                               "suggestion": .text(Suggestions.closest(to: workflow, in: set.workflows.map(\.id)) ?? "")]),
                                              at: FlagValue.location("--workflow"),
                                              hint: OperationMessage.knownWorkflows(["ids": .texts(set.workflows.map(\.id))])))
            }
            if let site, set.community(site) == nil, site != set.district.id {
                run.diagnostics.append(.error(OperationMessage.unknownSite(["id": .text(site),
                                                                           "suggestion": .text(Suggestions.closest(to: site, in: set.district.communities.map(\.id)) ?? "")]),
                                              at: FlagValue.location("--site")))
            }
            if run.diagnostics.hasErrors { throw Stop() }
            let schedule = try OccurrenceExpander(set: set).expand(month: yearMonth, workflow: workflow, site: site)
            run.warn(schedule.warnings)
            return Month(set: set, schedule: schedule)
        }
    }
}
