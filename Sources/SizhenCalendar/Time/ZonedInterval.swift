/// When an occurrence happens: a start and an end instant, and the zone they were planned in
/// (used to print them as the local wall-clock times people expect).
public struct ZonedInterval: Hashable, Sendable, CustomStringConvertible {
    /// The first instant.
    public var start: Instant
    /// The instant it ends.
    public var end: Instant
    /// The zone of the wall-clock times it was made from.
    public var zone: CivilTimeZone

    /// Creates an interval.
    public init(start: Instant, end: Instant, zone: CivilTimeZone) {
        self.start = start
        self.end = end
        self.zone = zone
    }

    /// The length in seconds (which can differ from the window's length on a day the clocks change).
    public var seconds: Int { end.secondsSinceEpoch - start.secondsSinceEpoch }

    /// The start as RFC 3339 with the zone's offset: `2026-12-09T09:00:00+08:00`.
    public var startRFC3339: String { zone.rfc3339(start) }

    /// The end as RFC 3339 with the zone's offset.
    public var endRFC3339: String { zone.rfc3339(end) }

    /// An ISO 8601 interval: `2026-12-09T09:00:00+08:00/2026-12-09T12:00:00+08:00`.
    public var description: String { startRFC3339 + "/" + endRFC3339 }
}
