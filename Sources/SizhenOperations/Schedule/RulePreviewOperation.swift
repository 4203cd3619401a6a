import SizhenCalendar
import SizhenDiagnostics
import SizhenLoader

/// The dates of one recurrence rule against the district's workday calendar, each moved or
/// skipped date with its reason: `sizhen schedule --rrule`.
public struct RulePreviewOperation: Sendable {
    /// The dates and what they were expanded with.
    public struct Preview: Sendable {
        public var expansion: ScheduleExpansion
        public var rule: RecurrenceRule
        public var policy: HolidayPolicy
        public var calendar: WorkdayCalendar
    }

    public var workspace: Workspace
    /// The rule, e.g. `FREQ=MONTHLY;BYDAY=2WE,4WE`.
    public var rule: String
    /// The first day of the window, `YYYY-MM-DD`.
    public var from: String
    /// At most this many dates.
    public var count: Int?
    /// The last day of the window, `YYYY-MM-DD`.
    public var until: String?
    /// A calendar file instead of the district's.
    public var calendarFile: String?
    /// What to do on a rest day.
    public var onHoliday: String

    /// The most dates one preview shows (ten years of a daily rule fit).
    public static let maximumOccurrences = 10_000

    /// An operation.
    public init(workspace: Workspace, rule: String, from: String, count: Int? = nil, until: String? = nil, calendarFile: String? = nil,
                onHoliday: String = HolidayPolicy.keep.rawValue) {
        self.workspace = workspace
        self.rule = rule
        self.from = from
        self.count = count
        self.until = until
        self.calendarFile = calendarFile
        self.onHoliday = onHoliday
    }

    /// Checks every value first (every mistake is reported at once, located in its flag's
    /// value), then expands.
    public func run() -> Outcome<Preview> {
        perform { run in
            run.sources.remember(rule, as: "--rrule")
            let origin = FlagValue.location("--rrule")
            var parsedRule: RecurrenceRule?
            switch RecurrenceRule.parse(rule, at: origin) {
            case .success(let value): parsedRule = value
            case .failure(let found): run.diagnostics.append(contentsOf: found)
            }
            let start = FlagValue.date(from, flag: "--from", into: &run)
            let end = until.flatMap { FlagValue.date($0, flag: "--until", into: &run) }
            if let count, count < 1 || count > Self.maximumOccurrences {
                run.diagnostics.append(.error(OperationMessage.badCount(["value": .int(count), "max": .int(Self.maximumOccurrences)]),
                                              at: FlagValue.location("--count"), hint: OperationMessage.badCountHint()))
            }
            if let start, let end, end < start {
                run.diagnostics.append(.error(OperationMessage.untilBeforeFrom(["from": .text(start.description), "until": .text(end.description)]),
                                              at: FlagValue.location("--until")))
            }
            run.sources.remember(onHoliday, as: "--on-holiday")
            var policy: HolidayPolicy?
            do throws(Diagnostic) {
                policy = try HolidayPolicy(parsing: onHoliday, at: FlagValue.location("--on-holiday"))
            } catch {
                run.diagnostics.append(error)
            }
            if let parsedRule, !parsedRule.isBounded, count == nil, until == nil {
                run.diagnostics.append(.error(OperationMessage.unboundedRule(), at: origin, hint: OperationMessage.unboundedRuleHint()))
            }
            if let parsedRule, let start, !run.diagnostics.hasErrors, let never = parsedRule.emptinessDiagnostic(from: start, at: origin) {
                run.diagnostics.append(never)
            }
            guard !run.diagnostics.hasErrors, let parsedRule, let start, let policy else { throw Stop() }
            let calendar = try loadCalendar(into: &run)
            // One more than the most that may be shown, to tell a window that is too large.
            let expansion = try ScheduleExpander(rule: parsedRule, policy: policy, calendar: calendar)
                .expand(from: start, through: end, limit: min(count ?? Self.maximumOccurrences + 1, Self.maximumOccurrences + 1))
            run.warn(expansion.warnings)
            if expansion.occurrences.count > Self.maximumOccurrences {
                throw run.fail(.error(OperationMessage.tooManyDates(["max": .int(Self.maximumOccurrences)]), hint: OperationMessage.tooManyDatesHint()))
            }
            return Preview(expansion: expansion, rule: parsedRule, policy: policy, calendar: calendar)
        }
    }

    private func loadCalendar(into run: inout Run) throws(Stop) -> WorkdayCalendar {
        let loader = CalendarLoader()
        let path: String
        if let calendarFile {
            path = calendarFile
        } else {
            let folder = try workspace.folder(into: &run)
            switch loader.districtCalendarPath(inFolder: folder) {
            case .success(let found): path = found
            case .failure(let problem): throw run.fail(problem)
            }
        }
        let (calendar, found) = loader.load(path, sources: &run.sources, flag: calendarFile == nil ? nil : "--calendar")
        run.diagnostics.append(contentsOf: found)
        guard let calendar else { throw Stop() }
        return calendar
    }
}
