/// A span of wall-clock time within one day, such as a sitting's "09:00-12:00".
///
/// The end is after the start: an empty window or one that runs past midnight is an error.
public struct TimeWindow: Hashable, Sendable, CustomStringConvertible {
    /// When it starts.
    public let start: TimeOfDay
    /// When it ends, after `start`.
    public let end: TimeOfDay

    /// Creates a window, or nil unless `end` is after `start`.
    public init?(start: TimeOfDay, end: TimeOfDay) {
        guard start < end else { return nil }
        self.start = start
        self.end = end
    }

    /// Parses `HH:MM-HH:MM` (spaces around the `-` allowed), reporting the first mistake with
    /// its offset in the text: `9-12`, `25:00-26:00`, `12:00-09:00`, `09:00～12:00` …
    public init(parsing text: some StringProtocol) throws(TimeParseError) {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func skipSpaces() { while index < scalars.count, scalars[index] == " " { index += 1 } }

        skipSpaces()
        let (start, afterStart) = try TimeOfDay.parse(scalars, at: index)
        index = afterStart
        skipSpaces()
        guard index < scalars.count, scalars[index] == "-" else {
            let found = index < scalars.count ? CalendarWording.quoted(scalars[index]) : CalendarWording.endOfInput
            throw TimeParseError(CalendarWording.expectedDash(found: found), offset: index, hint: CalendarWording.windowHint)
        }
        index += 1
        skipSpaces()
        let endOffset = index
        let (end, afterEnd) = try TimeOfDay.parse(scalars, at: index)
        index = afterEnd
        skipSpaces()
        if index < scalars.count {
            throw TimeParseError(
                CalendarWording.trailingText(String(String.UnicodeScalarView(scalars[index...]))),
                offset: index, hint: CalendarWording.windowHint)
        }
        if end == start {
            throw TimeParseError(CalendarWording.emptyWindow(start), offset: endOffset, hint: CalendarWording.windowHint)
        }
        guard let window = TimeWindow(start: start, end: end) else {
            throw TimeParseError(
                CalendarWording.endsBeforeStart(start: start, end: end),
                offset: endOffset, hint: CalendarWording.overnightHint)
        }
        self = window
    }

    /// The length in minutes.
    public var minutes: Int { end.minutesSinceMidnight - start.minutesSinceMidnight }

    /// `HH:MM-HH:MM`.
    public var description: String { "\(start)-\(end)" }
}
