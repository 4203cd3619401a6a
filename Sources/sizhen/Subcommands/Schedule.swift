import ArgumentParser
import SizhenCalendar
import SizhenDiagnostics
import SizhenOperations
import SizhenReports

/// `sizhen schedule`: expand a recurrence rule against the district's workday calendar and
/// show each date, with the reason for every moved or skipped one.
struct Schedule: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: HelpMessage.scheduleAbstract.text,
            discussion: HelpMessage.scheduleDiscussion.text
        )
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, ics
    }

    @Option(help: ArgumentHelp(HelpMessage.scheduleMonth.text, valueName: "YYYY-MM"))
    var month: String?

    @Option(help: ArgumentHelp(HelpMessage.scheduleWorkflow.text, valueName: "ID|NAME"))
    var workflow: String?

    @Option(help: ArgumentHelp(HelpMessage.scheduleSite.text, valueName: "ID|NAME"))
    var site: String?

    @Option(name: .customLong("rrule"), help: ArgumentHelp(HelpMessage.scheduleRule.text, valueName: "RULE"))
    var rule: String?

    @Option(help: ArgumentHelp(HelpMessage.scheduleFrom.text, valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(help: ArgumentHelp(HelpMessage.scheduleCount.text, valueName: "N"))
    var count: Int?

    @Option(help: ArgumentHelp(HelpMessage.scheduleUntil.text, valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: ArgumentHelp(HelpMessage.scheduleCalendar.text, valueName: "FILE"))
    var calendar: String?

    @Option(help: ArgumentHelp(HelpMessage.workflowsOption.text, valueName: "DIR"))
    var workflows: String?

    @Option(name: .customLong("on-holiday"), help: ArgumentHelp(HelpMessage.scheduleOnHoliday.text, valueName: "POLICY"))
    var onHoliday: String = HolidayPolicy.keep.rawValue

    @Option(help: ArgumentHelp(HelpMessage.scheduleFormat.text))
    var format: Format = .table

    func validate() throws {
        switch (month, rule) {
        case (nil, nil): throw ValidationError(UsageMessage.monthOrRule.text())
        case (_?, _?): throw ValidationError(UsageMessage.monthAndRule.text())
        case (_?, nil):
            for (flag, value) in [("--from", from), ("--count", count.map(String.init)), ("--until", until), ("--calendar", calendar)] where value != nil {
                throw ValidationError(UsageMessage.goesWithRule.text(["flag": .text(flag)]))
            }
        case (nil, _?):
            if from == nil { throw ValidationError(UsageMessage.ruleNeedsFrom.text()) }
            if workflow != nil || site != nil { throw ValidationError(UsageMessage.goWithMonth.text()) }
            if format == .ics { throw ValidationError(UsageMessage.icsGoesWithMonth.text()) }
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
