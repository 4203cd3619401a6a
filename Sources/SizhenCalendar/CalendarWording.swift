/// Every sentence this module shows to administrators, in one place, so that wording can be
/// reviewed and changed without hunting through the logic.
enum CalendarWording {
    // MARK: Coverage and fallback

    static func yearNotCovered(year: Int, calendarID: String) -> String {
        "year \(year) is not covered by calendar '\(calendarID)'"
    }

    static func addYearHint(year: Int, calendarID: String, file: String) -> String {
        "add year \(year) to calendar '\(calendarID)' (\(file)) when the State Council publishes it, "
            + "or set `missing_years: weekends`"
    }

    static func noWorkday(calendarID: String, from date: CivilDate, days: Int, forward: Bool) -> String {
        "calendar '\(calendarID)' has no workday within \(days) days \(forward ? "after" : "before") \(date)"
    }

    static let noWorkdayHint =
        "check the calendar's weekend and holidays: every day searched was a rest day"

    static func fallbackUsed(year: Int, calendarID: String, uses: Int, first: CivilDate, last: CivilDate) -> String {
        let dates = uses == 1 ? "1 date (\(first))" : "\(uses) dates (\(first) … \(last))"
        return "year \(year) is not covered by calendar '\(calendarID)'; \(dates) treated as plain weeks "
            + "(weekend off, no holidays, no make-up workdays)"
    }

    static func fallbackHint(year: Int, calendarID: String, file: String) -> String {
        "add year \(year) to calendar '\(calendarID)' (\(file)) when the State Council publishes it"
    }

    static func defaultCalendarFile(id: String) -> String { "Workflows/calendars/\(id).yaml" }

    // MARK: Holiday policies

    static func moved(from: CivilDate, label: String, to: CivilDate) -> String {
        "moved from \(from) (\(label)) to \(to)"
    }

    static func restDay(_ date: CivilDate, label: String) -> String {
        "\(date) is a rest day (\(label))"
    }

    /// A rule date whose holiday move lands on a date that already has an occurrence.
    static func merged(_ moveReason: String?, onto date: CivilDate) -> String {
        (moveReason ?? "held on \(date)") + ", which already has an occurrence"
    }

    static func unknownPolicy(_ text: String, suggestion: String) -> String {
        "unknown holiday policy '\(text)'\(suggestion)"
    }

    static let policyHint = "one of: keep, skip, next_workday, previous_workday, nearest_workday"

    // MARK: Times of day and windows

    static func expectedTime(found: String) -> String {
        "expected a time as HH:MM (two-digit hour and minute), found \(found)"
    }

    static func expectedTimeHint(example: String = "09:00") -> String {
        "write times with two digits each, e.g. \(example)"
    }

    static func hourOutOfRange(_ hour: Int) -> String { "hour \(hour) is out of range 00-23" }

    static func minuteOutOfRange(_ minute: Int) -> String { "minute \(minute) is out of range 00-59" }

    static func expectedDash(found: String) -> String {
        "expected '-' between the start and end times, found \(found)"
    }

    static let windowHint = "write a window as HH:MM-HH:MM, e.g. 09:00-12:00"

    static func trailingText(_ text: String) -> String { "unexpected text after the time: '\(text)'" }

    static func endsBeforeStart(start: String, end: String) -> String {
        "the window ends (\(end)) before it starts (\(start))"
    }

    static func emptyWindow(_ time: String) -> String {
        "the window is empty: it starts and ends at \(time)"
    }

    static let overnightHint = "a window must lie within one day; split an overnight window in two"

    static let endOfInput = "the end of the text"

    static func quoted(_ scalar: Unicode.Scalar) -> String { "'\(Character(scalar))'" }

    // MARK: Time zones

    static func unknownZone(_ identifier: String, suggestion: String) -> String {
        "unknown time zone '\(identifier)'\(suggestion)"
    }

    static let zoneHint = "use an IANA time zone identifier such as Asia/Shanghai"
}
