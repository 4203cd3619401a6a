import ArgumentParser
import Foundation
import SizhenDiagnostics
import SizhenOperations

/// `sizhen close --month M`: freeze the month's report as it is sent upward.
struct Close: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: HelpMessage.closeAbstract.text,
            discussion: HelpMessage.closeDiscussion.text
        )
    }

    @Option(help: ArgumentHelp(HelpMessage.closeMonth.text, valueName: "YYYY-MM"))
    var month: String

    @Option(help: ArgumentHelp(HelpMessage.madeOn.text, valueName: "YYYY-MM-DD"))
    var madeOn: String?

    @Option(help: ArgumentHelp(HelpMessage.databaseOption.text, valueName: "FILE"))
    var db: String?

    @Option(help: ArgumentHelp(HelpMessage.workflowsOption.text, valueName: "DIR"))
    var workflows: String?

    func run() throws {
        let workspace = Workspace(workflowsFolder: workflows, database: Workspace.chosenDatabase(flag: db, environment: ProcessInfo.processInfo.environment))
        let summary = try Output.value(of: CloseOperation(workspace: workspace, month: month, madeOn: MadeOn(flag: madeOn, now: Output.now)).run())
        Output.write(Output.messages.render(OperationMessage.closed(["month": .text(summary.month.description), "records": .int(summary.records),
                                                                     "adjustments": .int(summary.adjustments), "digest": .text(summary.digest)])) + "\n")
    }
}
