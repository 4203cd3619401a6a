import ArgumentParser
import Foundation
import SizhenCalendar
import SizhenDefaults
import SizhenDiagnostics
import SizhenEngine
import SizhenRecords
import SizhenLoader
import SizhenModel
import SizhenStore

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

    @Option(help: ArgumentHelp("Only this person's assignments (with --format ics: their calendar).", valueName: "ID"))
    var person: String?

    @Option(help: "Output format: table, json, csv (UTF-8 with BOM, for Excel), or ics.")
    var format: Format = .table

    @Option(help: ArgumentHelp("A previous plan (--format json output) to keep: only what must change moves.", valueName: "FILE"))
    var pinned: String?

    @Option(help: ArgumentHelp("The database: the month's plan is stored there for the rounds; a plan already stored is pinned.", valueName: "FILE"))
    var db: String?

    @Option(name: .customLong("travel-buffer"), help: ArgumentHelp("Minutes a person needs between sites in different streets on the same day.", valueName: "MINUTES"))
    var travelBuffer: Int = 30

    @Option(help: ArgumentHelp("The workflows folder (default: ./Workflows, else the bundled default).", valueName: "DIR"))
    var workflows: String?

    func validate() throws {
        if !(0...1440).contains(travelBuffer) { throw ValidationError("--travel-buffer must be from 0 to 1440 minutes.") }
        if explain && format != .table { throw ValidationError("--explain goes with --format table.") }
        if db != nil && pinned != nil { throw ValidationError("--db pins the stored plan; --pinned goes without --db.") }
    }

    func run() throws {
        var diagnostics = Diagnostics()
        var sources = SourceFiles()
        defer { Output.report(diagnostics, sources: sources) }
        let (yearMonth, set) = try Workspace.loadMonth(month, workflows: workflows, diagnostics: &diagnostics, sources: &sources)
        if let person, !set.people.contains(where: { $0.id == person }) {
            diagnostics.append(.error(PlanMessages.unknownPerson(person) + Suggestions.didYouMean(person, in: set.people.map(\.id)),
                                      at: SourceLocation(file: "--person", line: 1, column: 1)))
        }
        var previous: SizhenRecords.Plan?
        if let pinned {
            switch PlanCommand.readPlan(pinned) {
            case .success(let plan): previous = plan
            case .failure(let problem): diagnostics.append(problem)
            }
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
        let schedule: MonthSchedule
        do {
            schedule = try OccurrenceExpander(set: set).expand(month: yearMonth)
        } catch {
            diagnostics.append(error.diagnostic())
            throw ExitCode(1)
        }
        diagnostics.append(schedule.warnings)
        let options = PlannerOptions(travelBufferMinutes: travelBuffer)
        // With a database: the stored plan is pinned, and the new one stored for the days not
        // yet processed (a re-plan after new leave moves only what it must).
        var store: SQLiteStore?
        if let db {
            let opened = try Workspace.openStore(db, for: set)
            store = opened
            do {
                if let json = try opened.storedPlanJSON(yearMonth) {
                    previous = try JSONDecoder().decode(SizhenRecords.Plan.self, from: Data(json.utf8))
                }
            } catch {
                Workspace.fail(error)
            }
        }
        let plan = Planner(set: set, options: options).plan(schedule, pinned: previous)
        if let store {
            do {
                let stored = MonthPlanning.monthPlan(plan, schedule: schedule)
                if try store.isMonthStored(yearMonth) {
                    if previous.map({ PlanDifference(from: $0, to: plan).isEmpty }) != true {
                        let next = try store.lastProcessedDay().map { $0.adding(days: 1) } ?? yearMonth.firstDay
                        try store.replaceAssignments(stored, from: max(next, yearMonth.firstDay))
                    }
                } else {
                    try store.storeMonth(stored)
                }
            } catch {
                Workspace.fail(error)
            }
        }
        let difference = previous.map { PlanDifference(from: $0, to: plan) }
        let rendering = PlanRendering(set: set, person: person)
        switch format {
        case .table:
            let audit = PlanAudit(plan: plan, schedule: schedule, set: set, options: options)
            Output.write(rendering.table(plan, audit: audit, explain: explain, difference: difference, travelBuffer: travelBuffer))
        case .json: Output.write(rendering.json(plan, difference: difference) + "\n")
        case .csv: Output.write(rendering.csv(plan))
        case .ics: Output.write(rendering.ics(plan))
        }
        if strict && !plan.unfilled.isEmpty {
            diagnostics.append(.error(PlanMessages.unfilledStrict(plan.unfilled.count)))
            throw ExitCode(1)
        }
    }

    /// A plan from a `--format json` output (or a stored plan's JSON).
    static func readPlan(_ path: String) -> Result<SizhenRecords.Plan, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.error(PlanMessages.noSuchFile(path), at: SourceLocation(file: path, line: 1, column: 1)))
        }
        do {
            return .success(try JSONDecoder().decode(SizhenRecords.Plan.self, from: data))
        } catch {
            return .failure(.error(PlanMessages.notAPlan(path), hint: PlanMessages.notAPlanHint))
        }
    }
}

/// The wording of `plan`'s own diagnostics.
enum PlanMessages {
    static func unknownPerson(_ id: String) -> String { "unknown person '\(id)'" }
    static func noSuchFile(_ path: String) -> String { "no such file: \(path)" }
    static func notAPlan(_ path: String) -> String { "\(path) is not a plan in JSON" }
    static let notAPlanHint = "give the output of `sizhen plan --month YYYY-MM --format json`"
    static func unfilledStrict(_ count: Int) -> String {
        count == 1 ? "1 slot is unfilled (--strict)" : "\(count) slots are unfilled (--strict)"
    }
}
