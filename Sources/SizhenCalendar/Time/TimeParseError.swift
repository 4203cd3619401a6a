import SizhenDiagnostics

/// A mistake in a written time (`"9:00"`) or time window (`"09:00-12:00"`), with the place
/// inside the text, so that a loader can point at the exact character in its YAML file.
public struct TimeParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, in one sentence.
    public var message: Message
    /// Where, in Unicode scalars from the start of the text (0 = the first character).
    public var offset: Int
    /// How to fix it.
    public var hint: Message?

    /// Creates an error.
    public init(_ message: Message, offset: Int, hint: Message? = nil) {
        self.message = message
        self.offset = offset
        self.hint = hint
    }

    /// The error as a diagnostic. `textStart` is the location of the text's first character
    /// (after any opening quote in YAML); the diagnostic points `offset` columns further right.
    public func diagnostic(at textStart: SourceLocation? = nil) -> Diagnostic {
        .error(message, at: textStart?.advanced(byColumns: offset), hint: hint)
    }

    /// `column N: message` in English, counting columns from 1.
    public var description: String { "column \(offset + 1): " + SizhenCalendarMessages.english.render(message) }
}
