import ArgumentParser
import SizhenOperations

/// `sizhen db copy --from A --to B`: an office's data from one database into an empty one.
struct DatabaseCopyCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "copy",
            abstract: HelpMessage.dbCopyAbstract.text,
            discussion: HelpMessage.dbCopyDiscussion.text
        )
    }

    @Option(help: ArgumentHelp(HelpMessage.dbCopyFrom.text, valueName: "FILE|URL"))
    var from: String

    @Option(help: ArgumentHelp(HelpMessage.dbCopyTo.text, valueName: "FILE|URL"))
    var to: String

    func run() throws {
        let summary = try Output.value(of: DatabaseCopyOperation(from: from, to: to).run())
        var text = ""
        for table in summary.tables {
            text += Output.messages.render(OperationMessage.copyTable(["table": .text(table.name), "rows": .int(table.rows), "digest": .text(table.digest)])) + "\n"
        }
        text += Output.messages.render(OperationMessage.copied(["rows": .int(summary.tables.map(\.rows).reduce(0, +)), "tables": .int(summary.tables.count),
                                                                "from": .text(summary.from), "to": .text(summary.to)])) + "\n"
        Output.write(text)
    }
}
