import ArgumentParser
import Foundation
import SizhenDiagnostics
import SizhenOperations

/// `sizhen intake import FILE.csv`: record what the clinics filled in, all or nothing.
struct IntakeImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: HelpMessage.importAbstract.text,
            discussion: HelpMessage.importDiscussion.text
        )
    }

    @Argument(help: ArgumentHelp(HelpMessage.importFile.text, valueName: "FILE.csv"))
    var file: String

    @Option(help: ArgumentHelp(HelpMessage.databaseCreatedOption.text, valueName: "FILE"))
    var db: String?

    @Option(help: ArgumentHelp(HelpMessage.workflowsOption.text, valueName: "DIR"))
    var workflows: String?

    func run() throws {
        let summary = try Output.value(of: IntakeImportOperation(workspace: Workspace(workflowsFolder: workflows, database: Workspace.chosenDatabase(flag: db, environment: ProcessInfo.processInfo.environment)), file: file).run())
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
