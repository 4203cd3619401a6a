/// Expands a recurrence rule into the dates a schedule is held on: the rule's dates, each
/// passed through a holiday policy against a workday calendar.
///
/// Two rule dates can land on one date (a Saturday moved to Monday when Monday is itself a
/// rule date). A schedule holds one occurrence per date, so the second is listed as skipped
/// with the reason; a date the rule gives directly wins over one moved onto it.
public struct ScheduleExpander: Sendable {
    /// The rule.
    public var rule: RecurrenceRule
    /// What to do with a rule date on a rest day.
    public var policy: HolidayPolicy
    /// The calendar that says which days are rest days.
    public var calendar: WorkdayCalendar

    /// Creates an expander.
    public init(rule: RecurrenceRule, policy: HolidayPolicy, calendar: WorkdayCalendar) {
        self.rule = rule
        self.policy = policy
        self.calendar = calendar
    }

    /// The schedule's dates from the rule's dates on or after `start` (an occurrence only if it
    /// matches the rule), through `end` inclusive when given, and at most `limit` held dates
    /// when given. `COUNT` and `UNTIL` inside the rule also apply. A date in a year the
    /// calendar does not cover throws, unless the calendar falls back (then `warnings` says so).
    ///
    /// The caller bounds the window: with neither `end`, `limit` nor a bounded rule, this stops
    /// only at year 9999 or where the calendar's coverage ends.
    ///
    /// `ruleStart` is the rule's own start (RFC 5545's DTSTART), which anchors `INTERVAL`,
    /// `COUNT` and the parts a rule leaves out, and before which the rule gives no date: a
    /// window that begins before it (a month straddling a schedule's `from:`) holds only the
    /// dates from `ruleStart` on. When given, rule dates before `start` are passed over
    /// without consulting the calendar. By default the rule starts at `start`.
    public func expand(from start: CivilDate, through end: CivilDate? = nil, limit: Int? = nil, ruleStart: CivilDate? = nil)
        throws(CalendarCoverageError) -> ScheduleExpansion {
        var warnings = CalendarWarnings()
        // Held dates stay sorted. Rule dates come in order and policies move them only a few
        // days, so a new date belongs at or near the end: scan back from there, no hashing.
        var held: [ScheduledDate] = []
        var skipped: [SkippedDate] = []
        if let limit, limit <= 0 {
            return ScheduleExpansion(occurrences: [], skipped: [], warnings: warnings)
        }
        // The rule counts from its own start, earlier or later than the window: a later one
        // is where the schedule begins (before it there is nothing to hold), and `COUNT` and
        // `UNTIL` are counted from it either way.
        for ruleDate in rule.occurrences(from: ruleStart ?? start) {
            if ruleDate < start { continue }
            if let end, ruleDate > end { break }
            let outcome = try policy.apply(to: ruleDate, in: calendar, warnings: &warnings)
            guard let date = outcome.date else {
                // A skipped date is a rest day, so its outcome always has a reason.
                skipped.append(SkippedDate(date: ruleDate, reason: outcome.reason ?? CalendarWording.restDay(ruleDate, label: "")))
                continue
            }
            let candidate: ScheduledDate = if case .moved = outcome {
                ScheduledDate(date: date, movedFrom: ruleDate, reason: outcome.reason,
                              dayKind: try calendar.classify(date, warnings: &warnings).kind)
            } else {
                ScheduledDate(date: date, reason: outcome.reason, dayKind: outcome.original.kind)
            }
            var position = held.count
            while position > 0, held[position - 1].date > date { position -= 1 }
            if position > 0, held[position - 1].date == date {
                // One occurrence per date: keep the rule's own date over a moved one.
                let existing = held[position - 1]
                let (keep, drop) = existing.isMoved && !candidate.isMoved ? (candidate, existing) : (existing, candidate)
                held[position - 1] = keep
                skipped.append(SkippedDate(
                    date: drop.movedFrom ?? drop.date,
                    reason: CalendarWording.merged(drop.reason, onto: date)))
            } else {
                held.insert(candidate, at: position)
                if let limit, held.count >= limit { break }
            }
        }
        return ScheduleExpansion(
            occurrences: held,
            skipped: skipped.sorted { $0.date < $1.date },
            warnings: warnings)
    }
}
