import SizhenCalendar
import SizhenDiagnostics
import SizhenEngine
import SizhenModel
import SizhenRecords
import SizhenReports

/// Closes a month: `sizhen close --month M`. Its report, as the bureau sends it upward, is
/// frozen in every format with the records it counted; a later fact about the month changes
/// the derived month but not that report, and shows as an adjustment in the next open month.
public struct CloseOperation: Sendable {
    /// What closing did.
    public struct Summary: Sendable {
        public var month: YearMonth
        /// The digest of the frozen JSON report.
        public var digest: String
        /// The records the report counts.
        public var records: Int
        /// The adjustments to earlier closed months it carries.
        public var adjustments: Int
    }

    public var workspace: Workspace
    /// `YYYY-MM`.
    public var month: String
    /// The day the frozen report says it was made (the day the month is closed), with its 制表
    /// and 审核 lines.
    public var madeOn: MadeOn

    /// An operation.
    public init(workspace: Workspace, month: String, madeOn: MadeOn = .none) {
        self.workspace = workspace
        self.month = month
        self.madeOn = madeOn
    }

    public func run() -> Outcome<Summary> {
        perform { run in
            let yearMonth = try FlagValue.month(month, into: &run)
            let set = try workspace.loadSet(into: &run)
            let paperwork = madeOn.paperwork(for: set, into: &run)
            if run.diagnostics.hasErrors { throw Stop() }
            let store = try workspace.openExisting(for: set, access: .writing(.real), into: &run)
            if let closing = try store.closing(yearMonth) {
                throw run.fail(.error(OperationMessage.alreadyClosed(["month": .text(yearMonth.description), "digest": .text(closing.digest)]),
                                      at: FlagValue.location("--month")))
            }
            if let later = try store.closedMonths().first(where: { $0 > yearMonth }) {
                throw run.fail(.error(OperationMessage.laterClosed(["month": .text(yearMonth.description), "later": .text(later.description)]),
                                      at: FlagValue.location("--month"), hint: OperationMessage.laterClosedHint(["month": .text(yearMonth.description)])))
            }
            let earlier = yearMonth.previous
            if try store.isMonthStored(earlier), try store.closing(earlier) == nil, try !store.closedMonths().isEmpty {
                throw run.fail(.error(OperationMessage.earlierOpen(["earlier": .text(earlier.description)]), at: FlagValue.location("--month"),
                                      hint: OperationMessage.earlierOpenHint(["earlier": .text(earlier.description)])))
            }
            // Every fact in, and every day of the month derived, before it is frozen.
            try Publication(set: set, store: store, workspace: workspace, run: &run).prepare(including: [], run: &run)
            let derived = try Derivation(set: set, store: store, planMonth: Planner(set: set).monthPlanner).bringUpToDate()
            for warning in derived.warnings { run.diagnostics.append(.warning(warning)) }
            let through = try store.lastProcessedDay()
            guard let through, through >= yearMonth.lastDay else {
                throw run.fail(.error(OperationMessage.notDerivedThrough(["month": .text(yearMonth.description), "through": .text(through?.description ?? "—")]),
                                      at: FlagValue.location("--month"), hint: OperationMessage.notDerivedThroughHint(["last": .text(yearMonth.lastDay.description)])))
            }
            var report = try ReportOperation(workspace: workspace, month: month).report(yearMonth, set: set, store: store)
            report.paperwork = paperwork
            let closing = MonthClosing(month: yearMonth, arrival: try store.derivationState().lastArrival, outputs: ReportOperation.outputs(of: report),
                                       records: try store.records(RecordFilter(month: yearMonth)))
            guard try store.close(closing) else {
                throw run.fail(.error(OperationMessage.alreadyClosed(["month": .text(yearMonth.description), "digest": .text(closing.digest)]),
                                      at: FlagValue.location("--month")))
            }
            return Summary(month: yearMonth, digest: closing.digest, records: closing.records.count, adjustments: report.adjustments.count)
        }
    }
}
