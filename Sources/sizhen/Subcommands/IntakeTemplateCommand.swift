import ArgumentParser
import SizhenOperations

/// `sizhen intake template`: a blank intake CSV for the loaded workflows, with one example row.
struct IntakeTemplateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "template",
            abstract: HelpMessage.templateAbstract.text,
            discussion: HelpMessage.templateDiscussion.text
        )
    }

    @Argument(help: ArgumentHelp(HelpMessage.templateKind.text, valueName: "KIND"))
    var kind: IntakeTemplateOperation.Sheet = .visitors

    @Option(help: ArgumentHelp(HelpMessage.workflowsOption.text, valueName: "DIR"))
    var workflows: String?

    @Option(help: ArgumentHelp(HelpMessage.templateMonth.text, valueName: "YYYY-MM"))
    var month: String?

    func run() throws {
        Output.write(try Output.value(of: IntakeTemplateOperation(workspace: Workspace(workflowsFolder: workflows), month: month, sheet: kind).run()))
    }
}

extension IntakeTemplateOperation.Sheet: ExpressibleByArgument {}
