import ArgumentParser
import SizhenOperations

/// `sizhen rounds --date D`: advance the district's state through a day and print its run sheet.
struct Rounds: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Advance through a date and print the day's run sheet: who goes where, what is overdue.",
        discussion: """
            Processes every day not yet processed up to --date (planning each month when it is
            first reached), one transaction per day: occurrences are held, timers fire,
            escalations open linked cases, panels and home visits are held. Then prints the
            day's run sheet by street: time, place, who, what; sessions; overdue items; new
            escalations. Running it again for the same date changes nothing and prints the same.
            """
    )

    @Option(help: ArgumentHelp("The day to advance through and print.", valueName: "YYYY-MM-DD"))
    var date: String

    @Option(help: ArgumentHelp("The database (created when missing).", valueName: "FILE"))
    var db: String = Workspace.defaultDatabase

    @Option(help: ArgumentHelp("The workflows folder (default: ./Workflows, else the bundled default).", valueName: "DIR"))
    var workflows: String?

    func run() throws {
        let sheet = try Output.value(of: RoundsOperation(workspace: Workspace(workflowsFolder: workflows, database: db), date: date).run())
        Output.write(sheet.text(messages: Output.messages))
    }
}
