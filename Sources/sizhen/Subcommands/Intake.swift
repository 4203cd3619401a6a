import ArgumentParser

/// `sizhen intake`: the CSV files in which clinics record each visitor.
struct Intake: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The intake CSV: what the clinics record per visitor.",
        discussion: """
            Clinics fill one row per visitor in Excel and save it as CSV (UTF-8 or the plain
            Chinese CSV, GB18030). See docs/intake.md for every column.
            """,
        subcommands: [IntakeTemplateCommand.self, IntakeImportCommand.self, IntakeVoidCommand.self]
    )
}
