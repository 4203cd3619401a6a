import SizhenCalendar

extension Person {
    /// Whether the person works on `date` during `hours` (any time of the day when nil), by
    /// their weekly availability: with no windows, every workday 09:00-17:00; with windows,
    /// those of the date's weekday (a make-up Saturday uses Saturday's). Leave is separate:
    /// `leave(on:)`. The one rule the planner and the engine's sessions share.
    public func works(on date: CivilDate, isWorkday: Bool, hours: TimeWindow?) -> Bool {
        guard !availability.isEmpty else {
            guard isWorkday else { return false }
            guard let hours else { return true }
            return hours.start.minutesSinceMidnight >= 9 * 60 && hours.end.minutesSinceMidnight <= 17 * 60
        }
        let weekday = date.weekday
        return availability.contains { window in
            guard window.days.contains(weekday) else { return false }
            guard let hours else { return true }
            return window.time.start.minutesSinceMidnight <= hours.start.minutesSinceMidnight
                && hours.end.minutesSinceMidnight <= window.time.end.minutesSinceMidnight
        }
    }

    /// The person's leave that covers `date`, if any.
    public func leave(on date: CivilDate) -> Leave? { leave.first { $0.contains(date) } }
}
