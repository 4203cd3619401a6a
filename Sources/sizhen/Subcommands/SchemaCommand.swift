import ArgumentParser
import SizhenOperations

/// `sizhen schema`: write a JSON Schema (2020-12) per file kind, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write a JSON Schema per file kind, so that an editor completes and checks the YAML files.",
        discussion: """
            Writes sizhen-<kind>.schema.json for every file kind into the output folder. With
            the YAML extension of VS Code (yaml-language-server), a file that starts with
              # yaml-language-server: $schema=../../schemas/sizhen-workflow.schema.json
            gets completion and checking as it is typed. The shipped files carry that line.
            """
    )

    @Option(help: ArgumentHelp("The folder to write the schemas into (created if missing).", valueName: "DIR"))
    var output: String

    func run() throws {
        let paths = try Output.value(of: SchemaOperation(output: output).run())
        Output.write(paths.map { $0 + "\n" }.joined())
    }
}
