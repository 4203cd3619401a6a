import ArgumentParser
import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenEngine
import SizhenRecords
import SizhenLoader
import SizhenModel
import SizhenReports
import SizhenStore

/// `sizhen rounds --date D`: advance the district's state through a day and print its run sheet.
struct Rounds: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Advance through a date and print the day's run sheet: who goes where, what is overdue.",
        discussion: """
            Processes every day not yet processed up to --date (planning each month when it is
            first reached), one transaction per day: occurrences are held, timers fire,
            escalations open linked cases, panels and home visits are held. Then prints the
            day's run sheet by street: time, place, who, what; sessions; overdue items; new
            escalations. Running it again for the same date changes nothing and prints the same.
            """
    )

    @Option(help: ArgumentHelp("The day to advance through and print.", valueName: "YYYY-MM-DD"))
    var date: String

    @Option(help: ArgumentHelp("The database (created when missing).", valueName: "FILE"))
    var db: String = "sizhen.db"

    @Option(help: ArgumentHelp("The workflows folder (default: ./Workflows, else the bundled default).", valueName: "DIR"))
    var workflows: String?

    func run() throws {
        guard let day = CivilDate(iso: date) else {
            var sources = SourceFiles()
            sources.remember(date, as: "--date")
            Output.report(Diagnostics([.error("'\(date)' is not a valid date for --date", at: SourceLocation(file: "--date", line: 1, column: 1),
                                              hint: "write the date as YYYY-MM-DD, e.g. 2026-12-09; the date must exist")]), sources: sources)
            throw ExitCode(1)
        }
        let set = try Workspace.loadSet(workflows)
        let store = try Workspace.openStore(db, for: set)
        let outcome: RoundsRunner.Outcome
        do {
            outcome = try RoundsRunner(set: set, store: store, planMonth: MonthPlanning.planner(for: set)).advance(through: day)
        } catch let error as CalendarCoverageError {
            Output.report(Diagnostics([error.diagnostic()]), sources: SourceFiles())
            throw ExitCode(1)
        } catch {
            Workspace.fail(error)
        }
        var diagnostics = Diagnostics()
        diagnostics.append(outcome.calendarWarnings)
        for warning in outcome.warnings { diagnostics.append(.warning(warning)) }
        Output.report(diagnostics, sources: SourceFiles())
        do {
            Output.write(try RunSheet(set: set, store: store).render(day))
        } catch {
            Workspace.fail(error)
        }
    }
}

/// The day's run sheet, read back from the database so that it prints the same every time.
struct RunSheet {
    let set: WorkflowSet
    let store: SQLiteStore

    func name(ofPerson id: String) -> String { set.people.first { $0.id == id }?.name ?? id }

    func render(_ day: CivilDate) throws -> String {
        var out = "\(day) \(day.weekday.chineseName) · \(set.district.name) · run sheet\n"
        let occurrences = try store.occurrences(on: day)
        let assignments = Dictionary(grouping: try store.assignmentRows(on: day), by: \.occurrence)
        let communities = Dictionary(set.district.communities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byStreet: [String: [OccurrenceRef]] = [:]
        for occurrence in occurrences { byStreet[communities[occurrence.siteID]?.streetID ?? set.district.id, default: []].append(occurrence) }
        let streets = set.district.streets.map { ($0.id, $0.name) } + [(set.district.id, set.district.name)]
        if occurrences.isEmpty { out += "\nNo sittings, rounds or events today.\n" }
        for (streetID, streetName) in streets {
            guard let list = byStreet[streetID] else { continue }
            out += "\n" + streetName + "\n"
            var table = TextTable(header: ["TIME", "PLACE", "WHAT", "WHO", "NOTE"])
            for occurrence in list {
                let people = (assignments[occurrence.id] ?? []).map { "\(name(ofPerson: $0.person)) (\($0.slot))" }
                table.append([Self.hours(occurrence), communities[occurrence.siteID]?.name ?? occurrence.siteID,
                              set.workflow(occurrence.workflowID)?.name ?? occurrence.workflowID,
                              people.isEmpty ? "—" : people.joined(separator: "、"), occurrence.reason ?? ""])
            }
            out += table.render().split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
        }
        let sessions = try store.sessions(on: day)
        if !sessions.isEmpty {
            out += "\nSessions (会诊 panels, 送法到家 visits)\n"
            var table = TextTable(header: ["CASE", "WHAT", "WHO"])
            for session in sessions {
                table.append([session.caseID, session.name, session.people.map(name(ofPerson:)).joined(separator: "、")])
            }
            out += table.render().split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
        }
        for (title, kinds) in [("Overdue", ["overdue"]), ("New escalations", ["escalated"]), ("Not staffed", ["unfilled"])] {
            let events = try store.events(on: day, kinds: kinds)
            guard !events.isEmpty else { continue }
            out += "\n\(title)\n"
            for stored in events { out += "  \(stored.event.caseID ?? "—"): \(stored.event.message)\n" }
        }
        return out
    }

    static func hours(_ occurrence: OccurrenceRef) -> String {
        // `2026-12-09T09:00:00+08:00` → `09:00`.
        func time(_ text: String) -> String {
            guard let t = text.firstIndex(of: "T") else { return text }
            return String(text[text.index(after: t)...].prefix(5))
        }
        return time(occurrence.start) + "-" + time(occurrence.end)
    }
}
