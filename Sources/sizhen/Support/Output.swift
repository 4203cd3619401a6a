import Foundation
import SizhenDiagnostics
import ArgumentParser
import SizhenCalendar
import SizhenOperations

/// Standard error as a `TextOutputStream`.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        Output.write(string, to: STDERR_FILENO)
    }
}

/// Where commands print: results to standard output, diagnostics to standard error with
/// colour only when standard error is a terminal.
enum Output {
    /// The reader's language: `--lang`, else `SIZHEN_LANG`, else the locale (`Sizhen.main`
    /// sets it before any command runs, and nothing changes it after).
    nonisolated(unsafe) static var language = Language.english {
        didSet { messages = MessageRenderer(book: .sizhen, language: language) }
    }

    /// The words of every message, in the reader's language.
    nonisolated(unsafe) private(set) static var messages = MessageRenderer(book: .sizhen, language: .english)

    /// The moment a command runs, for the day its sheets say they were made: SOURCE_DATE_EPOCH
    /// (seconds since 1970, the reproducible-builds convention) when set to a number, else the
    /// clock. Read here, at the edge; the operations are given it.
    static var now: Instant {
        if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(text) { return Instant(secondsSinceEpoch: seconds) }
        return Instant(Date())
    }

    /// Prints diagnostics (sorted, capped, with source lines) to standard error.
    static func report(_ diagnostics: Diagnostics, sources: @escaping DiagnosticRenderer.SourceLookup = { _ in nil }) {
        guard !diagnostics.isEmpty else { return }
        let colour = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let renderer = DiagnosticRenderer(usesColour: colour, messages: messages, sources: sources)
        var standardError = StandardError()
        print(renderer.render(diagnostics), terminator: "", to: &standardError)
    }

    /// Writes text to standard output, its line breaks and tabs as they are but every other
    /// character that would act on a terminal (an escape sequence in a name or a note) shown
    /// as `\u{…}`: the last guard behind the tables' and the messages' own escaping.
    static func write(_ text: String) {
        write(QuotedText.escaped(text, keepingLayout: true), to: STDOUT_FILENO)
    }

    /// Writes text to standard output or error. A write that fails (a full disk, a closed
    /// pipe, `/dev/full`) ends the command with status 1, saying so on standard error when that
    /// still works: the output is incomplete, and a script must not take it for whole.
    static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)
        let failure = bytes.withUnsafeMutableBytes { FileWriting.writeAll(descriptor, $0.baseAddress, $0.count) }
        guard failure != 0 else { return }
        if descriptor == STDOUT_FILENO {
            let message = messages.render(OperationMessage.standardOutputFailed(["detail": .message(FileWriting.reason(errno: failure))]))
            var line = Array(("sizhen: " + message + "\n").utf8)
            _ = line.withUnsafeMutableBytes { FileWriting.writeAll(STDERR_FILENO, $0.baseAddress, $0.count) }
        }
        Foundation.exit(1)
    }

    /// Writes a whole file (`--output`), or reports why not and ends with status 1.
    static func write(_ text: String, toFile path: String, flag: String = "--output") throws {
        do throws(Diagnostic) {
            try FileWriting.write(text, to: path, flag: flag)
        } catch {
            report(Diagnostics([error]))
            throw ExitCode(1)
        }
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
