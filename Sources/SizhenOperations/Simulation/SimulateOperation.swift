import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenEngine
import SizhenLoader
import SizhenModel
import SizhenPostgres
import SizhenRecords
import SizhenReports
import SizhenStore

/// A simulated month: the same engine as the real rounds, on a virtual clock, with the cases a
/// scenario's demand model draws; then the month's summary. With a second workflows folder,
/// the same month and seed run again with its rules, for a side-by-side comparison:
/// `sizhen simulate`.
public struct SimulateOperation: Sendable {
    /// One simulated month.
    public struct SimulatedMonth: Sendable {
        /// The files it ran with.
        public var set: WorkflowSet
        /// The scenario it drew from.
        public var scenario: Scenario
        /// The seed.
        public var seed: UInt64
        /// The database it wrote.
        public var database: String
        /// The month's summary.
        public var summary: MonthSummary
    }

    /// The month, and the comparison month when one was asked for.
    public struct Result: Sendable {
        public var base: SimulatedMonth
        public var compare: SimulatedMonth?
    }

    public var workspace: Workspace
    /// `YYYY-MM`.
    public var month: String
    /// The seed as given (checked: a whole number from 0 to 2⁶⁴−1); nil for the scenario's.
    public var seed: String?
    /// A scenario file instead of the folder's `default` scenario.
    public var scenarioFile: String?
    /// A second workflows folder to simulate with the same month and seed.
    public var compareFolder: String?
    /// Told after each day simulated: the day, the days done, the days in all.
    public var progress: (@Sendable (CivilDate, Int, Int) -> Void)?
    /// Asked after each day simulated: true stops the month there with an error (the web
    /// server's what-if jobs at shutdown).
    public var isCancelled: (@Sendable () -> Bool)?

    /// An operation.
    public init(workspace: Workspace, month: String, seed: String? = nil, scenarioFile: String? = nil, compareFolder: String? = nil,
                progress: (@Sendable (CivilDate, Int, Int) -> Void)? = nil, isCancelled: (@Sendable () -> Bool)? = nil) {
        self.workspace = workspace
        self.isCancelled = isCancelled
        self.month = month
        self.seed = seed
        self.scenarioFile = scenarioFile
        self.compareFolder = compareFolder
        self.progress = progress
    }

    /// The database a simulation of `month` writes when none is named.
    public static func defaultDatabase(for month: String) -> String { "simulation-\(month).db" }

    public func run() -> Outcome<Result> {
        perform { run in
            let yearMonth = try FlagValue.month(month, into: &run)
            var seedValue: UInt64?
            if let seed {
                guard let parsed = UInt64(seed) else {
                    run.sources.remember(seed, as: "--seed")
                    throw run.fail(.error(OperationMessage.badSeed(["value": .text(seed)]), at: FlagValue.location("--seed"),
                                          hint: OperationMessage.badSeedHint()))
                }
                seedValue = parsed
            }
            let path = workspace.database ?? Self.defaultDatabase(for: yearMonth.description)
            let base = try prepare(workspace, seed: seedValue, fallback: nil, into: &run)
            // Both folders load before either month runs: a --compare folder with errors stops
            // the command before a month is simulated for nothing.
            let other = try compareFolder.map { folder in
                try prepare(Workspace(workflowsFolder: folder), seed: base.seed, fallback: base.scenario, into: &run)
            }
            let baseRun = try simulate(base, month: yearMonth, path: path, into: &run)
            guard let other else { return Result(base: baseRun, compare: nil) }
            let otherPath = PostgresAddress.isURL(path) ? Self.comparing(url: path)
                : (path.hasSuffix(".db") ? String(path.dropLast(3)) : path) + "-compare.db"
            return Result(base: baseRun, compare: try simulate(other, month: yearMonth, path: otherPath, into: &run))
        }
    }

    private struct Setup {
        var set: WorkflowSet
        var scenario: Scenario
        var seed: UInt64
    }

    private func prepare(_ workspace: Workspace, seed: UInt64?, fallback: Scenario?, into run: inout Run) throws -> Setup {
        let set = try workspace.loadSet(into: &run)
        var scenario = set.scenarios.first { $0.id == "default" } ?? set.scenarios.first ?? fallback
        if let scenarioFile {
            switch run.sources.read(scenarioFile, maxBytes: YAMLBudget.standard.maxBytes, flag: "--scenario") {
            case .failure(let problem): throw run.fail(problem)
            case .success(let bytes):
                switch YAMLParser().parse(bytes: bytes, file: scenarioFile) {
                case .failure(let problems): try run.check(problems)
                case .success(let root):
                    var context = DecodingContext()
                    let decoded = ScenarioFileDecoder().decode(root, in: &context)
                    try run.check(context.diagnostics)
                    if let decoded {
                        // Checked against this folder's schema and district, as its own scenarios are.
                        var found = Diagnostics()
                        ScenarioChecker(set: set).check(decoded, into: &found)
                        try run.check(found)
                    }
                    scenario = decoded
                }
            }
        }
        guard let scenario else {
            throw run.fail(.error(OperationMessage.noScenario(["folder": .text(set.folder)]), hint: OperationMessage.noScenarioHint()))
        }
        return Setup(set: set, scenario: scenario, seed: seed ?? scenario.seed)
    }

    /// The database of the folder compared with, when the simulation's is a PostgreSQL URL: the
    /// same database, its own schema (the URL's schema, or `public`, then `_compare`).
    static func comparing(url: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        var items = components.queryItems ?? []
        let schema = items.first { $0.name == "schema" }?.value ?? "public"
        items.removeAll { $0.name == "schema" }
        items.append(URLQueryItem(name: "schema", value: schema + "_compare"))
        components.queryItems = items
        return components.string ?? url
    }

    /// Runs the month into the simulation database at `path`, emptied first (or new), and
    /// summarises it. Only a simulation's database is ever emptied: the store refuses any
    /// other (real records, another program's file) before touching it.
    private func simulate(_ setup: Setup, month: YearMonth, path: String, into run: inout Run) throws -> SimulatedMonth {
        let store = try workspace.openStore(path, access: .writing(.simulation), for: setup.set, into: &run)
        try store.startSimulation()
        let demand = DemandModel(set: setup.set, scenario: setup.scenario, seed: setup.seed)
        let absences = AbsenceModel(set: setup.set, scenario: setup.scenario, seed: setup.seed)
        let runner = SimulationRunner(set: setup.set, store: store, planMonth: Planner(set: setup.set).monthPlanner, demand: demand, absences: absences)
        let total = month.firstDay.distance(to: month.lastDay) + 1
        var done = 0
        let progress = self.progress
        let isCancelled = self.isCancelled
        let outcome = try runner.run(month, progress: { day in
            done += 1
            progress?(day, done, total)
            if isCancelled?() == true {
                throw Diagnostic.error(OperationMessage.simulationCancelled(["month": .text(month.description), "day": .text(day.description)]))
            }
        })
        run.warn(outcome.calendarWarnings)
        if let first = outcome.warnings.first {
            run.diagnostics.append(.warning(OperationMessage.deadlinesUncomputed(["count": .int(outcome.warnings.count), "first": .message(first)])))
        }
        let summary = MonthSummary(facts: try MonthFacts(month: month, reading: store), set: setup.set, seed: setup.seed)
        return SimulatedMonth(set: setup.set, scenario: setup.scenario, seed: setup.seed, database: Workspace.shown(path), summary: summary)
    }
}
