import ArgumentParser
import SizhenOperations

/// `sizhen intake template`: a blank intake CSV for the loaded workflows, with one example row.
struct IntakeTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Print a blank intake CSV: the header row and one example row.",
        discussion: """
            KIND is the sheet: `visitors` (the default: 日期, 工作流, 诊室, 序号, 结果, 接待人员,
            姓名, 电话, 身份证号, 备注, then the case fields of the workflows folder, with an
            example visitor and an example report of a sitting), `visits` (送法到家 that took
            place: 日期, 案件编号, 人员, 备注) or `panels` (会诊 that took place: 日期, 案件编号,
            人员, 意见, 备注). Printed as UTF-8 with a byte-order mark and CRLF line ends, so
            that Excel opens it with the Chinese intact. Delete the example rows before filling
            the sheet in.

            Examples:
              sizhen intake template > 接诊-2026-12.csv
              sizhen intake template visits > 送法到家-2026-12.csv
            """
    )

    @Argument(help: ArgumentHelp("The sheet: visitors, visits or panels.", valueName: "KIND"))
    var kind: IntakeTemplateOperation.Sheet = .visitors

    @Option(help: ArgumentHelp("The workflows folder (default: ./Workflows, else the bundled default).", valueName: "DIR"))
    var workflows: String?

    @Option(help: ArgumentHelp("The month of the example row (default: December of the calendar's last year).", valueName: "YYYY-MM"))
    var month: String?

    func run() throws {
        Output.write(try Output.value(of: IntakeTemplateOperation(workspace: Workspace(workflowsFolder: workflows), month: month, sheet: kind).run()))
    }
}

extension IntakeTemplateOperation.Sheet: ExpressibleByArgument {}
