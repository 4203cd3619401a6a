import SizhenDiagnostics

extension RecurrenceRule {
    /// Why the rule gives no date at all from `start`, as an error to show the user; nil
    /// when it gives at least one.
    ///
    /// Fast for every rule: expansion stops after one 400-year Gregorian cycle without a
    /// match (the calendar repeats after that), which is at most about 146,000 days looked
    /// at whatever the frequency and interval. The message is specific where it can be
    /// ("February has no 30th"), else "no date in 400 years matches it".
    public func emptinessDiagnostic(from start: CivilDate, at location: SourceLocation? = nil) -> Diagnostic? {
        if let detail = Self.impossibleMonthDays(months: byMonth, days: byMonthDay) {
            return RecurrenceMessages.impossibleMonthDays(detail, at: location)
        }
        var iterator = occurrences(from: start).makeIterator()
        if iterator.next() != nil { return nil }
        switch iterator.ending {
        case .until?:
            return RecurrenceMessages.noDateBeforeUntil(from: start, until: until ?? start, at: location)
        case .yearLimit?:
            return RecurrenceMessages.noDateBeforeYearLimit(from: start, at: location)
        case .neverMatches?, .count?, nil:
            return RecurrenceMessages.neverMatches(at: location)
        }
    }

    /// Whether the rule can never give a date from any start.
    public var neverMatches: Bool {
        if Self.impossibleMonthDays(months: byMonth, days: byMonthDay) != nil { return true }
        // Any start will do: matches repeat every 400 years.
        var iterator = RecurrenceRule(
            frequency: frequency, interval: interval, byDay: byDay, byMonthDay: byMonthDay,
            byYearDay: byYearDay, byWeekNumber: byWeekNumber, byMonth: byMonth,
            bySetPosition: bySetPosition, weekStart: weekStart
        ).occurrences(from: CivilDate(uncheckedYear: 2000, month: 1, day: 1)).makeIterator()
        return iterator.next() == nil
    }

    /// When every `BYMONTH` month lacks every `BYMONTHDAY` day (the 30th of February, the
    /// 31st of April and June), the message saying so; nil when some pair exists in some year.
    static func impossibleMonthDays(months: [Int], days: [Int]) -> Message? {
        let months = months.filter { (1...12).contains($0) }
        guard !months.isEmpty, !days.isEmpty else { return nil }
        for month in months {
            let longest = month == 2 ? 29 : CivilDate.daysIn(month: month, year: 2001)
            if days.contains(where: { $0 != 0 && $0.magnitude <= longest }) { return nil }
        }
        return RecurrenceMessages.missingDays(months: months, days: days)
    }
}
