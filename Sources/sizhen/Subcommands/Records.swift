import ArgumentParser
import Foundation
import SizhenOperations
import SizhenReports

/// `sizhen records`: the service records, filtered, as a table, CSV or JSON.
struct Records: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: HelpMessage.recordsAbstract.text
        )
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @Option(help: ArgumentHelp(HelpMessage.recordsMonth.text, valueName: "YYYY-MM"))
    var month: String?

    @Option(help: ArgumentHelp(HelpMessage.recordsSite.text, valueName: "ID|NAME"))
    var site: String?

    @Option(help: ArgumentHelp(HelpMessage.recordsType.text, valueName: "TYPE"))
    var type: String?

    @Option(help: ArgumentHelp(HelpMessage.streetOption.text, valueName: "ID|NAME"))
    var street: String?

    @Option(help: ArgumentHelp(HelpMessage.recordsFormat.text))
    var format: Format = .table

    @Flag(name: .customLong("include-personal"), help: ArgumentHelp(HelpMessage.recordsIncludePersonal.text))
    var includePersonal = false

    @Option(help: ArgumentHelp(HelpMessage.databaseOption.text, valueName: "FILE"))
    var db: String?

    @Option(help: ArgumentHelp(HelpMessage.recordsWorkflows.text, valueName: "DIR"))
    var workflows: String?

    func run() throws {
        let listing = try Output.value(of: RecordsOperation(workspace: Workspace(workflowsFolder: workflows, database: Workspace.chosenDatabase(flag: db, environment: ProcessInfo.processInfo.environment)), month: month,
                                                            site: site, type: type, street: street, includePersonal: includePersonal).run())
        let rendering = RecordsRendering(set: listing.set, personal: listing.personal, isSimulated: listing.isSimulated)
        switch format {
        case .csv: Output.write(rendering.csv(listing.records))
        case .json: Output.write(rendering.json(listing.records) + "\n")
        case .table: Output.write(rendering.table(listing.records, messages: Output.messages))
        }
    }
}

/// `sizhen explain CASE_ID`: a case's whole story, in order.
struct Explain: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: HelpMessage.explainAbstract.text
        )
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp(HelpMessage.explainCase.text, valueName: "CASE_ID"))
    var caseID: String

    @Option(help: ArgumentHelp(HelpMessage.explainFormat.text))
    var format: Format = .text

    @Option(help: ArgumentHelp(HelpMessage.databaseOption.text, valueName: "FILE"))
    var db: String?

    @Option(help: ArgumentHelp(HelpMessage.explainWorkflows.text, valueName: "DIR"))
    var workflows: String?

    func run() throws {
        let story = try Output.value(of: ExplainOperation(workspace: Workspace(workflowsFolder: workflows, database: Workspace.chosenDatabase(flag: db, environment: ProcessInfo.processInfo.environment)), caseID: caseID).run())
        switch format {
        case .text:
            if story.isSimulated { Output.write(Output.messages.render(MonthReportMessage.simulated()) + "\n") }
            Output.write(CaseStoryText.render(story.engineCase, events: story.events, facts: story.facts, schema: story.schema, set: story.set,
                                              messages: Output.messages))
        case .json:
            Output.write(CaseStoryText.json(story.engineCase, events: story.events, facts: story.facts, isSimulated: story.isSimulated,
                                            messages: Output.messages) + "\n")
        }
    }
}
