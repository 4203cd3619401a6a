import SizhenDiagnostics

/// What a holiday policy did with one occurrence date, with the reason an administrator reads.
public enum HolidayOutcome: Sendable, Hashable, CustomStringConvertible {
    /// Held on its date: the date is a workday, or the policy is `keep` (then `day` says it
    /// is a rest day and `reason` says so).
    case kept(DayClassification)
    /// Held on another date instead of the rest day `day`.
    case moved(DayClassification, to: CivilDate)
    /// Not held: `day` is a rest day and the policy is `skip`.
    case skipped(DayClassification)

    /// The planned date and what kind of day it is.
    public var original: DayClassification {
        switch self {
        case .kept(let day), .moved(let day, _), .skipped(let day): day
        }
    }

    /// The date the occurrence is held on; nil when skipped.
    public var date: CivilDate? {
        switch self {
        case .kept(let day): day.date
        case .moved(_, let to): to
        case .skipped: nil
        }
    }

    /// Whether the occurrence was kept on a rest day (policy `keep`).
    public var isKeptOnRestDay: Bool {
        if case .kept(let day) = self { return !day.isWorkday }
        return false
    }

    /// Why the date changed, or why a kept date is notable; nil for a date kept on a workday.
    ///
    /// - moved (`holiday.moved-later`, `holiday.moved-earlier`): `moved from 2026-10-07 (国庆节) to 2026-10-08`,
    ///   `moved from 2026-12-12 (周六) to 2026-12-14`
    /// - skipped, or kept on a rest day (`holiday.rest-day`): `2026-10-07 is a rest day (国庆节)`
    public var reason: Message? {
        let day = original
        guard let label = day.kind.restDayLabel else { return nil }
        switch self {
        case .moved(_, let to):
            return CalendarWording.moved(from: day.date, label: label, to: to)
        case .kept, .skipped:
            return CalendarWording.restDay(day.date, label: label)
        }
    }

    /// `kept 2026-12-09`, `moved from … to …`, `skipped: 2026-10-07 is a rest day (国庆节)`: English, for
    /// debugging.
    public var description: String {
        let reason = reason.map(SizhenCalendarMessages.english.render)
        return switch self {
        case .kept(let day): "kept \(day.date)" + (reason.map { ": \($0)" } ?? "")
        case .moved: reason ?? ""
        case .skipped: "skipped: " + (reason ?? "")
        }
    }
}
