import Foundation
import SizhenDiagnostics

/// An IANA time zone (`Asia/Shanghai`) that turns a civil date and a wall-clock time into an
/// instant, using the zone rules Foundation carries.
///
/// Daylight saving time follows RFC 5545 §3.3.5:
/// - a local time that occurs twice (when the clocks fall back) means the **first**
///   occurrence, e.g. 01:30 on 2026-11-01 in America/New_York is 01:30 EDT = 05:30Z;
/// - a local time that does not exist (in the gap when the clocks spring forward) is read
///   with the UTC offset in effect **before** the gap, e.g. 02:30 on 2026-03-08 in
///   America/New_York is 02:30 at −05:00 = 07:30Z, which the clocks show as 03:30 EDT.
///
/// China has had no daylight saving time since 1991, so in the default zone every wall-clock
/// time of a modern date is exactly one instant (UTC+08:00).
public struct CivilTimeZone: Hashable, Sendable, CustomStringConvertible {
    /// The identifier of the default zone, `Asia/Shanghai`.
    public static let defaultIdentifier = "Asia/Shanghai"

    /// China Standard Time, the default zone of a district.
    public static let shanghai = CivilTimeZone(
        zone: TimeZone(identifier: defaultIdentifier) ?? TimeZone(secondsFromGMT: 8 * 3600)!,
        identifier: defaultIdentifier)

    /// The IANA identifier as written.
    public let identifier: String
    private let zone: TimeZone

    private init(zone: TimeZone, identifier: String) {
        self.zone = zone
        self.identifier = identifier
    }

    /// Looks up an IANA zone by identifier; an unknown one is an error diagnostic at
    /// `location`, with a suggestion when the identifier looks like a typo of a known zone.
    public init(identifier: String, at location: SourceLocation? = nil) throws(Diagnostic) {
        guard !identifier.isEmpty, let zone = TimeZone(identifier: identifier) else {
            let suggestion = Suggestions.closest(to: identifier, in: TimeZone.knownTimeZoneIdentifiers)
            throw .error(CalendarWording.unknownZone(identifier, suggestion: suggestion), at: location, hint: CalendarWording.zoneHint)
        }
        self.init(zone: zone, identifier: identifier)
    }

    /// The UTC offset in seconds in effect at `instant` (+28800 for China).
    public func offset(at instant: Instant) -> Int {
        zone.secondsFromGMT(for: instant.date)
    }

    /// The day it is in this zone at `instant`.
    public func date(at instant: Instant) -> CivilDate {
        let local = instant.secondsSinceEpoch + offset(at: instant)
        return CivilDate(daysSinceEpoch: local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
    }

    /// The instant of `time` on `date` in this zone, by the daylight-saving rule above.
    public func instant(on date: CivilDate, at time: TimeOfDay) -> Instant {
        let local = date.daysSinceEpoch * 86_400 + time.minutesSinceMidnight * 60
        // The offsets in force a day either side cover both sides of any transition of that day.
        let before = offset(at: Instant(secondsSinceEpoch: local - 86_400))
        let after = offset(at: Instant(secondsSinceEpoch: local + 86_400))
        let valid = [before, after]
            .map { Instant(secondsSinceEpoch: local - $0) }
            .filter { local - offset(at: $0) == $0.secondsSinceEpoch }
        // Twice (fall back): the earlier. Never (spring forward): the offset before the gap.
        return valid.min() ?? Instant(secondsSinceEpoch: local - before)
    }

    /// When a window on `date` starts and ends in this zone.
    public func interval(on date: CivilDate, window: TimeWindow) -> ZonedInterval {
        ZonedInterval(start: instant(on: date, at: window.start), end: instant(on: date, at: window.end), zone: self)
    }

    /// `instant` as RFC 3339 with this zone's offset at that instant:
    /// `2026-12-09T09:00:00+08:00`. (Offsets are printed to the minute; only pre-1900 local
    /// mean times have seconds.)
    public func rfc3339(_ instant: Instant) -> String {
        let offset = offset(at: instant)
        return Instant.rfc3339(localSeconds: instant.secondsSinceEpoch + offset, offset: offset)
    }

    /// The identifier.
    public var description: String { identifier }
}
