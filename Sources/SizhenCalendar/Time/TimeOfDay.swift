import SizhenDiagnostics

/// A wall-clock time of day to the minute, in no particular zone: "09:00".
public struct TimeOfDay: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The hour, 0...23.
    public let hour: Int
    /// The minute, 0...59.
    public let minute: Int

    /// Creates a time, or nil when the hour or minute is out of range.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Parses exactly `HH:MM` with two ASCII digits each (`09:00`, not `9:00`).
    public init(parsing text: some StringProtocol) throws(TimeParseError) {
        let scalars = Array(text.unicodeScalars)
        let (time, end) = try TimeOfDay.parse(scalars, at: 0)
        if end < scalars.count {
            throw TimeParseError(
                CalendarWording.trailingText(String(String.UnicodeScalarView(scalars[end...]))),
                offset: end, hint: CalendarWording.expectedTimeHint)
        }
        self = time
    }

    /// Minutes since midnight, 0...1439.
    public var minutesSinceMidnight: Int { hour * 60 + minute }

    /// `HH:MM`.
    public var description: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    /// Earlier times of day sort first.
    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }

    /// Parses `HH:MM` starting at `start`, returning the time and the offset after it.
    static func parse(_ scalars: [Unicode.Scalar], at start: Int) throws(TimeParseError) -> (TimeOfDay, Int) {
        func digit(_ index: Int) -> Int? {
            guard index < scalars.count, ("0"..."9").contains(scalars[index]) else { return nil }
            return Int(scalars[index].value - 48)
        }
        guard let h1 = digit(start), let h2 = digit(start + 1),
              start + 2 < scalars.count, scalars[start + 2] == ":",
              let m1 = digit(start + 3), let m2 = digit(start + 4)
        else {
            throw TimeParseError(
                CalendarWording.expectedTime(found: token(scalars, at: start)),
                offset: start, hint: CalendarWording.expectedTimeHint)
        }
        let (hour, minute) = (h1 * 10 + h2, m1 * 10 + m2)
        guard hour <= 23 else {
            throw TimeParseError(CalendarWording.hourOutOfRange(hour), offset: start, hint: CalendarWording.expectedTimeHint)
        }
        guard minute <= 59 else {
            throw TimeParseError(CalendarWording.minuteOutOfRange(minute), offset: start + 3, hint: CalendarWording.expectedTimeHint)
        }
        return (TimeOfDay(hour: hour, minute: minute)!, start + 5)
    }

    /// The text from `start` up to the next `-`, space or end, quoted, for "found …".
    private static func token(_ scalars: [Unicode.Scalar], at start: Int) -> Message {
        var end = start
        while end < scalars.count, scalars[end] != "-", scalars[end] != " " { end += 1 }
        if end == start {
            return start < scalars.count ? CalendarWording.quoted(scalars[start]) : CalendarWording.endOfInput
        }
        return CalendarWording.quoted(String(String.UnicodeScalarView(scalars[start..<end])))
    }
}
