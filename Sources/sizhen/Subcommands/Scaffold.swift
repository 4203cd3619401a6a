import ArgumentParser
import SizhenDiagnostics
import SizhenOperations

/// `sizhen scaffold`: write a synthetic district of any size, for benchmarks and what-ifs.
struct Scaffold: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: HelpMessage.scaffoldAbstract.text,
            discussion: HelpMessage.scaffoldDiscussion.text
        )
    }

    @Option(help: ArgumentHelp(HelpMessage.scaffoldCommunities.text, valueName: "N"))
    var communities: Int

    @Option(help: ArgumentHelp(HelpMessage.scaffoldOutput.text, valueName: "DIR"))
    var output: String

    @Option(help: ArgumentHelp(HelpMessage.scaffoldWorkflows.text, valueName: "DIR"))
    var workflows: String?

    func run() throws {
        let summary = try Output.value(of: ScaffoldOperation(workspace: Workspace(workflowsFolder: workflows), communities: communities,
                                                             output: output).run())
        Output.write(Output.messages.render(OperationMessage.scaffolded(["files": .int(summary.files), "communities": .int(summary.communities),
                                                                         "folder": .text(summary.folder)])) + "\n")
    }
}
