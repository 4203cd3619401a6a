import ArgumentParser
import Foundation
import SizhenOperations

/// `sizhen rounds --date D`: advance the district's state through a day and print its run sheet.
struct Rounds: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: HelpMessage.roundsAbstract.text,
            discussion: HelpMessage.roundsDiscussion.text
        )
    }

    @Option(help: ArgumentHelp(HelpMessage.roundsDate.text, valueName: "YYYY-MM-DD"))
    var date: String

    @Option(help: ArgumentHelp(HelpMessage.databaseCreatedOption.text, valueName: "FILE"))
    var db: String?

    @Option(help: ArgumentHelp(HelpMessage.workflowsOption.text, valueName: "DIR"))
    var workflows: String?

    func run() throws {
        let sheet = try Output.value(of: RoundsOperation(workspace: Workspace(workflowsFolder: workflows, database: Workspace.chosenDatabase(flag: db, environment: ProcessInfo.processInfo.environment)), date: date).run())
        Output.write(sheet.text(messages: Output.messages))
    }
}
