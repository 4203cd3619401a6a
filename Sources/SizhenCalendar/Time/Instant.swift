import Foundation

/// A point in time, to the second, independent of any zone: seconds since
/// 1970-01-01T00:00:00Z (leap seconds ignored, as POSIX and Foundation do).
public struct Instant: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Seconds since the Unix epoch (negative before).
    public var secondsSinceEpoch: Int

    /// Creates an instant from seconds since the epoch.
    public init(secondsSinceEpoch: Int) { self.secondsSinceEpoch = secondsSinceEpoch }

    /// The instant of a Foundation date, rounded down to the second.
    public init(_ date: Date) { secondsSinceEpoch = Int(date.timeIntervalSince1970.rounded(.down)) }

    /// The same instant as a Foundation date.
    public var date: Date { Date(timeIntervalSince1970: TimeInterval(secondsSinceEpoch)) }

    /// The instant `seconds` later.
    public func adding(seconds: Int) -> Instant { Instant(secondsSinceEpoch: secondsSinceEpoch + seconds) }

    /// The iCalendar (RFC 5545) UTC form: `20261209T010000Z`.
    public var icsUTC: String {
        let (date, seconds) = Instant.split(secondsSinceEpoch)
        let (y, m, d) = date.components
        return pad(y, 4) + pad(m, 2) + pad(d, 2) + "T" + pad(seconds / 3600, 2) + pad(seconds / 60 % 60, 2)
            + pad(seconds % 60, 2) + "Z"
    }

    /// RFC 3339 in UTC: `2026-12-09T01:00:00Z`.
    public var description: String { Instant.rfc3339(localSeconds: secondsSinceEpoch, offset: nil) }

    /// Earlier instants sort first.
    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.secondsSinceEpoch < rhs.secondsSinceEpoch }

    /// Splits seconds into a civil date and seconds into that day (0..<86400).
    static func split(_ seconds: Int) -> (CivilDate, Int) {
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        return (CivilDate(daysSinceEpoch: days), seconds - days * 86_400)
    }

    /// `YYYY-MM-DDTHH:MM:SS` of local seconds, then `Z` (offset nil) or `±HH:MM`.
    static func rfc3339(localSeconds: Int, offset: Int?) -> String {
        let (date, seconds) = split(localSeconds)
        var text = date.description + "T" + pad(seconds / 3600, 2) + ":" + pad(seconds / 60 % 60, 2) + ":"
            + pad(seconds % 60, 2)
        guard let offset else { return text + "Z" }
        let minutes = abs(offset) / 60
        text += (offset < 0 ? "-" : "+") + pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2)
        return text
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
