import ArgumentParser
import SizhenOperations

/// `sizhen scaffold`: write a synthetic district of any size, for benchmarks and what-ifs.
struct Scaffold: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic district of N communities (streets, clinics, staff in proportion) that validates.",
        discussion: """
            Streets of ten communities; 31 clinics and about 50 paired lawyers per 138
            communities, as in the shipped district; two legal workers per street, a community
            worker per community, professors and officials for panels. Every other file of the
            workflows folder (workflows, decision tables, case schema, calendar, scenario, the
            district's settings) is copied as it is, so the district runs the same rules at any
            size. The same N gives the same files.
            """
    )

    @Option(help: ArgumentHelp("How many communities.", valueName: "N"))
    var communities: Int

    @Option(help: ArgumentHelp("The folder to write (must not exist, or be empty).", valueName: "DIR"))
    var output: String

    @Option(help: ArgumentHelp("The workflows folder whose files the district is made around (default: ./Workflows, else the bundled default).", valueName: "DIR"))
    var workflows: String?

    func run() throws {
        let summary = try Output.value(of: ScaffoldOperation(workspace: Workspace(workflowsFolder: workflows), communities: communities,
                                                             output: output).run())
        Output.write("wrote \(summary.files) files for \(summary.communities) communities to \(summary.folder); "
                     + "check them with: sizhen validate --workflows \(summary.folder)\n")
    }
}
