import SizhenDiagnostics

/// A mention of another thing by its id, with where it was written, so that a reference
/// to nothing can be reported at the mention.
public struct Reference: Sendable, Hashable, CustomStringConvertible {
    /// The id referred to.
    public var id: String
    /// Where the id was written.
    public var location: SourceLocation

    /// Creates a reference.
    public init(_ id: String, at location: SourceLocation) {
        self.id = id
        self.location = location
    }

    public var description: String { id }
}

/// A rule as written (CEL-subset text) with the location of its first character; compiled
/// against the case schema when the whole folder is checked.
public struct RuleText: Sendable, Hashable {
    /// The expression.
    public var text: String
    /// Where its first character is.
    public var location: SourceLocation

    /// Creates a rule text.
    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// A length of time in calendar days or in workdays of the district calendar.
public struct Duration: Sendable, Hashable, CustomStringConvertible {
    /// Calendar days or workdays.
    public enum Unit: String, Sendable, Hashable {
        case days, workdays
    }

    /// How many.
    public var amount: Int
    /// Of what.
    public var unit: Unit

    /// Creates a duration.
    public init(_ amount: Int, _ unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// `3 workdays`, `1 day`.
    public var description: String {
        switch unit {
        case .days: amount == 1 ? "1 day" : "\(amount) days"
        case .workdays: amount == 1 ? "1 workday" : "\(amount) workdays"
        }
    }

    /// Parses `N day(s)` or `N workday(s)`, N from 0 to 3650; nil otherwise.
    public init?(parsing text: String) {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 2, let amount = Int(words[0]), (0...3650).contains(amount),
              words[0].allSatisfy(\.isASCII) else { return nil }
        switch words[1] {
        case "day", "days": self.init(amount, .days)
        case "workday", "workdays": self.init(amount, .workdays)
        default: return nil
        }
    }
}
