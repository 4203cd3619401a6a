import SizhenDiagnostics

/// A date a schedule is held on, with why it differs from the rule's date.
public struct ScheduledDate: Sendable, Hashable {
    /// The date it is held on.
    public var date: CivilDate
    /// The rule's date, when a holiday policy moved it.
    public var movedFrom: CivilDate?
    /// Why it moved (`holiday.moved-later`: `moved from 2026-10-07 (国庆节) to 2026-10-08`), or, for
    /// a date kept on a rest day by policy `keep`, that it is one (`holiday.rest-day`); nil for a
    /// plain workday.
    public var reason: Message?
    /// What kind of day it is held on: a workday, a make-up workday (调休上班, worth telling
    /// people about: it is a Saturday or Sunday), or a rest day kept by policy `keep`.
    public var dayKind: DayKind

    /// Creates a scheduled date.
    public init(date: CivilDate, movedFrom: CivilDate? = nil, reason: Message? = nil, dayKind: DayKind = .workday) {
        self.date = date
        self.movedFrom = movedFrom
        self.reason = reason
        self.dayKind = dayKind
    }

    /// Whether a holiday policy moved it.
    public var isMoved: Bool { movedFrom != nil }
}

/// A rule date that is not held, and why.
public struct SkippedDate: Sendable, Hashable {
    /// The rule's date.
    public var date: CivilDate
    /// Why: `2026-10-07 is a rest day (国庆节)` (`holiday.rest-day`), or that moving it would land
    /// on a date that already has an occurrence (`holiday.already-held`).
    public var reason: Message

    /// Creates a skipped date.
    public init(date: CivilDate, reason: Message) {
        self.date = date
        self.reason = reason
    }
}

/// The dates of a schedule in a window: held dates in order, skipped dates in order, and the
/// calendar warnings (fallback years) met on the way.
public struct ScheduleExpansion: Sendable, Hashable {
    /// Held dates, sorted, one per date.
    public var occurrences: [ScheduledDate]
    /// Rule dates not held, sorted by the rule's date.
    public var skipped: [SkippedDate]
    /// Uses of a `missing_years: weekends` fallback, to be reported as warnings.
    public var warnings: CalendarWarnings

    /// Creates an expansion.
    public init(occurrences: [ScheduledDate], skipped: [SkippedDate], warnings: CalendarWarnings) {
        self.occurrences = occurrences
        self.skipped = skipped
        self.warnings = warnings
    }
}
