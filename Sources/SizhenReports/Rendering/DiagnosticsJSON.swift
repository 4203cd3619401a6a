import SizhenDiagnostics

/// Diagnostics as JSON for editors and CI:
/// `[{"file","line","column","severity","message","code","args","hint","hint_code","hint_args"}]`,
/// sorted by place, every one (not capped); `file`, `line`, `column` and `hint` are null when
/// unknown. `message` and `hint` are in the reader's language; the codes never change.
public enum DiagnosticsJSON {
    /// The diagnostics as one JSON array.
    public static func render(_ diagnostics: Diagnostics, messages: MessageRenderer) -> String {
        let items = diagnostics.sorted.map { diagnostic in
            JSONText.object([
                ("file", diagnostic.location.map { JSONText.string($0.file) } ?? "null"),
                ("line", diagnostic.location.map { String($0.line) } ?? "null"),
                ("column", diagnostic.location.map { String($0.column) } ?? "null"),
                ("severity", JSONText.string(diagnostic.severity.rawValue)),
            ] + JSONText.message("message", diagnostic.message, messages)
              + (diagnostic.hint == nil ? [("hint", "null")] : JSONText.message("hint", diagnostic.hint, messages)))
        }
        return JSONText.array(items)
    }
}
