import ArgumentParser
import SizhenOperations
import SizhenReports

/// `sizhen plan`: who sits where and when in a month, and why (定人).
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan who fills each slot of the month's occurrences, and why.",
        discussion: """
            Fills every slot of the month's occurrences (on_demand slots are filled per case, not
            here) honouring roles, weekly availability, leave, no double-booking (with a travel
            buffer between streets) and monthly, weekly and daily limits; then the slot's
            preferences: paired, same street, skills, continuity, least loaded. Each assignment
            says why; each slot nobody can fill says why, per role. See docs/planning.md.

            Example:
              sizhen plan --month 2026-12 --person L001 --format ics > L001.ics
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv, ics
    }

    @Option(help: ArgumentHelp("The month to plan.", valueName: "YYYY-MM"))
    var month: String

    @Flag(help: "With the table format: each assignment's runners-up and why they lost.")
    var explain = false

    @Flag(help: "Exit with status 1 when any slot is left unfilled.")
    var strict = false

    @Option(help: ArgumentHelp("Only this person's assignments (with --format ics: their calendar): an id or a name (谢海莉).", valueName: "ID|NAME"))
    var person: String?

    @Option(help: "Output format: table, json, csv (UTF-8 with BOM, for Excel), or ics.")
    var format: Format = .table

    @Option(help: ArgumentHelp("A previous plan (--format json output) to keep: only what must change moves.", valueName: "FILE"))
    var pinned: String?

    @Option(help: ArgumentHelp("The database: a month not published yet is published there for the rounds; a published one is shown re-planned against it, and changed only with --republish.", valueName: "FILE"))
    var db: String?

    @Option(help: ArgumentHelp("The workflows folder (default: ./Workflows, else the bundled default).", valueName: "DIR"))
    var workflows: String?

    @Flag(help: "With --db: publish the month's plan (an error when it is published already).")
    var publish = false

    @Flag(help: "With --db: re-publish after the files changed: the days not yet passed are re-planned, keeping what is still valid.")
    var republish = false

    func validate() throws {
        if publish && republish { throw ValidationError("--publish and --republish go one at a time.") }
        if (publish || republish) && db == nil { throw ValidationError("--\(publish ? "publish" : "republish") needs --db FILE: the plan is published there.") }
        if explain && format != .table { throw ValidationError("--explain goes with --format table.") }
        if db != nil && pinned != nil { throw ValidationError("--db pins the stored plan; --pinned goes without --db.") }
    }

    func run() throws {
        let operation = PlanOperation(workspace: Workspace(workflowsFolder: workflows, database: db), month: month, person: person,
                                      pinnedFile: pinned, strict: strict, publishing: publish ? .publish : republish ? .republish : .either)
        _ = try Output.value(of: operation.run()) { result in
            let rendering = PlanRendering(set: result.set, person: result.person, messages: Output.messages)
            switch format {
            case .table:
                Output.write(rendering.table(result.plan, audit: result.audit, explain: explain, difference: result.difference,
                                             travelBuffer: result.options.travelBufferMinutes))
            case .json: Output.write(rendering.json(result.plan, difference: result.difference) + "\n")
            case .csv: Output.write(rendering.csv(result.plan))
            case .ics: Output.write(rendering.ics(result.plan))
            }
        }
    }
}
