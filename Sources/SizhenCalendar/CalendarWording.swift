import SizhenDiagnostics

/// Every message this module shows to administrators outside recurrence rules, built in one
/// place from the codes of `CalendarMessage`, `HolidayMessage` and `TimeMessage` with typed
/// arguments, so that the logic only says what happened.
enum CalendarWording {
    // MARK: Coverage and fallback

    static func yearNotCovered(year: Int, calendarID: String) -> Message {
        CalendarMessage.yearNotCovered(["year": .int(year), "calendar": .text(calendarID)])
    }

    static func addYearHint(year: Int, calendarID: String, file: String) -> Message {
        CalendarMessage.addYearOrFallBack(["year": .int(year), "calendar": .text(calendarID), "file": .text(file)])
    }

    static func noWorkday(calendarID: String, from date: CivilDate, days: Int, forward: Bool) -> Message {
        let entry = forward ? CalendarMessage.noWorkdayAfter : CalendarMessage.noWorkdayBefore
        return entry(["calendar": .text(calendarID), "days": .int(days), "date": .text(date.description)])
    }

    static var noWorkdayHint: Message { CalendarMessage.noWorkdayHint() }

    /// `uses` dates from `first` to `last` classified as plain weeks; a single date is named once.
    static func fallbackUsed(year: Int, calendarID: String, uses: Int, first: CivilDate, last: CivilDate) -> Message {
        let message = CalendarMessage.fallbackUsed(["year": .int(year), "calendar": .text(calendarID), "count": .int(uses),
                                                    "first": .text(first.description)])
        return uses == 1 ? message : message.with("last", .text(last.description))
    }

    static func fallbackHint(year: Int, calendarID: String, file: String) -> Message {
        CalendarMessage.addYear(["year": .int(year), "calendar": .text(calendarID), "file": .text(file)])
    }

    static func defaultCalendarFile(id: String) -> String { "Workflows/calendars/\(id).yaml" }

    // MARK: Holiday policies

    static func moved(from: CivilDate, label: String, to: CivilDate) -> Message {
        let entry = to > from ? HolidayMessage.movedLater : HolidayMessage.movedEarlier
        return entry(["from": .text(from.description), "label": .text(label), "to": .text(to.description)])
    }

    static func restDay(_ date: CivilDate, label: String) -> Message {
        HolidayMessage.restDay(["date": .text(date.description), "label": .text(label)])
    }

    /// A rule date whose holiday move lands on a date that already has an occurrence.
    static func merged(_ moveReason: Message?, onto date: CivilDate) -> Message {
        let reason = moveReason ?? HolidayMessage.heldOn(["date": .text(date.description)])
        return HolidayMessage.alreadyHeld(["reason": .message(reason)])
    }

    static func unknownPolicy(_ text: String, suggestion: String?) -> Message {
        HolidayMessage.unknownPolicy(["policy": QuotedText.clip(text)]).suggesting(suggestion)
    }

    static var policyHint: Message { HolidayMessage.policyHint(["policies": .texts(HolidayPolicy.allCases.map(\.rawValue))]) }

    // MARK: Times of day and windows

    static func expectedTime(found: Message) -> Message { TimeMessage.expectedTime(["found": .message(found)]) }

    static var expectedTimeHint: Message { TimeMessage.twoDigitsHint() }

    static func hourOutOfRange(_ hour: Int) -> Message { TimeMessage.hourOutOfRange(["hour": .int(hour)]) }

    static func minuteOutOfRange(_ minute: Int) -> Message { TimeMessage.minuteOutOfRange(["minute": .int(minute)]) }

    static func expectedDash(found: Message) -> Message { TimeMessage.expectedDash(["found": .message(found)]) }

    static var windowHint: Message { TimeMessage.windowHint() }

    static func trailingText(_ text: String) -> Message { TimeMessage.trailingText(["text": QuotedText.clip(text)]) }

    static func endsBeforeStart(start: TimeOfDay, end: TimeOfDay) -> Message {
        TimeMessage.endsBeforeStart(["end": .text(end.description), "start": .text(start.description)])
    }

    static func emptyWindow(_ time: TimeOfDay) -> Message { TimeMessage.emptyWindow(["time": .text(time.description)]) }

    static var overnightHint: Message { TimeMessage.overnightHint() }

    static var endOfInput: Message { TimeMessage.endOfText() }

    static func quoted(_ text: String) -> Message { TimeMessage.quoted(["text": QuotedText.clip(text)]) }

    static func quoted(_ scalar: Unicode.Scalar) -> Message { quoted(String(Character(scalar))) }

    // MARK: Time zones

    static func unknownZone(_ identifier: String, suggestion: String?) -> Message {
        TimeMessage.unknownZone(["zone": .text(identifier)]).suggesting(suggestion)
    }

    static var zoneHint: Message { TimeMessage.zoneHint() }
}
