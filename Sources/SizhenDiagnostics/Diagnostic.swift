/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    case error
    case warning
    case note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The word for it, in the reader's language.
    public var word: Message {
        switch self {
        case .error: DiagnosticsMessage.error()
        case .warning: DiagnosticsMessage.warning()
        case .note: DiagnosticsMessage.note()
        }
    }
}

/// A message about something a user wrote: data, not an exception. Rendering is separate
/// (see `DiagnosticRenderer`).
public struct Diagnostic: Hashable, Sendable, Error, CustomStringConvertible {
    /// Error, warning or note.
    public var severity: Severity
    /// What is wrong: a code and its arguments, rendered as one sentence without a trailing
    /// full stop.
    public var message: Message
    /// Where, when the problem has a place (a flag's value may not).
    public var location: SourceLocation?
    /// How to fix it, when there is something useful to say.
    public var hint: Message?
    /// Further located remarks ("first defined here").
    public var notes: [Diagnostic]

    /// Creates a diagnostic. A text argument of the message or the hint longer than
    /// `QuotedText.longestArgument` is cut, and so is a list longer than
    /// `QuotedText.mostListItems` (see `Message.clipped()`): what a user wrote is quoted, never
    /// copied whole, however often it is quoted.
    public init(
        _ severity: Severity,
        _ message: Message,
        at location: SourceLocation? = nil,
        hint: Message? = nil,
        notes: [Diagnostic] = []
    ) {
        self.severity = severity
        self.message = message.clipped()
        self.location = location
        self.hint = hint?.clipped()
        self.notes = notes
    }

    /// An error at `location`.
    public static func error(_ message: Message, at location: SourceLocation? = nil, hint: Message? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location, hint: hint)
    }

    /// A warning at `location`.
    public static func warning(_ message: Message, at location: SourceLocation? = nil, hint: Message? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, hint: hint)
    }

    /// Whether this is an error (as opposed to a warning or note).
    public var isError: Bool { severity == .error }

    /// `file:line:col: error: message`, without the source excerpt.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): \(message)"
        if let hint { text += " (hint: \(hint))" }
        return text
    }
}
