import ArgumentParser
import SizhenDiagnostics
import SizhenOperations

/// `sizhen intake import FILE.csv`: record what the clinics filled in, all or nothing.
struct IntakeImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an intake CSV: every row checked, then all of it recorded in one transaction, or none.",
        discussion: """
            Every row is checked against the case schema and the month's occurrences first; one
            bad row means nothing is recorded. Each row is kept as a fact: a visitor row opens a
            case at its occurrence, a report row says the occurrence was held, not held or held
            by a substitute. The month is then derived again from the earliest day the sheet is
            about, in the order of the dates, so a late sheet counts as if it came on time. A
            row for a case already recorded with other values corrects it; importing the same
            file again adds nothing.
            """
    )

    @Argument(help: ArgumentHelp("The CSV file (UTF-8, UTF-8 with BOM, or GB18030 as Excel saves it).", valueName: "FILE.csv"))
    var file: String

    @Option(help: ArgumentHelp("The database (created when missing).", valueName: "FILE"))
    var db: String = Workspace.defaultDatabase

    @Option(help: ArgumentHelp("The workflows folder (default: ./Workflows, else the bundled default).", valueName: "DIR"))
    var workflows: String?

    func run() throws {
        let summary = try Output.value(of: IntakeImportOperation(workspace: Workspace(workflowsFolder: workflows, database: db), file: file).run())
        let say = Output.messages
        if summary.wasImportedBefore {
            Output.write(say.render(OperationMessage.importedBefore(["file": .text(file)])) + "\n")
            return
        }
        let counts = MessageValue.message(OperationMessage.importedCounts(["added": .int(summary.added), "corrected": .int(summary.corrected),
                                                                          "unchanged": .int(summary.unchanged)]))
        var line = summary.sessions > 0
            ? say.render(OperationMessage.importedSessions(["sessions": .int(summary.sessions), "file": .text(file), "counts": counts]))
            : say.render(OperationMessage.imported(["rows": .int(summary.rows), "reports": .int(summary.reports), "file": .text(file), "counts": counts]))
        if let days = summary.derived {
            line += say.render(OperationMessage.derivedAgain(["from": .text(days.lowerBound.description), "through": .text(days.upperBound.description),
                                                              "records": .int(summary.records)]))
        }
        Output.write(line + "\n")
    }
}
