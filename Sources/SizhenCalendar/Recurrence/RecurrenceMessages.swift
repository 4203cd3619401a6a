import SizhenDiagnostics

/// Every message a user can get about a recurrence rule, in one place so the wording stays
/// consistent and can be reviewed (and one day translated) together.
///
/// Messages say what is wrong without a trailing full stop; hints say what is expected.
enum RecurrenceMessages {
    static let partNames = ["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYYEARDAY",
                            "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST"]
    static let timeParts = ["BYHOUR", "BYMINUTE", "BYSECOND"]
    static let timeFrequencies = ["HOURLY", "MINUTELY", "SECONDLY"]
    static let weekdayCodes = "MO, TU, WE, TH, FR, SA, SU"
    static let example = "FREQ=MONTHLY;BYDAY=2WE,4WE"

    // MARK: Structure

    static func emptyRule(at location: SourceLocation) -> Diagnostic {
        .error("the recurrence rule is empty", at: location,
               hint: "write parts such as \(example) (the second and fourth Wednesday of every month)")
    }

    static func emptyPart(at location: SourceLocation) -> Diagnostic {
        .error("empty part in the rule", at: location,
               hint: "parts are NAME=VALUE, separated by a single ';' with no ';' at the end")
    }

    static func missingEquals(_ part: String, at location: SourceLocation) -> Diagnostic {
        .error("expected NAME=VALUE, found '\(part)'", at: location,
               hint: "each part names a setting and its value, as in FREQ=MONTHLY")
    }

    static func missingName(at location: SourceLocation) -> Diagnostic {
        .error("missing part name before '='", at: location,
               hint: "a part is one of " + partNames.joined(separator: ", "))
    }

    static func unknownPart(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error("unknown rule part '\(name)'" + Suggestions.didYouMean(name, in: partNames), at: location,
               hint: "a part is one of " + partNames.joined(separator: ", ")
                   + " (names may be written in any case)")
    }

    static func timePart(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error("\(name) is not supported: a schedule's rule gives dates", at: location,
               hint: "put the time of day in `time:` (for example time: \"09:00-12:00\") and leave it out of the rule")
    }

