/// Renders diagnostics the way a compiler does:
///
/// ```
/// Workflows/calendars/cn.yaml:12:9: error: unknown key 'holidys'; did you mean 'holidays'?
///     holidys:
///     ^
///   hint: …
/// ```
///
/// A pure function of its inputs: the caller says whether to use colour (only on a TTY) and
/// supplies the text of the files so that the source line can be shown.
public struct DiagnosticRenderer: Sendable {
    /// Looks up the text of a file by the path a location carries; nil when not available.
    public typealias SourceLookup = @Sendable (String) -> String?

    /// The most diagnostics shown; the rest are counted in a closing line.
    public var limit: Int
    /// Whether to wrap severities in ANSI colour codes.
    public var usesColour: Bool
    /// The words of the messages, in the reader's language.
    public var messages: MessageRenderer
    private let lookup: SourceLookup

    /// Creates a renderer.
    public init(limit: Int = 100, usesColour: Bool = false, messages: MessageRenderer = MessageRenderer(book: MessageBook()),
                sources: @escaping SourceLookup = { _ in nil }) {
        self.limit = limit
        self.usesColour = usesColour
        self.messages = messages
        self.lookup = sources
    }

    /// Renders the diagnostics sorted by location, capped at `limit`, each followed by its
    /// source line and a caret, with a closing count of errors and warnings.
    public func render(_ diagnostics: Diagnostics) -> String {
        let sorted = diagnostics.sorted
        var out = ""
        for diagnostic in sorted.prefix(limit) {
            out += render(diagnostic)
        }
        if sorted.count > limit {
            out += messages.render(DiagnosticsMessage.moreNotShown(["count": .int(sorted.count - limit)])) + "\n"
        }
        let errors = sorted.count { $0.severity == .error }
        let warnings = sorted.count { $0.severity == .warning }
        if errors + warnings > 0 {
            out += summary(errors: errors, warnings: warnings) + "\n"
        }
        return out
    }

    /// Renders one diagnostic with its source excerpt, hint and notes.
    public func render(_ diagnostic: Diagnostic) -> String {
        var out = headline(diagnostic) + "\n"
        if let location = diagnostic.location, let excerpt = excerpt(at: location) {
            out += excerpt
        }
        if let hint = diagnostic.hint {
            out += "  " + messages.render(DiagnosticsMessage.hint()) + ": " + messages.render(hint) + "\n"
        }
        for note in diagnostic.notes {
            out += render(note)
        }
        return out
    }

    private func headline(_ diagnostic: Diagnostic) -> String {
        // A path is what a user named: its control characters are escaped like a message's.
        let place = diagnostic.location.map { QuotedText.escaped("\($0)") + ": " } ?? ""
        let label = paint(messages.render(diagnostic.severity.word) + ":", diagnostic.severity)
        return place + label + " " + messages.render(diagnostic.message)
    }

    private func paint(_ text: String, _ severity: Severity) -> String {
        guard usesColour else { return text }
        let code = switch severity {
        case .error: "\u{1B}[1;31m"
        case .warning: "\u{1B}[1;35m"
        case .note: "\u{1B}[1;36m"
        }
        return code + text + "\u{1B}[0m"
    }

    private func summary(errors: Int, warnings: Int) -> String {
        var parts: [Message] = []
        if errors > 0 { parts.append(DiagnosticsMessage.errorCount(["count": .int(errors)])) }
        if warnings > 0 { parts.append(DiagnosticsMessage.warningCount(["count": .int(warnings)])) }
        return messages.render(.messages(parts))
    }

    /// The source line and a caret under the column. The caret line repeats tabs and uses
    /// two columns for wide (CJK) characters, so that it lines up in a terminal.
    private func excerpt(at location: SourceLocation) -> String? {
        guard location.line >= 1, let text = lookup(location.file) else { return nil }
        // The line found over the UTF-8 bytes (a line break is one byte): splitting the text
        // into characters cost a tenth of reporting an error at the end of a 5 MB line.
        let utf8 = text.utf8
        var start = utf8.startIndex
        for _ in 1..<location.line {
            guard let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            start = utf8.index(after: newline)
        }
        let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        var line = text[start..<end]
        if line.hasSuffix("\r") { line = line.dropLast() }
        var column = 1
        var shown = line.unicodeScalars[...]
        var prefix = "", suffix = ""
        // A very long line (a minified file, a pasted page) is shown as a window around the
        // column, so that the excerpt stays readable and quick to make.
        if shown.count > Self.longestExcerpt {
            let skip = max(0, min(location.column - 1 - Self.longestExcerpt / 2, shown.count - Self.longestExcerpt))
            shown = shown.dropFirst(skip).prefix(Self.longestExcerpt)
            column += skip
            if skip > 0 { prefix = "…" }
            if shown.endIndex < line.unicodeScalars.endIndex { suffix = "…" }
        }
        var caret = prefix.isEmpty ? "" : " "
        // The line is shown with the characters that would act on a terminal escaped (a tab
        // stays a tab, so that the caret line can repeat it); the caret counts each escape's
        // width.
        var visible = String.UnicodeScalarView()
        for scalar in shown {
            let isEscaped = scalar != "\t" && QuotedText.needsEscape(scalar)
            if isEscaped {
                visible.append(contentsOf: QuotedText.escape(scalar).unicodeScalars)
            } else {
                visible.append(scalar)
            }
            if column >= location.column { continue }
            if scalar == "\t" {
                caret += "\t"
            } else if isEscaped {
                caret += String(repeating: " ", count: QuotedText.escape(scalar).unicodeScalars.count)
            } else {
                caret += DisplayWidth.of(scalar) == 2 ? "  " : (DisplayWidth.of(scalar) == 0 ? "" : " ")
            }
            column += 1
        }
        return "    " + prefix + String(visible) + suffix + "\n" + "    " + caret + "^\n"
    }

    /// The longest source excerpt shown, in characters.
    static let longestExcerpt = 160
}

/// Terminal display width: 2 for East Asian wide and full-width characters, 0 for combining
/// marks, else 1. Used to line up carets and table columns under Chinese text.
public enum DisplayWidth {
    /// The width of a whole string.
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// The width of one scalar.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        // Below U+0300 (combining marks start there) every scalar is one column: most text,
        // and the quickest answer.
        if v < 0x300 { return 1 }
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark {
            return 0
        }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
