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

    /// The sheets kept by a front end that serves the same sheet many times (with the files'
    /// cache of the workspace); nil: made every time.
    public var cache: RunSheetCache?

    /// An operation.
    public init(workspace: Workspace, date: String, marksShown: Bool = true, cache: RunSheetCache? = nil) {
        self.workspace = workspace
        self.date = date
        self.marksShown = marksShown
        self.cache = cache
    }

    /// The most facts a run sheet reads to tell what arrived (a month of 10,000 communities'
    /// sheets is about 80,000).
    static let arrivalsShown = 200_000

    public func run() -> Outcome<RunSheet> {
        perform { run in
            guard let day = FlagValue.date(date, flag: "--date", into: &run) else { throw Stop() }
            let (set, generation) = try workspace.loadSetAndGeneration(into: &run)
            let store = try workspace.openStore(workspace.databasePath, access: .writing(.real), for: set, into: &run)
            // A sheet kept from the same files and the same state of the database is the one
            // that would be made again: nothing to publish, request or derive has changed.
            let kept = marksShown ? nil : cache.flatMap { cache in generation.map { (cache, $0) } }
            if let (cache, generation) = kept, let sheet = cache.sheet(for: .init(date: day, generation: generation, state: try store.derivationState())) {
                return sheet
            }
            try Publication(set: set, store: store, workspace: workspace, run: &run).prepare(including: [day], run: &run)
            try store.request(through: day)
            let outcome = try Derivation(set: set, store: store, planMonth: Planner(set: set).monthPlanner).bringUpToDate()
            run.warn(outcome.calendarWarnings)
            for warning in outcome.warnings { run.diagnostics.append(.warning(warning)) }
            let before = kept == nil ? nil : try store.derivationState()
            var sheet = try RunSheet(date: day, set: set, store: store)
            // Kept only when the state it was read in is settled (every fact derived) and did
            // not move while it was read (another process writing): otherwise a page keyed by
            // that state would skip the derivation it needs.
            if let (cache, generation) = kept, let before, before.derivedArrival == before.lastArrival, try store.derivationState() == before {
                sheet = cache.keep(sheet, for: .init(date: day, generation: generation, state: before))
            }
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
