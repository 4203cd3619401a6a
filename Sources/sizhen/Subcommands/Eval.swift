import ArgumentParser
import SizhenOperations

/// `sizhen eval`: evaluate one rule expression, optionally with variables from a JSON file,
/// and print its value. The way to try a `when` before putting it in a workflow.
struct Eval: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: HelpMessage.evalAbstract.text,
            discussion: HelpMessage.evalDiscussion.text
        )
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp(HelpMessage.evalExpression.text, valueName: "EXPR"))
    var expression: String

    @Option(name: .customLong("with"), help: ArgumentHelp(HelpMessage.evalVariables.text, valueName: "FILE.json"))
    var variables: String?

    @Option(help: ArgumentHelp(HelpMessage.evalFormat.text))
    var format: Format = .text

    func run() throws {
        let value = try Output.value(of: EvalOperation(expression: expression, variablesFile: variables).run())
        Output.write((format == .json ? value.jsonText : value.description) + "\n")
    }
}
