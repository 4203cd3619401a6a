import ArgumentParser
import SizhenOperations

/// `sizhen db`: the database as a whole.
struct DatabaseCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "db",
            abstract: HelpMessage.dbAbstract.text,
            subcommands: [DatabaseCopyCommand.self]
        )
    }
}
