import ArgumentParser
import SizhenDiagnostics
import SizhenOperations
import SizhenReports

/// `sizhen plan`: who sits where and when in a month, and why (定人).
struct PlanCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "plan",
            abstract: HelpMessage.planAbstract.text,
            discussion: HelpMessage.planDiscussion.text
        )
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv, ics, roster
        case rosterCSV = "roster-csv"
    }

    @Option(help: ArgumentHelp(HelpMessage.planMonth.text, valueName: "YYYY-MM"))
    var month: String

    @Flag(help: ArgumentHelp(HelpMessage.planExplain.text))
    var explain = false

    @Flag(help: ArgumentHelp(HelpMessage.planStrict.text))
    var strict = false

    @Option(help: ArgumentHelp(HelpMessage.planPerson.text, valueName: "ID|NAME"))
    var person: String?

    @Option(help: ArgumentHelp(HelpMessage.streetOption.text, valueName: "ID|NAME"))
    var street: String?

    @Option(help: ArgumentHelp(HelpMessage.planFormat.text))
    var format: Format = .table

    @Option(help: ArgumentHelp(HelpMessage.madeOn.text, valueName: "YYYY-MM-DD"))
    var madeOn: String?

    @Option(help: ArgumentHelp(HelpMessage.planPinned.text, valueName: "FILE"))
    var pinned: String?

    @Option(help: ArgumentHelp(HelpMessage.planDatabase.text, valueName: "FILE"))
    var db: String?

    @Option(help: ArgumentHelp(HelpMessage.workflowsOption.text, valueName: "DIR"))
    var workflows: String?

    @Flag(help: ArgumentHelp(HelpMessage.planPublish.text))
    var publish = false

    @Flag(help: ArgumentHelp(HelpMessage.planRepublish.text))
    var republish = false

    func validate() throws {
        if publish && republish { throw ValidationError(UsageMessage.publishOneAtATime.text()) }
        if (publish || republish) && db == nil { throw ValidationError(UsageMessage.publishNeedsDatabase.text(["flag": .text(publish ? "--publish" : "--republish")])) }
        if explain && format != .table { throw ValidationError(UsageMessage.explainGoesWithTable.text()) }
        if person != nil && (format == .roster || format == .rosterCSV) { throw ValidationError(UsageMessage.rosterNotForPerson.text()) }
        if db != nil && pinned != nil { throw ValidationError(UsageMessage.pinnedWithoutDatabase.text()) }
    }

    func run() throws {
        let operation = PlanOperation(workspace: Workspace(workflowsFolder: workflows, database: db), month: month, person: person, street: street,
                                      pinnedFile: pinned, strict: strict, publishing: publish ? .publish : republish ? .republish : .either,
                                      madeOn: MadeOn(flag: madeOn, now: Output.now))
        _ = try Output.value(of: operation.run()) { result in
            let rendering = PlanRendering(set: result.set, person: result.person, street: result.street, sessions: result.sessions, messages: Output.messages)
            switch format {
            case .table:
                Output.write(rendering.table(result.plan, audit: result.audit, explain: explain, difference: result.difference,
                                             travelBuffer: result.options.travelBufferMinutes))
            case .json: Output.write(rendering.json(result.plan, difference: result.difference) + "\n")
            case .csv: Output.write(rendering.csv(result.plan))
            case .ics: Output.write(rendering.ics(result.plan))
            case .roster:
                Output.write(RosterRendering(set: result.set, street: result.street, paperwork: result.paperwork, messages: Output.messages).html(result.plan))
            case .rosterCSV:
                Output.write(RosterRendering(set: result.set, street: result.street, paperwork: result.paperwork, messages: Output.messages).csv(result.plan))
            }
        }
    }
}
