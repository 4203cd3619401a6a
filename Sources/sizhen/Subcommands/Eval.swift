import ArgumentParser
import SizhenOperations

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

    func run() throws {
        let value = try Output.value(of: EvalOperation(expression: expression, variablesFile: variables).run())
        Output.write((format == .json ? value.jsonText : value.description) + "\n")
    }
}
