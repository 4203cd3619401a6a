import ArgumentParser
import Foundation
import SizhenDiagnostics
import SizhenOperations

/// The `sizhen` command: a thin shell over the library targets.
///
/// Exit codes: 0 success; 1 the input has errors (diagnostics printed); 2 usage error.
@main
struct Sizhen: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "sizhen",
            abstract: HelpMessage.sizhenAbstract.text,
            discussion: HelpMessage.sizhenDiscussion.text,
            version: "0.1.0",
            subcommands: [InitCommand.self, Simulate.self, Validate.self, Schedule.self, PlanCommand.self, Rounds.self, Intake.self, Records.self, Report.self, Close.self, DatabaseCommand.self,
                          Explain.self, Eval.self, SchemaCommand.self, Scaffold.self, CalendarCommand.self, Serve.self, UserCommand.self]
        )
    }

    /// Runs a command, mapping ArgumentParser's usage errors to exit code 2 (it uses 64).
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        Output.language = LanguageChoice.fromEnvironment(ProcessInfo.processInfo.environment)
        switch LanguageChoice.take(from: &arguments) {
        case .success(let language)?: Output.language = language
        case .failure(let refusal)?:
            let message = refusal.text.map { OperationMessage.badLanguage(["value": .text($0)]) } ?? OperationMessage.noLanguage()
            Output.report(Diagnostics([.error(message, at: SourceLocation(file: "--lang", line: 1, column: 1), hint: OperationMessage.badLanguageHint())]))
            Foundation.exit(1)
        case nil: break
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            // Asked for unwrapped and broken by display width (HelpScreen): a help screen in either
            // language, a usage error in Chinese; an English usage error is ArgumentParser's own.
            let unwrapped = fullMessage(for: error, columns: 1_000_000)
            let text = Output.language == .chinese ? HelpScreen.text(of: unwrapped, width: HelpScreen.width, translating: true)
                : code == .success ? HelpScreen.text(of: unwrapped, width: HelpScreen.width, translating: false)
                : fullMessage(for: error)
            if code == .success {
                Output.write(text + "\n")
                Foundation.exit(0)
            }
            // ArgumentParser quotes what was typed ("Unknown option '…'"): shown inert.
            Output.write(QuotedText.escaped(text, keepingLayout: true) + "\n", to: STDERR_FILENO)
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
