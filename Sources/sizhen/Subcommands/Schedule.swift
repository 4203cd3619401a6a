import ArgumentParser
import SizhenCalendar
import SizhenOperations
import SizhenReports

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

    @Option(help: ArgumentHelp("With --month: only this workflow, by id or name (接诊).", valueName: "ID|NAME"))
    var workflow: String?

    @Option(help: ArgumentHelp("With --month: only this site, a community's id or name (烟雨社区).", valueName: "ID|NAME"))
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
        let workspace = Workspace(workflowsFolder: workflows)
        if let month {
            let found = try Output.value(of: MonthScheduleOperation(workspace: workspace, month: month, workflow: workflow, site: site).run())
            let rendering = MonthScheduleRendering(set: found.set, messages: Output.messages)
            switch format {
            case .table: Output.write(rendering.table(found.schedule))
            case .json: Output.write(rendering.json(found.schedule) + "\n")
            case .ics: Output.write(rendering.ics(found.schedule))
            }
        } else if let rule, let from {
            let preview = try Output.value(of: RulePreviewOperation(workspace: workspace, rule: rule, from: from, count: count, until: until,
                                                                    calendarFile: calendar, onHoliday: onHoliday).run())
            switch format {
            case .table:
                Output.write(RulePreviewRendering.table(preview.expansion, rule: preview.rule, policy: preview.policy, calendar: preview.calendar,
                                                        messages: Output.messages))
            case .json: Output.write(RulePreviewRendering.json(preview.expansion) + "\n")
            case .ics: break
            }
        }
    }
}
