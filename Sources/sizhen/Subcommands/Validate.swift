import ArgumentParser
import SizhenDiagnostics
import SizhenOperations
import SizhenReports

/// `sizhen validate`: load every file of a workflows folder and report every problem.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the workflow files and report every problem, located.",
        discussion: """
            Reads every .yaml file under the workflows folder (default ./Workflows, else the
            bundled default) and checks them one by one and together. Exit status 0 when there
            are no errors (warnings allowed), 1 when there are.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: ArgumentHelp("The workflows folder (default: ./Workflows, else the bundled default).", valueName: "DIR"))
    var workflows: String?

    @Option(help: "Output format: text (like a compiler) or json (for editors and CI).")
    var format: Format = .text

    @Option(name: .customLong("max-file-size"), help: ArgumentHelp("The largest YAML file accepted, in MiB (default 8).", valueName: "MIB"))
    var maxFileSize: Int = 8

    func run() throws {
        let outcome = ValidateOperation(workspace: Workspace(workflowsFolder: workflows), maxFileSizeMiB: maxFileSize).run()
        switch format {
        case .text: Output.report(outcome.diagnostics, sources: outcome.sources.lookup)
        case .json: Output.write(DiagnosticsJSON.render(outcome.diagnostics, messages: Output.messages) + "\n")
        }
        guard let report = outcome.value, !outcome.diagnostics.hasErrors else { throw ExitCode(1) }
        if format == .text {
            let arguments: KeyValuePairs<String, MessageValue> = ["folder": .text(report.folder), "files": .int(report.fileCount),
                                                                  "warnings": .int(report.warningCount)]
            let summary = report.warningCount > 0 ? OperationMessage.validatedWithWarnings(arguments) : OperationMessage.validated(arguments)
            Output.write(Output.messages.render(summary) + "\n")
        }
    }
}
