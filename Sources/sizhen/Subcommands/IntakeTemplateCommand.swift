import ArgumentParser
import SizhenCalendar
import SizhenDefaults
import SizhenDiagnostics
import SizhenLoader

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
        var diagnostics = Diagnostics()
        var sources = SourceFiles()
        defer { Output.report(diagnostics, sources: sources) }
        var exampleMonth: YearMonth?
        if let month {
            sources.remember(month, as: "--month")
            guard let parsed = YearMonth(iso: month) else {
                diagnostics.append(.error(ScheduleMessages.badMonth(month), at: SourceLocation(file: "--month", line: 1, column: 1),
                                          hint: ScheduleMessages.badMonthHint))
                throw ExitCode(1)
            }
            exampleMonth = parsed
        }
        let folder: String
        switch WorkflowsFolder.resolve(explicit: workflows, bundled: DefaultWorkflows.directory) {
        case .success(let found): folder = found
        case .failure(let problem): diagnostics.append(problem); throw ExitCode(1)
        }
        let outcome = WorkflowSetLoader().load(folder: folder)
        sources = outcome.sources
        if let month { sources.remember(month, as: "--month") }
        diagnostics.append(contentsOf: outcome.diagnostics.items.filter(\.isError))
        guard let set = outcome.set else { throw ExitCode(1) }
        let template = IntakeTemplate(set: set)
        do {
            Output.write(try template.csv(month: exampleMonth ?? template.defaultMonth))
        } catch {
            diagnostics.append(error.diagnostic())
            throw ExitCode(1)
        }
    }
}
