/// A parsed RFC 5545 recurrence rule (`RRULE`) restricted to dates: which days a schedule
/// falls on, such as `FREQ=MONTHLY;BYDAY=2WE,4WE` (the second and fourth Wednesday of every
/// month).
///
/// Build one from user text with `parse(_:at:)`, which reports every mistake as a located
/// diagnostic; expand it with `occurrences(from:)`. The semantics are those of RFC 5545
/// §3.3.10 as python-dateutil implements them; in particular the start date is an
/// occurrence only when it matches the rule.
///
/// The memberwise initialiser does not check its values (parsing does); values that could
/// never match, such as a month 13, simply never match, and an interval below 1 counts as 1.
public struct RecurrenceRule: Sendable, Hashable {
    /// `FREQ`: the length of a period (day, week, month, year).
    public var frequency: RecurrenceFrequency
    /// `INTERVAL`: every how many periods the rule applies; 1 when absent.
    public var interval: Int
    /// `COUNT`: how many occurrences there are in all, counted from the start.
    public var count: Int?
    /// `UNTIL`: the last day an occurrence may fall on (inclusive).
    public var until: CivilDate?
    /// `BYDAY`: weekdays, with ordinals for `MONTHLY` and `YEARLY` rules.
    public var byDay: [RecurrenceDay]
    /// `BYMONTHDAY`: days of the month, 1...31, or -31...-1 counting back from the last day.
    public var byMonthDay: [Int]
    /// `BYYEARDAY`: days of the year, 1...366, or -366...-1 counting back from 31 December.
    public var byYearDay: [Int]
    /// `BYWEEKNO`: week numbers of the year, 1...53 or -53...-1, weeks starting on `WKST`.
    public var byWeekNumber: [Int]
    /// `BYMONTH`: months, 1...12.
    public var byMonth: [Int]
    /// `BYSETPOS`: which of each period's matching days to keep: 1 the first, -1 the last.
    public var bySetPosition: [Int]
    /// `WKST`: the first day of a week, which matters for `WEEKLY` rules with an interval
    /// and for `BYWEEKNO`; Monday when absent.
    public var weekStart: Weekday

    /// Creates a rule from its parts, unchecked (see the type's documentation).
    public init(
        frequency: RecurrenceFrequency,
        interval: Int = 1,
        count: Int? = nil,
        until: CivilDate? = nil,
        byDay: [RecurrenceDay] = [],
        byMonthDay: [Int] = [],
        byYearDay: [Int] = [],
        byWeekNumber: [Int] = [],
        byMonth: [Int] = [],
        bySetPosition: [Int] = [],
        weekStart: Weekday = .monday
    ) {
        self.frequency = frequency
        self.interval = interval
        self.count = count
        self.until = until
        self.byDay = byDay
        self.byMonthDay = byMonthDay
        self.byYearDay = byYearDay
        self.byWeekNumber = byWeekNumber
        self.byMonth = byMonth
        self.bySetPosition = bySetPosition
        self.weekStart = weekStart
    }

    /// Whether the rule ends by itself (it has `COUNT` or `UNTIL`); an unbounded rule needs
    /// a window from the caller, such as `--count` or `--until`.
    public var isBounded: Bool { count != nil || until != nil }

    /// The rule's dates on or after `start`, in order, lazily: the start itself only when it
    /// matches. Ends at `COUNT` or `UNTIL`, after 31 December 9999, or as soon as a whole
    /// 400-year Gregorian cycle has passed without a match (the rule can never match again).
    public func occurrences(from start: CivilDate) -> RecurrenceSequence {
        RecurrenceSequence(rule: self, start: start)
    }

    /// The rule's dates from `start` through `end` inclusive, at most `limit` of them.
    public func dates(from start: CivilDate, through end: CivilDate, limit: Int = .max) -> [CivilDate] {
        var result: [CivilDate] = []
        guard limit > 0 else { return result }
        for date in occurrences(from: start) {
            if date > end { break }
            result.append(date)
            if result.count >= limit { break }
        }
        return result
    }
}
