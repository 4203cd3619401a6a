import SizhenCalendar
import SizhenDiagnostics
import SizhenEngine
import SizhenModel
import SizhenRecords
import SizhenReports

/// Advances the real month through a day and gives the day's run sheet: `sizhen rounds`.
public struct RoundsOperation: Sendable {
    public var workspace: Workspace
    /// `YYYY-MM-DD`.
    public var date: String

    /// Whether what arrived is told, once (the command line's run sheet), or not at all (a web
    /// page, which many people open and reload).
    public var marksShown: Bool

    /// An operation.
    public init(workspace: Workspace, date: String, marksShown: Bool = true) {
        self.workspace = workspace
        self.date = date
        self.marksShown = marksShown
    }

    /// The most facts a run sheet reads to tell what arrived (a month of 10,000 communities'
    /// sheets is about 80,000).
    static let arrivalsShown = 200_000

    public func run() -> Outcome<RunSheet> {
        perform { run in
            guard let day = FlagValue.date(date, flag: "--date", into: &run) else { throw Stop() }
            let set = try workspace.loadSet(into: &run)
            let store = try workspace.openStore(workspace.databasePath, access: .writing(.real), for: set, into: &run)
            try Publication(set: set, store: store, workspace: workspace, run: &run).prepare(including: [day], run: &run)
            try store.request(through: day)
            let outcome = try Derivation(set: set, store: store, planMonth: Planner(set: set).monthPlanner).bringUpToDate()
            run.warn(outcome.calendarWarnings)
            for warning in outcome.warnings { run.diagnostics.append(.warning(warning)) }
            var sheet = try RunSheet(date: day, set: set, store: store)
            // What came in since the last run sheet, told once, at the command line; a page does
            // not tell it, and does not read a month of facts to find it on every view.
            guard marksShown else { return sheet }
            let state = try store.derivationState()
            sheet.arrived = RunSheet.Arrival.of(try store.facts(arrivedAfter: state.shownArrival, limit: Self.arrivalsShown))
            try store.markShown(through: state.lastArrival)
            return sheet
        }
    }
}
