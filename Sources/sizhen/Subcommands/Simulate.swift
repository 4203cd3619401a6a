import ArgumentParser
import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenEngine
import SizhenRecords
import SizhenLoader
import SizhenModel
import SizhenReports
import SizhenStore

/// `sizhen simulate --month M`: the same engine as real rounds, on a virtual clock, with the
/// cases a scenario's demand model draws; then the month's summary.
struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Simulate a month: plan it, draw the clinics' cases from a scenario, run every day's round, summarise.",
        discussion: """
            Runs the same engine as `sizhen rounds`, day by day through the month, with visitors,
            needs and events drawn from the scenario (the workflows folder's `default` scenario,
            or --scenario FILE) with a seeded generator: the same files and seed give the same
            month, byte for byte. The simulation writes a fresh database (default
            simulation-YYYY-MM.db) that `records` and `report` can read.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: ArgumentHelp("The month to simulate.", valueName: "YYYY-MM"))
    var month: String

    // Unconditional, so that `--seed -1` reaches the check below (a located error) instead of
    // being taken for an option.
    @Option(parsing: .unconditional, help: ArgumentHelp("The random seed (default: the scenario's seed).", valueName: "N"))
    var seed: String?

    @Option(help: ArgumentHelp("A scenario file (kind: scenario) instead of the folder's default.", valueName: "FILE"))
    var scenario: String?

    @Option(help: ArgumentHelp("The simulation's database, written afresh (default: simulation-YYYY-MM.db).", valueName: "FILE"))
    var db: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: ArgumentHelp("A second workflows folder to simulate with the same month and seed, side by side.", valueName: "DIR"))
    var compare: String?

    @Option(help: ArgumentHelp("The workflows folder (default: ./Workflows, else the bundled default).", valueName: "DIR"))
    var workflows: String?

    func run() throws {
        let yearMonth = try FlagValues.month(month)
        var sources = SourceFiles()
        var seedValue: UInt64?
        if let seed {
            guard let parsed = UInt64(seed) else {
                sources.remember(seed, as: "--seed")
                Output.report(Diagnostics([.error("'\(seed)' is not a valid seed", at: SourceLocation(file: "--seed", line: 1, column: 1),
                                                  hint: "a seed is a whole number from 0 to 18446744073709551615")]), sources: sources)
                throw ExitCode(1)
            }
            seedValue = parsed
        }
        let base = try SimulationRun.prepare(workflows: workflows, scenarioFile: scenario, seed: seedValue)
        let path = db ?? "simulation-\(yearMonth).db"
        let baseSummary = try base.run(month: yearMonth, path: path, label: "")
        guard let compare else {
            switch format {
            case .text:
                Output.write(baseSummary.text(title: "Simulated \(yearMonth) · \(base.set.district.name) · seed \(base.seed) · scenario \(base.scenario.id)"))
                Output.write("\nRecords are in \(path): sizhen records --db \(path)\n")
            case .json:
                Output.write(baseSummary.json(workflowsFolder: base.set.folder) + "\n")
            }
            return
        }
        let other = try SimulationRun.prepare(workflows: compare, scenarioFile: scenario, seed: base.seed, fallbackScenario: base.scenario)
        let otherPath = (path.hasSuffix(".db") ? String(path.dropLast(3)) : path) + "-compare.db"
        let otherSummary = try other.run(month: yearMonth, path: otherPath, label: " (compare)")
        switch format {
        case .text:
            Output.write(Comparison(base: baseSummary, other: otherSummary, baseName: base.set.folder, otherName: other.set.folder).text())
        case .json:
            Output.write(JSONText.object([("base", baseSummary.json(workflowsFolder: base.set.folder)),
                                          ("compare", otherSummary.json(workflowsFolder: other.set.folder))]) + "\n")
        }
    }
}

/// One simulated month: a workflow set, a scenario, a seed.
struct SimulationRun {
    let set: WorkflowSet
    let scenario: Scenario
    let seed: UInt64

    static func prepare(workflows: String?, scenarioFile: String?, seed: UInt64?, fallbackScenario: Scenario? = nil) throws -> SimulationRun {
        let set = try Workspace.loadSet(workflows)
        var scenario = set.scenarios.first { $0.id == "default" } ?? set.scenarios.first ?? fallbackScenario
        if let scenarioFile {
            var sources = SourceFiles()
            switch sources.read(scenarioFile, maxBytes: YAMLBudget.standard.maxBytes) {
            case .failure(let problem):
                Output.report(Diagnostics([problem]), sources: sources)
                throw ExitCode(1)
            case .success(let bytes):
                switch YAMLParser().parse(bytes: bytes, file: scenarioFile) {
                case .failure(let problems):
                    Output.report(problems, sources: sources)
                    throw ExitCode(1)
                case .success(let root):
                    var context = DecodingContext()
                    let decoded = ScenarioFileDecoder().decode(root, in: &context)
                    Output.report(context.diagnostics, sources: sources)
                    guard let decoded, !context.diagnostics.hasErrors else { throw ExitCode(1) }
                    scenario = decoded
                }
            }
        }
        guard let scenario else {
            Output.report(Diagnostics([.error("\(set.folder) has no scenario to simulate with",
                                              hint: "add a `kind: scenario` file (see docs/workflow-language.md), or pass --scenario FILE")]),
                          sources: SourceFiles())
            throw ExitCode(1)
        }
        return SimulationRun(set: set, scenario: scenario, seed: seed ?? scenario.seed)
    }

    /// Runs the month into a fresh database at `path` and summarises it.
    func run(month: YearMonth, path: String, label: String) throws -> MonthSummary {
        do {
            try SimulationDatabase.reset(path)
            let store = try Workspace.openStore(path, for: set)
            try store.markAsSimulation()
            let demand = DemandModel(set: set, scenario: scenario, seed: seed)
            let absences = AbsenceModel(set: set, scenario: scenario, seed: seed)
            let runner = RoundsRunner(set: set, store: store, planMonth: MonthPlanning.planner(for: set))
            var progress = Progress(total: month.firstDay.distance(to: month.lastDay) + 1, label: "simulating \(month)\(label)")
            let outcome = try runner.advance(through: month.lastDay, opening: { demand.cases(for: $0) },
                                             absences: { absences.reassignments(on: $0, occurrences: $1, assignments: $2, used: $3) },
                                             progress: { progress.advance(to: $0) })
            progress.finish()
            var diagnostics = Diagnostics()
            diagnostics.append(outcome.calendarWarnings)
            let uncovered = outcome.warnings
            if let first = uncovered.first {
                diagnostics.append(.warning("\(uncovered.count) deadline\(uncovered.count == 1 ? "" : "s") could not be computed: \(first)"))
            }
            Output.report(diagnostics, sources: SourceFiles())
            return MonthSummary(facts: try store.monthFacts(month), set: set, seed: seed)
        } catch let exit as ExitCode {
            throw exit
        } catch let error as CalendarCoverageError {
            Output.report(Diagnostics([error.diagnostic()]), sources: SourceFiles())
            throw ExitCode(1)
        } catch {
            Workspace.fail(error)
        }
    }
}

/// A simulation's database is written afresh each run; a database that is not a simulation's
/// (the real month's `sizhen.db`) is never overwritten.
enum SimulationDatabase {
    static func reset(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let store = try Workspace.openStore(path, for: nil)
        let purpose = try? store.purpose()
        // A file holding nothing is overwritten too: a simulation killed before it marked its
        // database leaves one (found by Tests/faults/sigkill.sh).
        guard purpose == "simulation" || (purpose == nil && (try? store.holdsNothing()) == true) else {
            Output.report(Diagnostics([.error("\(path) holds real records, not a simulation; a simulation writes a database afresh",
                                              hint: "give --db another file name")]), sources: SourceFiles())
            throw ExitCode(1)
        }
        SQLiteStore.removeFiles(at: path)
    }
}

/// A progress bar on standard error, only when it is a terminal and the run has taken more
/// than a second; nothing at all when standard error is piped.
struct Progress {
    let total: Int
    let label: String
    let isTerminal = isatty(STDERR_FILENO) == 1
    let clock = ContinuousClock()
    let started: ContinuousClock.Instant
    var done = 0
    var shown = false

    init(total: Int, label: String) {
        self.total = max(1, total)
        self.label = label
        started = clock.now
    }

    mutating func advance(to day: CivilDate) {
        done += 1
        guard isTerminal, clock.now - started > .seconds(1) else { return }
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(day) \(done)/\(total)".utf8))
        shown = true
    }

    mutating func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }
}

/// Two summaries side by side with their differences.
struct Comparison {
    let base: MonthSummary
    let other: MonthSummary
    let baseName: String
    let otherName: String

    func text() -> String {
        var rows: [(String, Double, Double)] = []
        for (a, b) in zip(base.workflows, other.workflows + Array(repeating: base.workflows[0], count: max(0, base.workflows.count - other.workflows.count))) where a.workflowID == b.workflowID {
            rows.append(("\(a.name) held", Double(a.held), Double(b.held)))
        }
        let otherRecords = Dictionary(other.records.map { ($0.type, $0.count) }, uniquingKeysWith: +)
        for (type, count) in base.records { rows.append(("\(type)", Double(count), Double(otherRecords[type] ?? 0))) }
        rows.append(("records total", Double(base.recordTotal), Double(other.recordTotal)))
        rows.append(("escalations", Double(base.escalations.reduce(0) { $0 + $1.count }), Double(other.escalations.reduce(0) { $0 + $1.count })))
        rows.append(("deadlines missed", Double(base.deadlinesMissed), Double(other.deadlinesMissed)))
        rows.append(("subsidies (yuan)", Double(base.subsidyTotal), Double(other.subsidyTotal)))
        rows.append(("load min", Double(base.loadMin), Double(other.loadMin)))
        rows.append(("load mean", base.loadMean, other.loadMean))
        rows.append(("load max", Double(base.loadMax), Double(other.loadMax)))
        rows.append(("unfilled slots", Double(base.unfilled), Double(other.unfilled)))
        var table = TextTable(header: ["", baseName, otherName, "DIFFERENCE"])
        for (name, a, b) in rows {
            let difference = b - a
            let sign = difference > 0 ? "+" : ""
            table.append([name, JSONText.number(a, places: 2), JSONText.number(b, places: 2), difference == 0 ? "" : sign + JSONText.number(difference, places: 2)])
        }
        return "Simulated \(base.month) · seed \(base.seed.map(String.init) ?? "—") · \(baseName) vs \(otherName)\n\n" + table.render()
    }
}
