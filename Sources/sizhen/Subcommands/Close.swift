import ArgumentParser
import SizhenDiagnostics
import SizhenOperations

/// `sizhen close --month M`: freeze the month's report as it is sent upward.
struct Close: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Close a month: freeze its report, as sent upward, in every format.",
        discussion: """
            Brings the month up to date with every fact first; the month must be derived through
            its last day (`rounds --date`). After closing, `report --month M` prints the frozen
            report byte for byte, and a late sheet, a correction or a void for the month shows as
            an adjustment (调整), with its reason, under the ledger of the next month not closed.
            Months are closed in order. See docs/month-close.md.
            """
    )

    @Option(help: ArgumentHelp("The month to close.", valueName: "YYYY-MM"))
    var month: String

    @Option(help: ArgumentHelp("The database.", valueName: "FILE"))
    var db: String = Workspace.defaultDatabase

    @Option(help: ArgumentHelp("The workflows folder (default: ./Workflows, else the bundled default).", valueName: "DIR"))
    var workflows: String?

    func run() throws {
        let summary = try Output.value(of: CloseOperation(workspace: Workspace(workflowsFolder: workflows, database: db), month: month).run())
        Output.write(Output.messages.render(OperationMessage.closed(["month": .text(summary.month.description), "records": .int(summary.records),
                                                                     "adjustments": .int(summary.adjustments), "digest": .text(summary.digest)])) + "\n")
    }
}
