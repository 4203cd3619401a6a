import SizhenDiagnostics

/// An error while evaluating a rule (division by zero, overflow, a missing key, a bad
/// index): a value with the place in the rule where it happened, never a crash.
public struct RuleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public var message: Message
    /// The place in the expression (inside the YAML string, or `expr:1:COL` on the command line).
    public var location: SourceLocation

    /// Creates an error.
    public init(_ message: Message, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// The error as a diagnostic, for the renderer.
    public var diagnostic: Diagnostic { .error(message, at: location) }

    /// `file:line:col: message` in English.
    public var description: String { "\(location): " + SizhenRulesMessages.english.render(message) }
}
