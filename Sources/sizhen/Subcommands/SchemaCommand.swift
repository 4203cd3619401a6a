import ArgumentParser
import Foundation
import SizhenDiagnostics
import SizhenLoader

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
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            Output.report(Diagnostics([.error("cannot create folder \(output): \(error.localizedDescription)")]), sources: SourceFiles())
            throw ExitCode(1)
        }
        for (kind, schema) in FileSchemas.all {
            let path = output + "/sizhen-\(kind).schema.json"
            do {
                try Data(FileSchemas.document(kind: kind, schema: schema).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                Output.report(Diagnostics([.error("cannot write \(path): \(error.localizedDescription)")]), sources: SourceFiles())
                throw ExitCode(1)
            }
            Output.write(path + "\n")
        }
    }
}
