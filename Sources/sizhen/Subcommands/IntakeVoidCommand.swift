import ArgumentParser
import Foundation
import SizhenDiagnostics
import SizhenOperations

/// `sizhen intake void CASE_ID --reason TEXT`: withdraw a case a sheet entered by mistake.
struct IntakeVoidCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "void",
            abstract: HelpMessage.voidAbstract.text,
            discussion: HelpMessage.voidDiscussion.text
        )
    }

    @Argument(help: ArgumentHelp(HelpMessage.voidCase.text, valueName: "CASE_ID"))
    var caseID: String

    @Option(help: ArgumentHelp(HelpMessage.voidReason.text, valueName: "TEXT"))
    var reason: String

    @Option(help: ArgumentHelp(HelpMessage.databaseOption.text, valueName: "FILE"))
    var db: String?

    @Option(help: ArgumentHelp(HelpMessage.workflowsOption.text, valueName: "DIR"))
    var workflows: String?

    func run() throws {
        let summary = try Output.value(of: IntakeVoidOperation(workspace: Workspace(workflowsFolder: workflows, database: Workspace.chosenDatabase(flag: db, environment: ProcessInfo.processInfo.environment)), caseID: caseID,
                                                               reason: reason).run())
        if summary.wasVoidedBefore {
            Output.write(Output.messages.render(OperationMessage.voidedBefore(["case": .text(caseID)])) + "\n")
            return
        }
        let derived = summary.derived.map { days in
            MessageValue.message(OperationMessage.derivedDays(["from": .text(days.lowerBound.description), "through": .text(days.upperBound.description)]))
        } ?? .text("")
        Output.write(Output.messages.render(OperationMessage.voided(["case": .text(caseID), "derived": derived])) + "\n")
    }
}
