import ArgumentParser
import Foundation
import SizhenDiagnostics

/// The `sizhen` command: a thin shell over the library targets.
///
/// Exit codes: 0 success; 1 the input has errors (diagnostics printed); 2 usage error.
@main
struct Sizhen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sizhen",
        abstract: "A rule-based workflow engine for the 四诊 community legal clinics.",
        version: "0.1.0",
        subcommands: [Simulate.self, Validate.self, Schedule.self, PlanCommand.self, Rounds.self, Intake.self, Records.self, Report.self, Close.self,
                      Explain.self, Eval.self, SchemaCommand.self, Scaffold.self]
    )

    /// Runs a command, mapping ArgumentParser's usage errors to exit code 2 (it uses 64).
    static func main() {
        do {
            var command = try parseAsRoot()
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