    static func duplicatePart(_ name: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "\(name) is given more than once", at: location,
                   hint: "give each part once; list several values with commas, as in BYDAY=2WE,4WE",
                   notes: [Diagnostic(.note, "\(name) first given here", at: first)])
    }

    static func missingValue(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error("\(name) has no value", at: location, hint: expectation(for: name))
    }

    static func emptyItem(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error("empty item in the \(name) list", at: location,
               hint: "separate values with a single ',' as in BYDAY=2WE,4WE")
    }

    static func missingFrequency(at location: SourceLocation) -> Diagnostic {
        .error("the rule has no FREQ", at: location,
               hint: "every rule needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, as in \(example)")
    }

    // MARK: Values

    static func unknownFrequency(_ word: String, at location: SourceLocation) -> Diagnostic {
        let names = RecurrenceFrequency.allCases.map(\.rawValue)
        return .error("unknown frequency '\(word)'" + Suggestions.didYouMean(word, in: names), at: location,
                      hint: "FREQ is one of DAILY, WEEKLY, MONTHLY, YEARLY")
    }

    static func timeFrequency(_ word: String, at location: SourceLocation) -> Diagnostic {
        .error("FREQ=\(word) is not supported: a schedule's rule gives dates", at: location,
               hint: "use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY and put the time of day in `time:`")
    }

    static func notANumber(_ name: String, _ text: String, at location: SourceLocation) -> Diagnostic {
        .error("\(name) value '\(text)' is not a number", at: location, hint: expectation(for: name))
    }

    static func outOfRange(_ name: String, _ text: String, at location: SourceLocation) -> Diagnostic {
        .error("\(name) value \(text) is out of range", at: location, hint: expectation(for: name))
    }

    static func zeroPosition(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error("\(name)=0 is not allowed", at: location, hint: expectation(for: name))
    }

    static func intervalBelowOne(_ text: String, at location: SourceLocation) -> Diagnostic {
        .error("INTERVAL must be at least 1, found \(text)", at: location, hint: expectation(for: "INTERVAL"))
    }

    static func countBelowOne(_ text: String, at location: SourceLocation) -> Diagnostic {
        .error("COUNT must be at least 1, found \(text)", at: location, hint: expectation(for: "COUNT"))
    }

    static func unknownWeekday(_ word: String, at location: SourceLocation) -> Diagnostic {
        .error("unknown weekday '\(word)'", at: location, hint: expectation(for: "BYDAY"))
    }

    static func unknownWeekStart(_ word: String, at location: SourceLocation) -> Diagnostic {
        .error("unknown weekday '\(word)'", at: location, hint: expectation(for: "WKST"))
    }

    static func zeroOrdinal(_ item: String, at location: SourceLocation) -> Diagnostic {
        .error("ordinal 0 in '\(item)' is not allowed", at: location,
               hint: "count weekdays from 1 (1MO, the first Monday) or from -1 (-1MO, the last Monday)")
    }

    static func ordinalOutOfRange(_ item: String, limit: Int, within: String, at location: SourceLocation) -> Diagnostic {
        .error("ordinal in '\(item)' is out of range: \(within) has at most \(limit) of each weekday", at: location,
               hint: "use 1 to \(limit) from the start or -1 to -\(limit) from the end")
    }

    static func untilNotADate(_ text: String, at location: SourceLocation) -> Diagnostic {
        .error("UNTIL value '\(text)' is not a date", at: location, hint: expectation(for: "UNTIL"))
    }

    static func untilNoSuchDate(_ text: String, at location: SourceLocation) -> Diagnostic {
        .error("UNTIL date \(text) does not exist", at: location, hint: expectation(for: "UNTIL"))
    }

    static func untilBadTime(_ text: String, at location: SourceLocation) -> Diagnostic {
        .error("UNTIL time \(text) is not a time of day", at: location,
               hint: "the time is HHMMSS, 000000 to 235959; only the date is used")
    }

    // MARK: Combinations

    static func countWithUntil(_ second: String, at location: SourceLocation, first: String, firstAt: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "\(second) cannot be combined with \(first)", at: location,
                   hint: "end the rule either after a number of dates (COUNT) or on a date (UNTIL), not both",
                   notes: [Diagnostic(.note, "\(first) given here", at: firstAt)])
    }

    static func ordinalWithFrequency(_ item: String, frequency: RecurrenceFrequency, at location: SourceLocation) -> Diagnostic {
        .error("'\(item)' has an ordinal, which FREQ=\(frequency.rawValue) does not allow", at: location,
               hint: "ordinals such as 2WE or -1FR need FREQ=MONTHLY or FREQ=YEARLY; with FREQ=\(frequency.rawValue) write the weekday alone")
    }

    static func ordinalWithWeekNumber(_ item: String, at location: SourceLocation) -> Diagnostic {
        .error("'\(item)' has an ordinal, which is not allowed together with BYWEEKNO", at: location,
               hint: "with BYWEEKNO write the weekday alone, as in BYWEEKNO=20;BYDAY=MO")
    }

    static func partWithFrequency(_ name: String, frequency: RecurrenceFrequency, allowed: String, at location: SourceLocation) -> Diagnostic {
        .error("\(name) cannot be used with FREQ=\(frequency.rawValue)", at: location,
               hint: "\(name) is allowed only with \(allowed)")
    }

    static func setPositionAlone(at location: SourceLocation) -> Diagnostic {
        .error("BYSETPOS needs another BY part to choose from", at: location,
               hint: "BYSETPOS picks among the dates another part gives, as in BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 (the last workday of the month)")
    }

    static func impossibleMonthDays(_ detail: String, at location: SourceLocation?) -> Diagnostic {
        .error("the rule never matches a date: \(detail)", at: location,
               hint: "BYMONTH and BYMONTHDAY must name a day that exists, such as BYMONTH=2;BYMONTHDAY=28 or BYMONTHDAY=-1 (the last day)")
    }

    // MARK: Emptiness

    static func neverMatches(at location: SourceLocation?) -> Diagnostic {
        .error("the rule never matches a date: no date in 400 years matches it", at: location,
               hint: "the calendar repeats every 400 years, so no later date can match; check the BY parts against each other")
    }

    static func noDateBeforeUntil(from start: CivilDate, until: CivilDate, at location: SourceLocation?) -> Diagnostic {
        .error("the rule gives no date from \(start) through UNTIL \(until)", at: location,
               hint: "move UNTIL later or the start earlier")
    }

    static func noDateBeforeYearLimit(from start: CivilDate, at location: SourceLocation?) -> Diagnostic {
        .error("the rule gives no date from \(start) through the end of year 9999", at: location,
               hint: "dates are supported up to 9999-12-31")
    }

    // MARK: Expectations

    static func expectation(for name: String) -> String {
        switch name {
        case "FREQ": "FREQ is one of DAILY, WEEKLY, MONTHLY, YEARLY"
        case "INTERVAL": "INTERVAL is a whole number from 1, as in INTERVAL=2 (every other period)"
        case "COUNT": "COUNT is a whole number from 1: how many dates in all"
        case "UNTIL": "UNTIL is a date written YYYYMMDD, YYYYMMDDTHHMMSS, YYYYMMDDTHHMMSSZ or YYYY-MM-DD"
        case "BYDAY": "BYDAY lists weekdays \(weekdayCodes), each optionally after an ordinal, as in 2WE (the second Wednesday) or -1FR (the last Friday)"
        case "BYMONTHDAY": "BYMONTHDAY lists days of the month, 1 to 31, or -1 to -31 counting from the last day"
        case "BYYEARDAY": "BYYEARDAY lists days of the year, 1 to 366, or -1 to -366 counting from 31 December"
        case "BYWEEKNO": "BYWEEKNO lists week numbers, 1 to 53, or -1 to -53 counting from the last week"
        case "BYMONTH": "BYMONTH lists months, 1 (January) to 12 (December)"
        case "BYSETPOS": "BYSETPOS lists positions, 1 to 366 (1 the first matching date of each period) or -1 to -366 (-1 the last)"
        case "WKST": "WKST is the first day of the week, one of \(weekdayCodes)"
        default: ""
        }
    }

    static let monthNames = ["", "January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// "1st", "2nd", "3rd", "30th".
    static func ordinalWord(_ n: Int) -> String {
        let suffix = switch (n % 10, n % 100) {
        case (_, 11...13): "th"
        case (1, _): "st"
        case (2, _): "nd"
        case (3, _): "rd"
        default: "th"
        }
        return "\(n)\(suffix)"
    }

    /// "April", "April and June", "February, April and June".
    static func list(_ words: [String], conjunction: String = "and") -> String {
        switch words.count {
        case 0: ""
        case 1: words[0]
        default: words.dropLast().joined(separator: ", ") + " \(conjunction) " + words[words.count - 1]
        }
    }

    /// "February has no 30th", "April and June have no 31st", "February has no day -30".
    static func missingDays(months: [Int], days: [Int]) -> String {
        let monthWords = list(months.map { monthNames[$0] })
        let dayWords = list(days.map { $0 > 0 ? ordinalWord($0) : "day \($0)" }, conjunction: "or")
        return "\(monthWords) \(months.count == 1 ? "has" : "have") no \(dayWords)"
    }
}
