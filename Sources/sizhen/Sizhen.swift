import ArgumentParser
import Foundation
import SizhenDiagnostics
import SizhenOperations

/// The `sizhen` command: a thin shell over the library targets.
///
/// Exit codes: 0 success; 1 the input has errors (diagnostics printed); 2 usage error.
@main
struct Sizhen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sizhen",
        abstract: "A rule-based workflow engine for the 四诊 community legal clinics.",
        discussion: """
            Every command speaks Chinese or English: --lang zh|en (before or after the command),
            else the environment variable SIZHEN_LANG, else the locale (LC_ALL, LC_MESSAGES,
            LANG: Chinese when it starts with zh). JSON keys and message codes are the same in both.
            """,
        version: "0.1.0",
        subcommands: [Simulate.self, Validate.self, Schedule.self, PlanCommand.self, Rounds.self, Intake.self, Records.self, Report.self, Close.self,
                      Explain.self, Eval.self, SchemaCommand.self, Scaffold.self, CalendarCommand.self]
    )

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
            if code == .success {
                Output.write(fullMessage(for: error) + "\n")
                Foundation.exit(0)
            }
            // ArgumentParser quotes what was typed ("Unknown option '…'"): shown inert.
            Output.write(QuotedText.escaped(fullMessage(for: error), keepingLayout: true) + "\n", to: STDERR_FILENO)
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
