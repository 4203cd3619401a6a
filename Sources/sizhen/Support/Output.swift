import Foundation
import SizhenDiagnostics
import SizhenLoader

/// Standard error as a `TextOutputStream`.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}

/// Where commands print: results to standard output, diagnostics to standard error with
/// colour only when standard error is a terminal.
enum Output {
    /// Prints diagnostics (sorted, capped, with source lines) to standard error.
    static func report(_ diagnostics: Diagnostics, sources: SourceFiles) {
        guard !diagnostics.isEmpty else { return }
        let colour = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let renderer = DiagnosticRenderer(usesColour: colour, messages: messages, sources: sources.lookup)
        var standardError = StandardError()
        print(renderer.render(diagnostics), terminator: "", to: &standardError)
    }

    /// The words of every message a command prints: English, from the loader's catalogues (the
    /// diagnostics' own words included).
    static let messages = MessageRenderer(book: SizhenLoaderMessages.book, language: .english)

    /// Writes text to standard output as is.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
