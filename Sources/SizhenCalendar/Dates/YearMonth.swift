/// A calendar month, `2026-12`.
public struct YearMonth: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year, 1...9999.
    public var year: Int
    /// The month, 1...12.
    public var month: Int

    /// Creates a month, or nil outside years 1...9999 or months 1...12.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses exactly `YYYY-MM`.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              bytes.enumerated().allSatisfy({ $0.offset == 4 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0.element) }),
              let year = Int(String(text.prefix(4))), let month = Int(String(text.suffix(2))) else { return nil }
        self.init(year: year, month: month)
    }

    /// The month of a date.
    public init(of date: CivilDate) {
        let parts = date.components
        year = parts.year
        month = parts.month
    }

    /// The first day.
    public var firstDay: CivilDate { CivilDate(uncheckedYear: year, month: month, day: 1) }
    /// The last day.
    public var lastDay: CivilDate { CivilDate(uncheckedYear: year, month: month, day: CivilDate.daysIn(month: month, year: year)) }
    /// The month after (December 9999 has none: it stays).
    public var next: YearMonth {
        month == 12 ? YearMonth(year: year + 1, month: 1) ?? self : YearMonth(year: year, month: month + 1) ?? self
    }

    /// The month before (itself for the first month there is).
    public var previous: YearMonth {
        month == 1 ? YearMonth(year: year - 1, month: 12) ?? self : YearMonth(year: year, month: month - 1) ?? self
    }

    /// Every day in order.
    public var days: ClosedRange<CivilDate> { firstDay...lastDay }

    /// `2026-12`.
    public var description: String {
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + (month < 10 ? "0" : "") + String(month)
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}
