import ArgumentParser
import SizhenCalendar
import SizhenDefaults
import SizhenDiagnostics
import SizhenLoader

/// `sizhen schedule`: expand a recurrence rule against the district's workday calendar and
/// show each date, with the reason for every moved or skipped one.
struct Schedule: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the dates of a recurrence rule against the workday calendar.",
        discussion: """
            Expands an RFC 5545 rule (FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH,
            BYSETPOS, WKST) from --from, applies the holiday policy to dates that fall on rest
            days (weekends, holidays; 调休 make-up days are workdays), and prints each date with
            its weekday and the reason it moved. See docs/calendar.md.

            Example:
              sizhen schedule --rrule "FREQ=MONTHLY;BYDAY=2WE,4WE" --from 2026-09-01 \\
                --until 2026-12-31 --on-holiday next_workday
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, ics
    }

    @Option(help: ArgumentHelp("The month whose occurrences of the loaded workflows to show.", valueName: "YYYY-MM"))
    var month: String?

    @Option(help: ArgumentHelp("With --month: only this workflow.", valueName: "ID"))
    var workflow: String?

    @Option(help: ArgumentHelp("With --month: only this site (a community id).", valueName: "ID"))
    var site: String?

    @Option(name: .customLong("rrule"), help: ArgumentHelp("A recurrence rule to preview, e.g. \"FREQ=MONTHLY;BYDAY=2WE,4WE\".", valueName: "RULE"))
    var rule: String?

    @Option(help: ArgumentHelp("With --rrule: the first day of the window (an occurrence only if it matches the rule).", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(help: ArgumentHelp("At most this many occurrences.", valueName: "N"))
    var count: Int?

    @Option(help: ArgumentHelp("The last day of the window, inclusive.", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: ArgumentHelp("A calendar file (default: the district calendar of the workflows folder).", valueName: "FILE"))
    var calendar: String?

    @Option(help: ArgumentHelp("The workflows folder (default: ./Workflows, else the bundled default).", valueName: "DIR"))
    var workflows: String?

    @Option(name: .customLong("on-holiday"), help: ArgumentHelp("What to do with a date on a rest day: keep, skip, next_workday, previous_workday, nearest_workday.", valueName: "POLICY"))
    var onHoliday: String = HolidayPolicy.keep.rawValue

    @Option(help: "Output format: table, json, or ics (with --month: a calendar for phones).")
    var format: Format = .table

    /// The most occurrences one preview shows (ten years of a daily rule fit).
    static let maximumOccurrences = 10_000

    func validate() throws {
        switch (month, rule) {
        case (nil, nil): throw ValidationError("give --month YYYY-MM (the workflows' occurrences) or --rrule RULE --from DATE (a rule).")
        case (_?, _?): throw ValidationError("give either --month or --rrule, not both.")
        case (_?, nil):
            for (flag, value) in [("--from", from), ("--count", count.map(String.init)), ("--until", until), ("--calendar", calendar)] where value != nil {
                throw ValidationError("\(flag) goes with --rrule; with --month the workflows' own schedules and calendar apply.")
            }
        case (nil, _?):
            if from == nil { throw ValidationError("--rrule needs --from YYYY-MM-DD.") }
            if workflow != nil || site != nil { throw ValidationError("--workflow and --site go with --month.") }
            if format == .ics { throw ValidationError("--format ics goes with --month.") }
        }
    }

    func run() throws {
        if let month {
            try ScheduleMonth(month: month, workflow: workflow, site: site, workflows: workflows, format: format).run()
        } else if let rule, let from {
            try runRule(rule, from: from)
        }
    }

    private func runRule(_ rule: String, from: String) throws {
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        defer { Output.report(diagnostics, sources: sources) }

        // Flags first: every mistake is reported at once, located in the flag's value.
        sources.remember(rule, as: "--rrule")
        let parsedRule: RecurrenceRule?
        switch RecurrenceRule.parse(rule, at: SourceLocation(file: "--rrule", line: 1, column: 1)) {
        case .success(let value): parsedRule = value
        case .failure(let found): parsedRule = nil; diagnostics.append(contentsOf: found)
        }
        let start = parseDate(from, flag: "--from", sources: &sources, diagnostics: &diagnostics)
        let end = until.flatMap { parseDate($0, flag: "--until", sources: &sources, diagnostics: &diagnostics) }
        if let count, count < 1 || count > Self.maximumOccurrences {
            diagnostics.append(.error(ScheduleMessages.badCount(count, maximum: Self.maximumOccurrences), at: SourceLocation(file: "--count", line: 1, column: 1), hint: ScheduleMessages.badCountHint))
        }
        if let start, let end, end < start {
            diagnostics.append(.error(ScheduleMessages.untilBeforeFrom(start, end), at: SourceLocation(file: "--until", line: 1, column: 1)))
        }
        sources.remember(onHoliday, as: "--on-holiday")
        var policy: HolidayPolicy?
        do {
            policy = try HolidayPolicy(parsing: onHoliday, at: SourceLocation(file: "--on-holiday", line: 1, column: 1))
        } catch {
            diagnostics.append(error)
        }
        if let parsedRule, !parsedRule.isBounded, count == nil, until == nil {
            diagnostics.append(.error(ScheduleMessages.unbounded, at: SourceLocation(file: "--rrule", line: 1, column: 1),
                                      hint: ScheduleMessages.unboundedHint))
        }
        if let parsedRule, let start, !diagnostics.hasErrors,
           let never = parsedRule.emptinessDiagnostic(from: start, at: SourceLocation(file: "--rrule", line: 1, column: 1)) {
            diagnostics.append(never)
        }
        guard !diagnostics.hasErrors, let parsedRule, let start, let policy else { throw ExitCode(1) }

        guard let workdayCalendar = loadCalendar(sources: &sources, diagnostics: &diagnostics) else { throw ExitCode(1) }

        let expansion: ScheduleExpansion
        do {
            // One more than the most that may be shown, to tell a window that is too large.
            expansion = try ScheduleExpander(rule: parsedRule, policy: policy, calendar: workdayCalendar)
                .expand(from: start, through: end, limit: min(count ?? Self.maximumOccurrences + 1, Self.maximumOccurrences + 1))
        } catch {
            diagnostics.append(error.diagnostic())
            throw ExitCode(1)
        }
        diagnostics.append(expansion.warnings)
        if expansion.occurrences.count > Self.maximumOccurrences {
            diagnostics.append(.error(ScheduleMessages.tooMany(Self.maximumOccurrences), hint: ScheduleMessages.tooManyHint))
            throw ExitCode(1)
        }
        switch format {
        case .table: Output.write(ScheduleRendering.table(expansion, rule: parsedRule, policy: policy, calendar: workdayCalendar))
        case .json: Output.write(ScheduleRendering.json(expansion) + "\n")
        case .ics: break
        }
    }

    private func parseDate(_ text: String, flag: String, sources: inout SourceFiles, diagnostics: inout Diagnostics) -> CivilDate? {
        if let date = CivilDate(iso: text) { return date }
        sources.remember(text, as: flag)
        diagnostics.append(.error(ScheduleMessages.badDate(text, flag: flag), at: SourceLocation(file: flag, line: 1, column: 1),
                                  hint: ScheduleMessages.badDateHint))
        return nil
    }

    private func loadCalendar(sources: inout SourceFiles, diagnostics: inout Diagnostics) -> WorkdayCalendar? {
        let loader = CalendarLoader()
        let path: String
        if let calendar {
            path = calendar
        } else {
            let folder: String
            switch WorkflowsFolder.resolve(explicit: workflows, bundled: DefaultWorkflows.directory) {
            case .success(let found): folder = found
            case .failure(let problem): diagnostics.append(problem); return nil
            }
            switch loader.districtCalendarPath(inFolder: folder) {
            case .success(let found): path = found
            case .failure(let problem): diagnostics.append(problem); return nil
            }
        }
        let (calendar, found) = loader.load(path, sources: &sources)
        diagnostics.append(contentsOf: found)
        return calendar
    }
}

/// The wording of `schedule`'s own diagnostics.
enum ScheduleMessages {
    static func badCount(_ count: Int, maximum: Int) -> String { "--count must be from 1 to \(maximum), not \(count)" }
    static func tooMany(_ maximum: Int) -> String { "the window holds more than \(maximum) occurrences" }
    static let tooManyHint = "narrow the window with --until, or give --count"
    static let badCountHint = "give how many occurrences to show, e.g. --count 24"
    static func untilBeforeFrom(_ start: CivilDate, _ end: CivilDate) -> String { "--until \(end) is before --from \(start)" }
    static func badDate(_ text: String, flag: String) -> String { "'\(text)' is not a valid date for \(flag)" }
    static let badDateHint = "write dates as YYYY-MM-DD, e.g. 2026-12-01; the date must exist"
    static let unbounded = "the rule has no COUNT or UNTIL, so it never ends"
    static let unboundedHint = "give --count N or --until YYYY-MM-DD (or add COUNT or UNTIL to the rule)"
    static func badMonth(_ text: String) -> String { "'\(text)' is not a valid month for --month" }
    static let badMonthHint = "write the month as YYYY-MM, e.g. 2026-12"
    static func unknownWorkflow(_ id: String) -> String { "unknown workflow '\(id)'" }
    static func known(_ ids: [String]) -> String { "the workflows are: " + ids.joined(separator: ", ") }
    static func unknownSite(_ id: String) -> String { "unknown site '\(id)'" }
}
