import ArgumentParser
import SizhenOperations

/// `sizhen intake template`: a blank intake CSV for the loaded workflows, with one example row.
struct IntakeTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Print a blank intake CSV: the header row and one example row.",
        discussion: """
            Prints the header (日期, 工作流, 诊室, 序号, 结果, 接待人员, 姓名, 电话, 身份证号, 备注,
            then the case fields of the workflows folder) and an example row at a real sitting,
            as UTF-8 with a byte-order mark and CRLF line ends, so that Excel opens it with the
            Chinese intact. Delete the example row before filling in the visitors.

            Example:
              sizhen intake template > 接诊-2026-12.csv
            """
    )

    @Option(help: ArgumentHelp("The workflows folder (default: ./Workflows, else the bundled default).", valueName: "DIR"))
    var workflows: String?

    @Option(help: ArgumentHelp("The month of the example row (default: December of the calendar's last year).", valueName: "YYYY-MM"))
    var month: String?

    func run() throws {
        Output.write(try Output.value(of: IntakeTemplateOperation(workspace: Workspace(workflowsFolder: workflows), month: month).run()))
    }
}
