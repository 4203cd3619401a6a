import ArgumentParser
import SizhenDiagnostics
import SizhenOperations

/// `sizhen init [DIR]`: write the built-in district as a starting copy.
struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: HelpMessage.initAbstract.text, discussion: HelpMessage.initDiscussion.text)
    }

    @Argument(help: ArgumentHelp(HelpMessage.initFolder.text, valueName: "DIR"))
    var folder: String = InitOperation.defaultFolder

    func run() throws {
        let summary = try Output.value(of: InitOperation(folder: folder).run())
        let messages = Output.messages
        Output.write(messages.render(OperationMessage.initialised(["folder": .text(summary.folder), "files": .int(summary.files),
                                                                  "folders": .texts(summary.folders)])) + "\n")
        Output.write(messages.render(OperationMessage.initNext(["folder": .text(summary.folder)])) + "\n")
    }
}
