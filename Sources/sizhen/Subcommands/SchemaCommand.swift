import ArgumentParser
import SizhenOperations

/// `sizhen schema`: write a JSON Schema (2020-12) per file kind, for editors.
struct SchemaCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "schema",
            abstract: HelpMessage.schemaAbstract.text,
            discussion: HelpMessage.schemaDiscussion.text
        )
    }

    @Option(help: ArgumentHelp(HelpMessage.schemaOutput.text, valueName: "DIR"))
    var output: String

    func run() throws {
        let paths = try Output.value(of: SchemaOperation(output: output).run())
        Output.write(paths.map { $0 + "\n" }.joined())
    }
}
