/// The answer to "what kind of day is this date?", and where the answer came from.
public struct DayClassification: Sendable, Hashable, CustomStringConvertible {
    /// The date classified.
    public var date: CivilDate
    /// Its kind.
    public var kind: DayKind
    /// True when the date's year is not covered and the calendar's `missing_years: weekends`
    /// fallback answered (weekend off, no holidays); such a use is also recorded as a warning.
    public var isFallback: Bool

    /// Creates a classification.
    public init(date: CivilDate, kind: DayKind, isFallback: Bool = false) {
        self.date = date
        self.kind = kind
        self.isFallback = isFallback
    }

    /// Whether people work on the date.
    public var isWorkday: Bool { kind.isWorkday }

    /// `2026-10-07 holiday (国庆节)`, with ` [fallback]` when the year was not covered.
    public var description: String {
        "\(date) \(kind)" + (isFallback ? " [fallback]" : "")
    }
}
