import ArgumentParser

/// The `sizhen` command: a thin shell over the library targets.
@main
struct Sizhen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sizhen",
        abstract: "A rule-based workflow engine for the 四诊 community legal clinics.",
        version: "0.1.0",
        subcommands: []
    )
}
