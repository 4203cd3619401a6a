import ArgumentParser
import SizhenDiagnostics
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
            // The built-in district is named as such, not by the folder the program wrote it to.
            let folder: MessageValue = report.isBuiltIn ? .message(OperationMessage.builtInDistrict()) : .text(report.folder)
            let arguments: KeyValuePairs<String, MessageValue> = ["folder": folder, "files": .int(report.fileCount),
                                                                  "warnings": .int(report.warningCount)]
            let summary = report.warningCount > 0 ? OperationMessage.validatedWithWarnings(arguments) : OperationMessage.validated(arguments)
            Output.write(Output.messages.render(summary) + "\n")
        }
    }
}
