import ArgumentParser
import SizhenOperations
import SizhenReports

/// `sizhen validate`: load every file of a workflows folder and report every problem.
struct Validate: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: HelpMessage.validateAbstract.text,
            discussion: HelpMessage.validateDiscussion.text
        )
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: ArgumentHelp(HelpMessage.workflowsOption.text, valueName: "DIR"))
    var workflows: String?

    @Option(help: ArgumentHelp(HelpMessage.validateFormat.text))
    var format: Format = .text

    @Option(name: .customLong("max-file-size"), help: ArgumentHelp(HelpMessage.validateMaxFileSize.text, valueName: "MIB"))
    var maxFileSize: Int = 8

    func run() throws {
        let outcome = ValidateOperation(workspace: Workspace(workflowsFolder: workflows), maxFileSizeMiB: maxFileSize).run()
        switch format {
        case .text: Output.report(outcome.diagnostics, sources: outcome.sources.lookup)
        case .json: Output.write(DiagnosticsJSON.render(outcome.diagnostics, messages: Output.messages) + "\n")
        }
        guard let report = outcome.value, !outcome.diagnostics.hasErrors else { throw ExitCode(1) }
        if format == .text {
            var summary = "\(report.folder): \(report.fileCount) files, no errors"
            if report.warningCount > 0 { summary += ", \(report.warningCount) warning\(report.warningCount == 1 ? "" : "s")" }
            Output.write(summary + "\n")
        }
    }
}
