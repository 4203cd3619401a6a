import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenLoader
import SizhenRules

/// Standard error as a `TextOutputStream`.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}

/// Where commands print: results to standard output, diagnostics to standard error with
/// colour only when standard error is a terminal.
enum Output {
    /// The English words of every message the program shows, from each module's catalogues.
    static let messages = MessageRenderer(book: MessageBook(SizhenCalendarMessages.catalogues + SizhenRulesMessages.catalogues))

    /// Prints diagnostics (sorted, capped, with source lines) to standard error.
    static func report(_ diagnostics: Diagnostics, sources: SourceFiles) {
        guard !diagnostics.isEmpty else { return }
        let colour = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let renderer = DiagnosticRenderer(usesColour: colour, messages: messages, sources: sources.lookup)
        var standardError = StandardError()
        print(renderer.render(diagnostics), terminator: "", to: &standardError)
    }

    /// Writes text to standard output as is.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
