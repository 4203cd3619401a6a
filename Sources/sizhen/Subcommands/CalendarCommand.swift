import ArgumentParser
import SizhenDiagnostics
import SizhenOperations

/// `sizhen calendar`: the district's workday calendar.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "The district's workday calendar (法定节假日与调休).",
        discussion: """
            The calendar file (calendars/<id>.yaml) lists each year's holidays and make-up
            workdays from the State Council's notice. See docs/calendar.md.
            """,
        subcommands: [CalendarDraft.self]
    )
}

/// `sizhen calendar draft --year 2027`.
struct CalendarDraft: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Write a provisional year into the calendar file before its notice appears.",
        discussion: """
            The statutory days off come from the calendar file's draft: rules (春节, 清明节, 端午节
            and 中秋节 computed from the lunar calendar and the solar terms); no make-up workday is
            guessed. Every plan, schedule, run sheet and calendar entry of the year is marked
            暂定 (provisional) until the notice's arrangement replaces the entry by hand.
            """
    )

    @Option(help: ArgumentHelp("The year to draft (2001-2099).", valueName: "YEAR"))
    var year: Int

    @Flag(help: "Print the year's entry instead of writing it into the file.")
    var print = false

    @Option(help: ArgumentHelp("The workflows folder whose calendar file is written (default: ./Workflows).", valueName: "DIR"))
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
