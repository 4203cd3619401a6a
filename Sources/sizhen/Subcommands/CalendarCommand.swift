import ArgumentParser
import SizhenDiagnostics
import SizhenOperations

/// `sizhen calendar`: the district's workday calendar.
struct CalendarCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "calendar", abstract: HelpMessage.calendarAbstract.text, discussion: HelpMessage.calendarDiscussion.text,
                             subcommands: [CalendarDraft.self])
    }
}

/// `sizhen calendar draft --year 2027`.
struct CalendarDraft: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "draft", abstract: HelpMessage.calendarDraftAbstract.text, discussion: HelpMessage.calendarDraftDiscussion.text)
    }

    @Option(help: ArgumentHelp(HelpMessage.calendarDraftYear.text, valueName: "YEAR"))
    var year: Int

    @Flag(help: ArgumentHelp(HelpMessage.calendarDraftPrint.text))
    var print = false

    @Option(help: ArgumentHelp(HelpMessage.calendarDraftWorkflows.text, valueName: "DIR"))
    var workflows: String?

    func run() throws {
        let summary = try Output.value(of: CalendarDraftOperation(workspace: Workspace(workflowsFolder: workflows), year: year, printOnly: print).run())
        let messages = Output.messages
        let holidays = summary.holidays.map { span in
            span.first == span.last ? "\(span.name) \(span.first)" : "\(span.name) \(span.first)…\(span.last)"
        }
        if summary.written {
            Output.write(messages.render(OperationMessage.drafted(["year": .int(summary.year), "file": .text(summary.file),
                                                                 "holidays": .texts(holidays)])) + "\n")
        } else {
            Output.write(messages.render(OperationMessage.draftedPrinted(["year": .int(summary.year)])) + "\n" + summary.text)
        }
        Output.write(messages.render(OperationMessage.draftReview(["year": .int(summary.year)])) + "\n")
    }
}
