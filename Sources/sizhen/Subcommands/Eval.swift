import ArgumentParser
import SizhenDiagnostics
import SizhenLoader
import SizhenRules

/// `sizhen eval`: evaluate one rule expression, optionally with variables from a JSON file,
/// and print its value. The way to try a `when` before putting it in a workflow.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate a rule expression and print its value.",
        discussion: """
            The expression is in Sizhen's rule language (a subset of CEL; see docs/rules.md).
            With --with FILE.json, the top-level keys of the JSON object are the variables;
            their types come from the JSON (5 is an int, 5.0 a double). Errors are printed with
            the column inside the expression, and the command exits with status 1.

            Example:
              sizhen eval 'case.kind == "dispute" && case.parties >= 5' --with case.json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("The expression, in single quotes.", valueName: "EXPR"))
    var expression: String

    @Option(name: .customLong("with"), help: ArgumentHelp("A JSON object whose keys are the variables.", valueName: "FILE.json"))
    var variables: String?

    @Option(help: "Output format: text (a CEL literal) or json.")
    var format: Format = .text

    /// The largest variables file read.
    static let maximumBytes = 10 * 1024 * 1024

    func run() throws {
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        defer { Output.report(diagnostics, sources: sources) }

        var environment = RuleEnvironment()
        var activation = environment.makeActivation()
        if let variables {
            switch sources.read(variables, maxBytes: Self.maximumBytes) {
            case .failure(let problem):
                diagnostics.append(problem)
                throw ExitCode(1)
            case .success(let bytes):
                var reader = JSONVariables(String(decoding: bytes, as: UTF8.self), file: variables)
                do throws(JSONVariables.Failure) {
                    (environment, activation) = try reader.read()
                } catch {
                    diagnostics.append(error.diagnostic)
                    throw ExitCode(1)
                }
            }
        }

        sources.remember(expression, as: "expr")
        let origin = SourceLocation(file: "expr", line: 1, column: 1)
        let compiled: CompiledExpression
        switch RuleCompiler.compile(expression, at: origin, in: environment) {
        case .success(let found): compiled = found
        case .failure(let found):
            diagnostics.append(contentsOf: found)
            throw ExitCode(1)
        }
        switch compiled.evaluate(activation) {
        case .success(let value):
            Output.write((format == .json ? value.jsonText : value.description) + "\n")
        case .failure(let error):
            diagnostics.append(error.diagnostic)
            throw ExitCode(1)
        }
    }
}
