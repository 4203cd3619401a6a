import ArgumentParser
import SizhenOperations
import SizhenReports

/// `sizhen records`: the service records, filtered, as a table, CSV or JSON.
struct Records: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the service records (法律咨询, 人民调解, 送法到家 …), as a table, CSV for Excel, or JSON."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @Option(help: ArgumentHelp("Only this month.", valueName: "YYYY-MM"))
    var month: String?

    @Option(help: ArgumentHelp("Only this site: a community's id or name (烟雨社区).", valueName: "ID|NAME"))
    var site: String?

    @Option(help: ArgumentHelp("Only this record type: its id or name (法律咨询), or a part of its name only it has (调解).", valueName: "TYPE"))
    var type: String?

    @Option(help: "Output format: table, csv (UTF-8 with BOM, for Excel) or json.")
    var format: Format = .table

    @Flag(name: .customLong("include-personal"), help: "Add the residents' names, phone numbers and ID numbers from intake (left out by default).")
    var includePersonal = false

    @Option(help: ArgumentHelp("The database.", valueName: "FILE"))
    var db: String = Workspace.defaultDatabase

    @Option(help: ArgumentHelp("The workflows folder, for names (default: ./Workflows, else the bundled default).", valueName: "DIR"))
    var workflows: String?

    func run() throws {
        let listing = try Output.value(of: RecordsOperation(workspace: Workspace(workflowsFolder: workflows, database: db), month: month,
                                                            site: site, type: type, includePersonal: includePersonal).run())
        let rendering = RecordsRendering(set: listing.set, personal: listing.personal)
        switch format {
        case .csv: Output.write(rendering.csv(listing.records))
        case .json: Output.write(rendering.json(listing.records) + "\n")
        case .table: Output.write(rendering.table(listing.records, messages: Output.messages))
        }
    }
}

/// `sizhen explain CASE_ID`: a case's whole story, in order.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a case's whole story in order: opening, rules and tables matched, records, timers, escalations, panels."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("The case id, e.g. jiezhen/haitangxi-yanyu/2026-12-09/1#1.", valueName: "CASE_ID"))
    var caseID: String

    @Option(help: "Output format: text, or json (each event with its message's code and arguments).")
    var format: Format = .text

    @Option(help: ArgumentHelp("The database.", valueName: "FILE"))
    var db: String = Workspace.defaultDatabase

    @Option(help: ArgumentHelp("The workflows folder, for the labels of case values (default: ./Workflows, else the bundled default).", valueName: "DIR"))
    var workflows: String?

    func run() throws {
        let story = try Output.value(of: ExplainOperation(workspace: Workspace(workflowsFolder: workflows, database: db), caseID: caseID).run())
        switch format {
        case .text:
            Output.write(CaseStoryText.render(story.engineCase, events: story.events, facts: story.facts, schema: story.schema, set: story.set,
                                              messages: Output.messages))
        case .json: Output.write(CaseStoryText.json(story.engineCase, events: story.events, facts: story.facts, messages: Output.messages) + "\n")
        }
    }
}
