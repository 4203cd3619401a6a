/// How often a recurrence rule's periods come round: the `FREQ` part of an RFC 5545 rule.
///
/// Only the date frequencies exist here: a schedule's rule produces days, and the time of
/// day is written separately (`time:`), so `HOURLY`, `MINUTELY` and `SECONDLY` are refused
/// when a rule is parsed.
public enum RecurrenceFrequency: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Every day (or every `INTERVAL` days).
    case daily = "DAILY"
    /// Every week, weeks starting on `WKST`.
    case weekly = "WEEKLY"
    /// Every calendar month.
    case monthly = "MONTHLY"
    /// Every calendar year.
    case yearly = "YEARLY"

    /// The RFC 5545 name: `DAILY`, `WEEKLY`, `MONTHLY` or `YEARLY`.
    public var description: String { rawValue }
}
