import SizhenDiagnostics

extension RecurrenceRule {
    /// Parses an RFC 5545 rule such as `FREQ=MONTHLY;BYDAY=2WE,4WE` (an optional leading
    /// `RRULE:` is allowed), reporting every problem at once, each located in the rule:
    /// `origin` is the location of the rule's first character.
    ///
    /// Part names and values are case-insensitive (`freq=monthly` is accepted).
    public static func parse(_ text: String, at origin: SourceLocation) -> Result<RecurrenceRule, Diagnostics> {
        var parser = RecurrenceParser(text, at: origin)
        return parser.parse()
    }

    /// Parses a rule as `parse(_:at:)` does, throwing the diagnostics when it is malformed.
    public init(parsing text: String, at origin: SourceLocation = SourceLocation(file: "<rule>", line: 1, column: 1)) throws(Diagnostics) {
        self = try Self.parse(text, at: origin).get()
    }
}
