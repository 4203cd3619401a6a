import ArgumentParser
import SizhenOperations

/// `sizhen intake import FILE.csv`: record what the clinics filled in, all or nothing.
struct IntakeImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an intake CSV: every row checked, then all of it recorded in one transaction, or none.",
        discussion: """
            Every row is checked against the case schema and the month's occurrences first; one
            bad row means nothing is recorded. Each row opens a case at its occurrence and runs
            it through its workflow's steps and escalations (as `rounds` would). Importing the
            same file again adds nothing.
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
        if summary.wasImportedBefore {
            Output.write("\(file) was imported before; nothing added\n")
            return
        }
        func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        var line = "imported \(plural(summary.rows, "row")) from \(file): \(plural(summary.opened, "case")) opened, "
            + "\(plural(summary.records, "record")), \(plural(summary.escalations, "escalation"))"
        if summary.alreadyRecorded > 0 { line += ", \(summary.alreadyRecorded) already recorded" }
        Output.write(line + "\n")
    }
}
