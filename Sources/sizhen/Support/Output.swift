import Foundation
import SizhenDiagnostics
import ArgumentParser
import SizhenOperations

/// Standard error as a `TextOutputStream`.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        Output.write(string, to: .standardError)
    }
}

/// The first failure to write standard output (a full disk, a closed pipe), said once the
/// command is done: Foundation's `FileHandle.write(_:)` would stop the process at once.
final class OutputFailure: @unchecked Sendable {
    static let shared = OutputFailure()
    private let lock = NSLock()
    private var detail: String?

    /// Remembers a failure (the first one).
    func record(_ error: any Error) {
        let text = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?.localizedDescription ?? error.localizedDescription
        lock.withLock { if detail == nil { detail = text } }
    }

    /// What went wrong, if anything did.
    var failure: String? { lock.withLock { detail } }
}

/// Where commands print: results to standard output, diagnostics to standard error with
/// colour only when standard error is a terminal.
enum Output {
    /// The words of every message, in the reader's language.
    static let messages = MessageRenderer(book: .sizhen, language: .english)

    /// Prints diagnostics (sorted, capped, with source lines) to standard error.
    static func report(_ diagnostics: Diagnostics, sources: @escaping DiagnosticRenderer.SourceLookup = { _ in nil }) {
        guard !diagnostics.isEmpty else { return }
        let colour = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let renderer = DiagnosticRenderer(usesColour: colour, messages: messages, sources: sources)
        var standardError = StandardError()
        print(renderer.render(diagnostics), terminator: "", to: &standardError)
    }

    /// Writes text to standard output as is.
    static func write(_ text: String) {
        write(text, to: .standardOutput)
    }

    /// Writes text to a standard stream; a failure of standard output is remembered (and said
    /// when the command ends), one of standard error cannot be said anywhere.
    static func write(_ text: String, to handle: FileHandle) {
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            if handle === FileHandle.standardOutput { OutputFailure.shared.record(error) }
        }
    }

    /// Exits with `status`, or with 1 after saying so when standard output could not be written.
    static func exit(_ status: Int32) -> Never {
        if let detail = OutputFailure.shared.failure {
            report(Diagnostics([.error(OperationMessage.outputFailed(["detail": .text(detail)]), hint: OperationMessage.outputFailedHint())]))
            Foundation.exit(1)
        }
        Foundation.exit(status)
    }

    /// An operation's value, after printing its diagnostics; exit status 1 when it has none
    /// or an error was found (`print` then shows what there is before the diagnostics).
    static func value<Value>(of outcome: Outcome<Value>, print: ((Value) -> Void)? = nil) throws -> Value {
        if let value = outcome.value, let print { print(value) }
        report(outcome.diagnostics, sources: outcome.sources.lookup)
        guard let value = outcome.value, !outcome.diagnostics.hasErrors else { throw ExitCode(1) }
        return value
    }
}
