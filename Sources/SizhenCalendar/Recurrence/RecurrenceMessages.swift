import SizhenDiagnostics

/// Every diagnostic a user can get about a recurrence rule, built in one place from the codes
/// of `RRuleMessage` with typed arguments, so that the parser only says what went wrong where.
///
/// Messages say what is wrong without a trailing full stop; hints say what is expected.
enum RecurrenceMessages {
    static let partNames = ["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYYEARDAY",
                            "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST"]
    static let timeParts = ["BYHOUR", "BYMINUTE", "BYSECOND"]
    static let timeFrequencies = ["HOURLY", "MINUTELY", "SECONDLY"]

    // MARK: Structure

    static func emptyRule(at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.emptyRule(), at: location, hint: RRuleMessage.emptyRuleHint())
    }

    static func emptyPart(at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.emptyPart(), at: location, hint: RRuleMessage.partSyntaxHint())
    }

    static func missingEquals(_ part: String, at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.missingEquals(["part": .text(part)]), at: location, hint: RRuleMessage.missingEqualsHint())
    }

    static func missingName(at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.missingName(), at: location, hint: RRuleMessage.partNamesHint(["names": .texts(partNames)]))
    }

    static func unknownPart(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.unknownPart(["name": .text(name)]).suggesting(Suggestions.closest(to: name, in: partNames)),
               at: location, hint: RRuleMessage.unknownPartHint(["names": .texts(partNames)]))
    }

    static func timePart(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.timePart(["name": .text(name)]), at: location, hint: RRuleMessage.timePartHint())
    }

    static func duplicatePart(_ name: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(.error, RRuleMessage.duplicatePart(["name": .text(name)]), at: location,
                   hint: RRuleMessage.duplicatePartHint(),
                   notes: [Diagnostic(.note, RRuleMessage.firstGivenHere(["name": .text(name)]), at: first)])
    }

    static func missingValue(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.missingValue(["name": .text(name)]), at: location, hint: expectation(for: name))
    }

    static func emptyItem(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.emptyItem(["name": .text(name)]), at: location, hint: RRuleMessage.emptyItemHint())
    }

    static func missingFrequency(at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.missingFrequency(), at: location, hint: RRuleMessage.missingFrequencyHint())
    }

    // MARK: Values

    static func unknownFrequency(_ word: String, at location: SourceLocation) -> Diagnostic {
        let names = RecurrenceFrequency.allCases.map(\.rawValue)
        return .error(RRuleMessage.unknownFrequency(["value": .text(word)]).suggesting(Suggestions.closest(to: word, in: names)),
                      at: location, hint: RRuleMessage.expectFrequency())
    }

    static func timeFrequency(_ word: String, at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.timeFrequency(["freq": .text(word)]), at: location, hint: RRuleMessage.timeFrequencyHint())
    }

    static func notANumber(_ name: String, _ text: String, at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.notANumber(["name": .text(name), "value": QuotedText.clip(text)]), at: location, hint: expectation(for: name))
    }

    static func outOfRange(_ name: String, _ text: String, at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.outOfRange(["name": .text(name), "value": QuotedText.clip(text)]), at: location, hint: expectation(for: name))
    }

    static func zeroPosition(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.zero(["name": .text(name)]), at: location, hint: expectation(for: name))
    }

    /// `INTERVAL` or `COUNT` below 1 (`text` as written).
    static func belowOne(_ name: String, _ text: String, at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.belowOne(["name": .text(name), "value": QuotedText.clip(text)]), at: location, hint: expectation(for: name))
    }

    static func unknownWeekday(_ word: String, at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.unknownWeekday(["value": .text(word)]), at: location, hint: RRuleMessage.expectByDay())
    }

    static func unknownWeekStart(_ word: String, at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.unknownWeekday(["value": .text(word)]), at: location, hint: RRuleMessage.expectWeekStart())
    }

    static func zeroOrdinal(_ item: String, at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.zeroOrdinal(["item": .text(item)]), at: location, hint: RRuleMessage.zeroOrdinalHint())
    }

    /// An ordinal beyond the weekdays of a month (`limit` 5) or of a year (`limit` 53).
    static func ordinalOutOfRange(_ item: String, limit: Int, withinMonth: Bool, at location: SourceLocation) -> Diagnostic {
        let message = withinMonth ? RRuleMessage.ordinalBeyondMonth : RRuleMessage.ordinalBeyondYear
        return .error(message(["item": .text(item), "limit": .int(limit)]), at: location,
                      hint: RRuleMessage.ordinalRangeHint(["limit": .int(limit)]))
    }

    static func untilNotADate(_ text: String, at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.untilNotADate(["value": QuotedText.clip(text)]), at: location, hint: RRuleMessage.expectUntil())
    }

    static func untilNoSuchDate(_ text: String, at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.untilNoSuchDate(["value": QuotedText.clip(text)]), at: location, hint: RRuleMessage.expectUntil())
    }

    static func untilBadTime(_ text: String, at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.untilBadTime(["value": QuotedText.clip(text)]), at: location, hint: RRuleMessage.untilBadTimeHint())
    }

    // MARK: Combinations

    static func countWithUntil(_ second: String, at location: SourceLocation, first: String, firstAt: SourceLocation) -> Diagnostic {
        Diagnostic(.error, RRuleMessage.countWithUntil(["name": .text(second), "other": .text(first)]), at: location,
                   hint: RRuleMessage.countWithUntilHint(),
                   notes: [Diagnostic(.note, RRuleMessage.givenHere(["name": .text(first)]), at: firstAt)])
    }

    static func ordinalWithFrequency(_ item: String, frequency: RecurrenceFrequency, at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.ordinalWithFrequency(["item": .text(item), "freq": .text(frequency.rawValue)]), at: location,
               hint: RRuleMessage.ordinalWithFrequencyHint(["freq": .text(frequency.rawValue)]))
    }

    static func ordinalWithWeekNumber(_ item: String, at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.ordinalWithWeekNumber(["item": .text(item)]), at: location, hint: RRuleMessage.ordinalWithWeekNumberHint())
    }

    /// A part the frequency does not allow; `allowed` is the hint naming the frequencies that do.
    static func partWithFrequency(_ name: String, frequency: RecurrenceFrequency, allowed: RRuleMessage,
                                  at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.partWithFrequency(["name": .text(name), "freq": .text(frequency.rawValue)]), at: location,
               hint: allowed(["name": .text(name)]))
    }

    static func setPositionAlone(at location: SourceLocation) -> Diagnostic {
        .error(RRuleMessage.setPositionAlone(), at: location, hint: RRuleMessage.setPositionAloneHint())
    }

    static func impossibleMonthDays(_ detail: Message, at location: SourceLocation?) -> Diagnostic {
        .error(RRuleMessage.impossibleMonthDays(["detail": .message(detail)]), at: location, hint: RRuleMessage.impossibleMonthDaysHint())
    }

    // MARK: Emptiness

    static func neverMatches(at location: SourceLocation?) -> Diagnostic {
        .error(RRuleMessage.neverMatches(), at: location, hint: RRuleMessage.neverMatchesHint())
    }

    static func noDateBeforeUntil(from start: CivilDate, until: CivilDate, at location: SourceLocation?) -> Diagnostic {
        .error(RRuleMessage.noDateBeforeUntil(["start": .text(start.description), "until": .text(until.description)]),
               at: location, hint: RRuleMessage.noDateBeforeUntilHint())
    }

    static func noDateBeforeYearLimit(from start: CivilDate, at location: SourceLocation?) -> Diagnostic {
        .error(RRuleMessage.noDateBeforeYearLimit(["start": .text(start.description)]), at: location,
               hint: RRuleMessage.noDateBeforeYearLimitHint())
    }

    // MARK: Expectations

    /// What a part's value must be, for the hint of a mistake in it; nil for a name that is not a part.
    static func expectation(for name: String) -> Message? {
        let entry: RRuleMessage? = switch name {
        case "FREQ": .expectFrequency
        case "INTERVAL": .expectInterval
        case "COUNT": .expectCount
        case "UNTIL": .expectUntil
        case "BYDAY": .expectByDay
        case "BYMONTHDAY": .expectByMonthDay
        case "BYYEARDAY": .expectByYearDay
        case "BYWEEKNO": .expectByWeekNumber
        case "BYMONTH": .expectByMonth
        case "BYSETPOS": .expectBySetPosition
        case "WKST": .expectWeekStart
        default: nil
        }
        return entry.map { $0() }
    }

    /// "1st", "2nd", "3rd", "30th"; "day -30" for a day counted from the end.
    static func dayWord(_ n: Int) -> Message {
        if n < 0 { return RRuleMessage.dayFromEnd(["day": .int(-n)]) }
        let entry: RRuleMessage = switch (n % 10, n % 100) {
        case (_, 11...13): .dayNth
        case (1, _): .dayFirst
        case (2, _): .daySecond
        case (3, _): .dayThird
        default: .dayNth
        }
        return entry(["day": .int(n)])
    }

    /// "April", "April and June", "February, April and June" (with `or`: "30th, 31st or day -30").
    /// Nil for no words.
    static func list(_ words: [Message], or: Bool = false) -> Message? {
        guard let last = words.last else { return nil }
        guard words.count > 1 else { return last }
        let entry = or ? RRuleMessage.orList : RRuleMessage.andList
        return entry(["items": .messages(words.dropLast()), "last": .message(last)])
    }

    /// "February has no 30th", "April and June have no 31st", "February has no day -30"; nil
    /// without months (1 to 12) or days.
    static func missingDays(months: [Int], days: [Int]) -> Message? {
        guard let monthWords = list(months.compactMap(CalendarMessage.month)), let dayWords = list(days.map(dayWord), or: true) else {
            return nil
        }
        return RRuleMessage.monthsLackDays(["months": .message(monthWords), "count": .int(months.count), "days": .message(dayWords)])
    }
}

extension Message {
    /// The message with a likely intended word as its `suggestion` argument, when there is one
    /// (templates show it as "; did you mean '…'?").
    func suggesting(_ suggestion: String?) -> Message {
        suggestion.map { with("suggestion", .text($0)) } ?? self
    }
}
