extension WorkdayCalendar {
    /// The longest run of consecutive rest days a search walks through before giving up with
    /// `noWorkday`. Real calendars never come close (the longest break in China is about nine
    /// days); the bound makes every search terminate, even for a calendar of only rest days.
    public static let maximumRestRun = 366

    /// The first workday strictly after `date`.
    public func nextWorkday(after date: CivilDate, warnings: inout CalendarWarnings) throws(CalendarCoverageError) -> CivilDate {
        try firstWorkday(from: date.adding(days: 1), step: 1, origin: date, warnings: &warnings)
    }

    /// `date` when it is a workday, else the first workday after it.
    public func nextWorkday(onOrAfter date: CivilDate, warnings: inout CalendarWarnings) throws(CalendarCoverageError) -> CivilDate {
        try firstWorkday(from: date, step: 1, origin: date, warnings: &warnings)
    }

    /// The last workday strictly before `date`.
    public func previousWorkday(before date: CivilDate, warnings: inout CalendarWarnings) throws(CalendarCoverageError) -> CivilDate {
        try firstWorkday(from: date.adding(days: -1), step: -1, origin: date, warnings: &warnings)
    }

    /// `date` when it is a workday, else the last workday before it.
    public func previousWorkday(onOrBefore date: CivilDate, warnings: inout CalendarWarnings) throws(CalendarCoverageError) -> CivilDate {
        try firstWorkday(from: date, step: -1, origin: date, warnings: &warnings)
    }

    /// `date` when it is a workday, else the closer of the previous and next workdays; on a
    /// tie the later one, so that a sitting is not held before its announced date.
    ///
    /// The search looks outwards one day at a time (later side first), so it never looks
    /// further from `date` than the answer: a date near the start of the first covered year
    /// does not need the year before unless the nearest workday could lie there.
    public func nearestWorkday(to date: CivilDate, warnings: inout CalendarWarnings) throws(CalendarCoverageError) -> CivilDate {
        if try isWorkday(date, warnings: &warnings) { return date }
        for distance in 1...WorkdayCalendar.maximumRestRun {
            let later = date.adding(days: distance)
            if try isWorkday(later, warnings: &warnings) { return later }
            let earlier = date.adding(days: -distance)
            if try isWorkday(earlier, warnings: &warnings) { return earlier }
        }
        throw .noWorkday(calendarID: id, from: date, searchedDays: WorkdayCalendar.maximumRestRun, forward: true)
    }

    /// The date `n` workdays after `date` (before it when `n` is negative).
    ///
    /// - `n > 0`: the n-th workday strictly after `date`. "Within 3 workdays" of a need found
    ///   on D means a deadline of `adding(workdays: 3, to: D)`: found on Friday 2026-02-13,
    ///   the deadline is 2026-02-25 (02-14 is a make-up Saturday, 02-15…02-23 is 春节).
    ///   `date` itself never counts, whether or not it is a workday.
    /// - `n < 0`: the |n|-th workday strictly before `date`.
    /// - `n == 0`: `date` when it is a workday, else the next workday, so that the result is
    ///   always a workday ("within 0 workdays" of a Saturday is the Monday).
    public func adding(workdays n: Int, to date: CivilDate, warnings: inout CalendarWarnings) throws(CalendarCoverageError) -> CivilDate {
        if n == 0 { return try nextWorkday(onOrAfter: date, warnings: &warnings) }
        var current = date
        for _ in 0..<n.magnitude {
            current = n > 0
                ? try nextWorkday(after: current, warnings: &warnings)
                : try previousWorkday(before: current, warnings: &warnings)
        }
        return current
    }

    /// The number of workdays in the half-open range [`start`, `end`): `start` counts, `end`
    /// does not. Zero when the dates are equal; negative (minus the count of [`end`, `start`))
    /// when `end` is before `start`.
    ///
    /// For a workday `d` and `n >= 0`, `workdayCount(from: d, to: adding(workdays: n, to: d))`
    /// is `n`.
    public func workdayCount(from start: CivilDate, to end: CivilDate, warnings: inout CalendarWarnings) throws(CalendarCoverageError) -> Int {
        if end < start { return -(try workdayCount(from: end, to: start, warnings: &warnings)) }
        var count = 0
        var date = start
        while date < end {
            if try isWorkday(date, warnings: &warnings) { count += 1 }
            date = date.adding(days: 1)
        }
        return count
    }

    /// Walks from `start` by `step` days until a workday, at most `maximumRestRun` days.
    private func firstWorkday(
        from start: CivilDate, step: Int, origin: CivilDate, warnings: inout CalendarWarnings
    ) throws(CalendarCoverageError) -> CivilDate {
        var date = start
        for _ in 0..<WorkdayCalendar.maximumRestRun {
            if try isWorkday(date, warnings: &warnings) { return date }
            date = date.adding(days: step)
        }
        throw .noWorkday(calendarID: id, from: origin, searchedDays: WorkdayCalendar.maximumRestRun, forward: step > 0)
    }
}
