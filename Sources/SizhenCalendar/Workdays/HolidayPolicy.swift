import SizhenDiagnostics

/// What a schedule does with an occurrence that falls on a rest day (a weekend day or a
/// holiday), as written in a workflow's `on_holiday:`.
///
/// A make-up workday (调休上班, e.g. Saturday 2026-02-14 worked for 春节) is a workday, so an
/// occurrence on it is kept under every policy.
public enum HolidayPolicy: String, Sendable, Hashable, CaseIterable {
    /// Hold it on the rest day anyway (the outcome still says it is a rest day).
    case keep
    /// Drop it.
    case skip
    /// Move it to the first workday after the rest day.
    case nextWorkday = "next_workday"
    /// Move it to the last workday before the rest day.
    case previousWorkday = "previous_workday"
    /// Move it to the closer of the previous and next workdays; on a tie the later one, so
    /// that a sitting is never held before its announced date when it need not be.
    case nearestWorkday = "nearest_workday"

    /// Parses the YAML spelling (`next_workday`), or reports an unknown one with a
    /// suggestion for a likely typo.
    public init(parsing text: String, at location: SourceLocation? = nil) throws(Diagnostic) {
        if let policy = HolidayPolicy(rawValue: text) {
            self = policy
            return
        }
        let suggestion = Suggestions.closest(to: text, in: HolidayPolicy.allCases.map(\.rawValue))
        throw .error(CalendarWording.unknownPolicy(text, suggestion: suggestion), at: location, hint: CalendarWording.policyHint)
    }

    /// What happens to an occurrence planned for `date` under this policy.
    ///
    /// Throws when the date, or a date the policy has to look at, lies in a year the calendar
    /// does not cover (with `missing_years: error`); fallback uses are recorded in `warnings`.
    public func apply(
        to date: CivilDate, in calendar: WorkdayCalendar, warnings: inout CalendarWarnings
    ) throws(CalendarCoverageError) -> HolidayOutcome {
        let day = try calendar.classify(date, warnings: &warnings)
        if day.isWorkday { return .kept(day) }
        switch self {
        case .keep:
            return .kept(day)
        case .skip:
            return .skipped(day)
        case .nextWorkday:
            return .moved(day, to: try calendar.nextWorkday(after: date, warnings: &warnings))
        case .previousWorkday:
            return .moved(day, to: try calendar.previousWorkday(before: date, warnings: &warnings))
        case .nearestWorkday:
            return .moved(day, to: try calendar.nearestWorkday(to: date, warnings: &warnings))
        }
    }
}
