/// One item of a `BYDAY` list: a weekday, optionally with an ordinal such as the `2` of
/// `2WE` (the second Wednesday) or the `-1` of `-1FR` (the last Friday).
public struct RecurrenceDay: Sendable, Hashable, CustomStringConvertible {
    /// The day of the week.
    public var weekday: Weekday
    /// Which of the weekdays in the month (or year) is meant: 1 the first, -1 the last;
    /// 0 means every one of them.
    public var ordinal: Int

    /// Every `weekday` of the period (`MO`), or only the `ordinal`-th one (`2WE`, `-1FR`).
    public init(_ weekday: Weekday, ordinal: Int = 0) {
        self.weekday = weekday
        self.ordinal = ordinal
    }

    /// Whether an ordinal restricts the day (`2WE`) rather than naming every one (`WE`).
    public var hasOrdinal: Bool { ordinal != 0 }

    /// The RFC 5545 form: `WE`, `2WE`, `-1FR`.
    public var description: String { ordinal == 0 ? weekday.code : "\(ordinal)\(weekday.code)" }
}
