import ArgumentParser
import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenOperations
import SizhenReports

/// `sizhen simulate --month M`: the same engine as real rounds, on a virtual clock, with the
/// cases a scenario's demand model draws; then the month's summary.
struct Simulate: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: HelpMessage.simulateAbstract.text,
            discussion: HelpMessage.simulateDiscussion.text
        )
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: ArgumentHelp(HelpMessage.simulateMonth.text, valueName: "YYYY-MM"))
    var month: String

    // Unconditional, so that `--seed -1` reaches the check below (a located error) instead of
    // being taken for an option.
    @Option(parsing: .unconditional, help: ArgumentHelp(HelpMessage.simulateSeed.text, valueName: "N"))
    var seed: String?

    @Option(help: ArgumentHelp(HelpMessage.simulateScenario.text, valueName: "FILE"))
    var scenario: String?

    @Option(help: ArgumentHelp(HelpMessage.simulateDatabase.text, valueName: "FILE"))
    var db: String?

    @Option(help: ArgumentHelp(HelpMessage.simulateFormat.text))
    var format: Format = .text

    @Option(help: ArgumentHelp(HelpMessage.simulateCompare.text, valueName: "DIR"))
    var compare: String?

    @Option(help: ArgumentHelp(HelpMessage.workflowsOption.text, valueName: "DIR"))
    var workflows: String?

    func run() throws {
        let progress = ProgressBar(label: Output.messages.render(OperationMessage.simulating(["month": .text(month)])))
        let operation = SimulateOperation(workspace: Workspace(workflowsFolder: workflows, database: db), month: month, seed: seed,
                                          scenarioFile: scenario, compareFolder: compare,
                                          progress: { day, done, total in progress.advance(to: day, done: done, total: total) })
        let outcome = operation.run()
        progress.finish()
        let result = try Output.value(of: outcome)
        let base = result.base
        guard let other = result.compare else {
            switch format {
            case .text:
                let title = Output.messages.render(SummaryMessage.title(["month": .text(base.summary.month.description), "district": .text(base.set.district.name),
                                                                         "seed": .text(String(base.seed)), "scenario": .text(base.scenario.id)]))
                Output.write(base.summary.text(title: title, messages: Output.messages))
                Output.write("\n" + Output.messages.render(SummaryMessage.recordsAreIn(["database": .text(base.database)])) + "\n")
            case .json:
                Output.write(base.summary.json(workflowsFolder: base.set.folder) + "\n")
            }
            return
        }
        switch format {
        case .text:
            Output.write(MonthComparison(base: base.summary, other: other.summary, baseName: base.set.folder, otherName: other.set.folder).text(messages: Output.messages))
        case .json:
            Output.write(JSONText.object([("base", base.summary.json(workflowsFolder: base.set.folder)),
                                          ("compare", other.summary.json(workflowsFolder: other.set.folder))]) + "\n")
        }
    }
}

/// A progress bar on standard error, only when it is a terminal and the run has taken more
/// than a second; nothing at all when standard error is piped.
final class ProgressBar: @unchecked Sendable {
    let label: String
    let isTerminal = isatty(STDERR_FILENO) == 1
    let clock = ContinuousClock()
    let started: ContinuousClock.Instant
    private let lock = NSLock()
    private var shown = false

    init(label: String) {
        self.label = label
        started = clock.now
    }

    func advance(to day: CivilDate, done: Int, total: Int) {
        guard isTerminal, clock.now - started > .seconds(1) else { return }
        let width = 30
        let filled = width * done / max(1, total)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        lock.withLock {
            Output.write("\r\(label) \(bar) \(day) \(done)/\(total)", to: STDERR_FILENO)
            shown = true
        }
    }

    func finish() {
        lock.withLock {
            if shown { Output.write("\r\u{1B}[2K", to: STDERR_FILENO) }
        }
    }
}
