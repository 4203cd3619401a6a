import ArgumentParser
import SizhenDiagnostics
import SizhenOperations

/// `sizhen intake void CASE_ID --reason TEXT`: withdraw a case a sheet entered by mistake.
struct IntakeVoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void",
        abstract: "Withdraw a case entered by mistake, with its records and what it caused.",
        discussion: """
            The void is kept as a fact with its reason, like the sheets' rows; the month is
            derived again without the case (its records, visits, panels and escalations go).
            A sheet row for the case with other values, imported later, brings it back.
            """
    )

    @Argument(help: ArgumentHelp("The case id, as `records` and `explain` show it (`<occurrence>#<number>`).", valueName: "CASE_ID"))
    var caseID: String

    @Option(help: ArgumentHelp("Why the case is withdrawn (kept with the void).", valueName: "TEXT"))
    var reason: String

    @Option(help: ArgumentHelp("The database.", valueName: "FILE"))
    var db: String = Workspace.defaultDatabase

    @Option(help: ArgumentHelp("The workflows folder (default: ./Workflows, else the bundled default).", valueName: "DIR"))
    var workflows: String?

    func run() throws {
        let summary = try Output.value(of: IntakeVoidOperation(workspace: Workspace(workflowsFolder: workflows, database: db), caseID: caseID,
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
