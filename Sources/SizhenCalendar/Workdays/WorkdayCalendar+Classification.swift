extension WorkdayCalendar {
    /// Whether the calendar lists `year` (fallback years are not covered).
    public func covers(year: Int) -> Bool { years[year] != nil }

    /// What kind of day `date` is: a workday, a make-up workday (调休上班), a weekend rest day or
    /// a holiday rest day.
    ///
    /// A date in a year the calendar does not list throws `yearNotCovered` unless the
    /// calendar says `missing_years: weekends`; then the date is classified as a plain week
    /// day (weekend off, no holidays), the result says `isFallback`, and the use is recorded
    /// in `warnings`.
    public func classify(
        _ date: CivilDate, warnings: inout CalendarWarnings
    ) throws(CalendarCoverageError) -> DayClassification {
        let code = table.code(at: date.daysSinceEpoch)
        if code != DayTable.uncovered {
            return DayClassification(date: date, kind: table.kind(of: code, on: date))
        }
        let weekday = date.weekday
        try recordFallback(on: date, warnings: &warnings)
        return DayClassification(
            date: date, kind: table.isWeekend(weekday) ? .weekend(weekday) : .workday, isFallback: true)
    }

    /// Whether people work on `date`: a weekday that is not a holiday, or a make-up workday.
    ///
    /// For a covered year this is one array read. Uncovered years behave as in `classify`.
    public func isWorkday(_ date: CivilDate, warnings: inout CalendarWarnings) throws(CalendarCoverageError) -> Bool {
        let code = table.code(at: date.daysSinceEpoch)
        switch code & DayTable.kindMask {
        case DayTable.workday, DayTable.makeupWorkday:
            return true
        case DayTable.weekend, DayTable.holiday:
            return false
        default:
            try recordFallback(on: date, warnings: &warnings)
            return !table.isWeekend(date.weekday)
        }
    }

    /// Throws for an uncovered year under `missing_years: error`; else records the use.
    private func recordFallback(on date: CivilDate, warnings: inout CalendarWarnings) throws(CalendarCoverageError) {
        let year = date.year
        switch missingYears {
        case .error:
            throw .yearNotCovered(year: year, calendarID: id, calendarFile: calendarFile)
        case .weekends:
            warnings.recordFallback(on: date, year: year, calendarID: id, calendarFile: calendarFile)
        }
    }
}
