import ArgumentParser
import SizhenOperations

/// `sizhen intake`: the CSV files in which clinics record each visitor.
struct Intake: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: HelpMessage.intakeAbstract.text,
            discussion: HelpMessage.intakeDiscussion.text,
            subcommands: [IntakeTemplateCommand.self, IntakeImportCommand.self, IntakeVoidCommand.self]
        )
    }
}
