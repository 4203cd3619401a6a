import SizhenDiagnostics

/// A workday question the calendar cannot answer: a date in a year it does not cover (with
/// `missing_years: error`), or a search for a workday that found only rest days.
///
/// Never a silent guess: the caller turns it into a diagnostic with `diagnostic`.
public enum CalendarCoverageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `year` is not listed in calendar `calendarID`, and the calendar does not fall back.
    /// `calendarFile` names the file to edit.
    case yearNotCovered(year: Int, calendarID: String, calendarFile: String)
    /// A search for a workday from `from` met `searchedDays` consecutive rest days and gave up.
    case noWorkday(calendarID: String, from: CivilDate, searchedDays: Int, forward: Bool)

    /// The uncovered year, for `yearNotCovered`.
    public var year: Int? {
        if case .yearNotCovered(let year, _, _) = self { return year }
        return nil
    }

    /// The calendar's id.
    public var calendarID: String {
        switch self {
        case .yearNotCovered(_, let id, _), .noWorkday(let id, _, _, _): id
        }
    }

    /// One sentence saying what is wrong.
    public var message: Message {
        switch self {
        case let .yearNotCovered(year, id, _):
            CalendarWording.yearNotCovered(year: year, calendarID: id)
        case let .noWorkday(id, from, days, forward):
            CalendarWording.noWorkday(calendarID: id, from: from, days: days, forward: forward)
        }
    }

    /// How to fix it.
    public var hint: Message {
        switch self {
        case let .yearNotCovered(year, id, file):
            CalendarWording.addYearHint(year: year, calendarID: id, file: file)
        case .noWorkday:
            CalendarWording.noWorkdayHint
        }
    }

    /// The error as a diagnostic, optionally placed where the date came from.
    public func diagnostic(at location: SourceLocation? = nil) -> Diagnostic {
        .error(message, at: location, hint: hint)
    }

    /// The message followed by the hint, in English.
    public var description: String {
        let english = SizhenCalendarMessages.english
        return "\(english.render(message)) (hint: \(english.render(hint)))"
    }
}
