import ArgumentParser
import SizhenReports
import SizhenDefaults
import SizhenDiagnostics
import SizhenLoader

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

    func validate() throws {
        guard (1...1024).contains(maxFileSize) else { throw ValidationError("--max-file-size is in MiB, from 1 to 1024.") }
    }

    func run() throws {
        let folder: String
        switch WorkflowsFolder.resolve(explicit: workflows, bundled: DefaultWorkflows.directory) {
        case .success(let found): folder = found
        case .failure(let problem):
            emit(Diagnostics([problem]), sources: SourceFiles())
            throw ExitCode(1)
        }
        let outcome = WorkflowSetLoader(budget: YAMLBudget(maxBytes: maxFileSize << 20)).load(folder: folder)
        emit(outcome.diagnostics, sources: outcome.sources)
        if outcome.diagnostics.hasErrors { throw ExitCode(1) }
        if format == .text {
            let warnings = outcome.diagnostics.items.count { $0.severity == .warning }
            var summary = "\(folder): \(outcome.fileCount) files, no errors"
            if warnings > 0 { summary += ", \(warnings) warning\(warnings == 1 ? "" : "s")" }
            Output.write(summary + "\n")
        }
    }

    private func emit(_ diagnostics: Diagnostics, sources: SourceFiles) {
        switch format {
        case .text: Output.report(diagnostics, sources: sources)
        case .json: Output.write(DiagnosticsJSON.render(diagnostics) + "\n")
        }
    }
}

/// Diagnostics as JSON for editors and CI:
/// `[{"file","line","column","severity","message","hint"}]`, sorted by place, every one
/// (not capped); `file`, `line`, `column` and `hint` are null when unknown.
enum DiagnosticsJSON {
    static func render(_ diagnostics: Diagnostics) -> String {
        let items = diagnostics.sorted.map { diagnostic in
            JSONText.object([
                ("file", diagnostic.location.map { JSONText.string($0.file) } ?? "null"),
                ("line", diagnostic.location.map { String($0.line) } ?? "null"),
                ("column", diagnostic.location.map { String($0.column) } ?? "null"),
                ("severity", JSONText.string(diagnostic.severity.rawValue)),
                ("message", JSONText.string(Output.messages.render(diagnostic.message))),
                ("hint", diagnostic.hint.map { JSONText.string(Output.messages.render($0)) } ?? "null"),
            ])
        }
        return JSONText.array(items)
    }
}
