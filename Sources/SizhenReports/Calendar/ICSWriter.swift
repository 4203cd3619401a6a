import Foundation
import SizhenCalendar

/// One event of an iCalendar file.
public struct ICSEvent: Sendable, Hashable {
    /// A stable unique id (the occurrence id), so that re-importing updates events instead of
    /// duplicating them.
    public var uid: String
    /// When it starts and ends.
    public var interval: ZonedInterval
    /// The title phones show: `接诊 · 烟雨社区`.
    public var summary: String
    /// Where.
    public var location: String?
    /// More text (why it moved, who sits).
    public var description: String?
    /// Whether it takes the whole of its first day (a home visit or panel has a day, no hours):
    /// written as a DATE, not a time.
    public var isAllDay: Bool
    /// The text of a reminder shown the day before (a VALARM), when there is one.
    public var reminder: String?

    /// Creates an event.
    public init(uid: String, interval: ZonedInterval, summary: String, location: String? = nil, description: String? = nil,
                isAllDay: Bool = false, reminder: String? = nil) {
        self.uid = uid
        self.interval = interval
        self.summary = summary
        self.location = location
        self.description = description
        self.isAllDay = isAllDay
        self.reminder = reminder
    }
}

/// Writes RFC 5545 iCalendar text: one VCALENDAR with a VTIMEZONE for the district's zone
/// and a VEVENT per event, times qualified by TZID; lines end in CRLF and are folded at 75
/// octets without splitting a UTF-8 character. Deterministic: DTSTAMP is the event's own
/// start (in UTC), not the wall clock.
public struct ICSWriter: Sendable {
    /// The calendar's name (X-WR-CALNAME).
    public var name: String
    /// The zone every time is in.
    public var zone: CivilTimeZone

    /// Creates a writer.
    public init(name: String, zone: CivilTimeZone) {
        self.name = name
        self.zone = zone
    }

    /// The whole file.
    public func render(_ events: [ICSEvent]) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Sizhen//sizhen//ZH",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Self.escape(name),
            "X-WR-TIMEZONE:" + zone.identifier,
        ]
        lines += timeZoneComponent(covering: events)
        for event in events {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:" + Self.escape(event.uid))
            lines.append("DTSTAMP:" + event.interval.start.icsUTC)
            if event.isAllDay {
                // RFC 5545 §3.6.1: an anniversary-like event is a DATE, DTEND the day after.
                lines.append("DTSTART;VALUE=DATE:" + localStamp(event.interval.start).prefix(8))
                lines.append("DTEND;VALUE=DATE:" + localStamp(event.interval.end).prefix(8))
            } else {
                lines.append("DTSTART;TZID=\(zone.identifier):" + localStamp(event.interval.start))
                lines.append("DTEND;TZID=\(zone.identifier):" + localStamp(event.interval.end))
            }
            lines.append("SUMMARY:" + Self.escape(event.summary))
            if let location = event.location { lines.append("LOCATION:" + Self.escape(location)) }
            if let description = event.description { lines.append("DESCRIPTION:" + Self.escape(description)) }
            if let reminder = event.reminder {
                // RFC 5545 §3.6.6: a DISPLAY alarm needs ACTION, TRIGGER and DESCRIPTION; the
                // trigger is relative to the event's start.
                lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-P1D", "DESCRIPTION:" + Self.escape(reminder), "END:VALARM"]
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `20261209T090000`: the wall-clock time of `instant` in the zone.
    func localStamp(_ instant: Instant) -> String {
        let local = instant.secondsSinceEpoch + zone.offset(at: instant)
        let date = CivilDate(daysSinceEpoch: Int((Double(local) / 86_400).rounded(.down)))
        let seconds = local - date.daysSinceEpoch * 86_400
        let (y, m, d) = date.components
        return pad(y, 4) + pad(m, 2) + pad(d, 2) + "T" + pad(seconds / 3600, 2) + pad(seconds % 3600 / 60, 2) + pad(seconds % 60, 2)
    }

    /// A VTIMEZONE with one observance per offset change within a year either side of the
    /// events (RFC 5545 allows observances listed by their DTSTART without a rule), or one
    /// fixed STANDARD observance for a zone without changes, such as Asia/Shanghai.
    func timeZoneComponent(covering events: [ICSEvent]) -> [String] {
        let starts = events.map(\.interval.start.secondsSinceEpoch)
        let low = (starts.min() ?? 0) - 366 * 86_400
        let high = (starts.max() ?? 0) + 366 * 86_400
        var lines = ["BEGIN:VTIMEZONE", "TZID:" + zone.identifier]
        var transitions: [(at: Int, from: Int, to: Int)] = []
        // Scan day by day for offset changes, then narrow each to the second: deterministic and
        // independent of what Foundation offers for transitions on this platform.
        var previous = zone.offset(at: Instant(secondsSinceEpoch: low))
        var day = low
        while day <= high {
            let offset = zone.offset(at: Instant(secondsSinceEpoch: day))
            if offset != previous {
                var lower = day - 86_400, upper = day
                while upper - lower > 1 {
                    let middle = (lower + upper) / 2
                    if zone.offset(at: Instant(secondsSinceEpoch: middle)) == previous { lower = middle } else { upper = middle }
                }
                transitions.append((upper, previous, offset))
                previous = offset
            }
            day += 86_400
        }
        if transitions.isEmpty {
            let offset = zone.offset(at: Instant(secondsSinceEpoch: low))
            lines += ["BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:" + Self.offset(offset),
                      "TZOFFSETTO:" + Self.offset(offset), "END:STANDARD"]
        } else {
            for transition in transitions {
                let kind = transition.to > transition.from ? "DAYLIGHT" : "STANDARD"
                let localBefore = Instant(secondsSinceEpoch: transition.at + transition.from)
                lines += ["BEGIN:\(kind)", "DTSTART:" + utcFormatted(localBefore), "TZOFFSETFROM:" + Self.offset(transition.from),
                          "TZOFFSETTO:" + Self.offset(transition.to), "END:\(kind)"]
            }
        }
        lines.append("END:VTIMEZONE")
        return lines
    }

    private func utcFormatted(_ instant: Instant) -> String {
        String(instant.icsUTC.dropLast())
    }

    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        return sign + pad(magnitude / 3600, 2) + pad(magnitude % 3600 / 60, 2)
    }

    /// TEXT escaping of RFC 5545 §3.3.11.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// Folds a content line at 75 octets, continuation lines starting with a space, never
    /// inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var out = ""
        var count = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let width = String(scalar).utf8.count
            if count + width > limit {
                out += "\r\n "
                count = 0
                limit = 74
            }
            out.unicodeScalars.append(scalar)
            count += width
        }
        return out
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
