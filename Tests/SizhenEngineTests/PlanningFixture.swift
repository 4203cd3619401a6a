import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenEngine
import SizhenRecords
import SizhenLoader
import SizhenModel

/// The small district of docs/examples/small-district (two streets, three clinics, four
/// lawyers and a legal worker), loaded once, and helpers to change it per test.
enum PlanningFixture {
    /// The planner's reasons in English, for the few tests that keep a golden text.
    static let words = MessageRenderer(book: MessageBook([PlanMessage.self]))

    static func english(_ message: Message) -> String { words.render(message) }

    /// The paired person a reason says could not sit, with the code of why.
    static func pairedMiss(_ reason: Message) -> (person: String, why: String)? {
        guard let miss = reason.first(PlanMessage.pairedCannot), let person = miss.text("person"), let why = miss.message("why") else { return nil }
        return (person, why.code)
    }

    /// Whether a reason says the chosen person met `code` (a preference).
    static func met(_ reason: Message, _ code: PlanMessage) -> Bool { reason.first(PlanMessage.chosen)?.contains(code) == true }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let here = SourceLocation(file: "<test>", line: 1, column: 1)
    static let december = YearMonth(year: 2026, month: 12)!

    static func load(_ relative: String) -> WorkflowSet {
        let outcome = WorkflowSetLoader().load(folder: repository.appendingPathComponent(relative).path)
        guard let set = outcome.set else { fatalError("fixture \(relative) does not load: \(outcome.diagnostics.sorted.map { SizhenLoaderMessages.describe($0) })") }
        return set
    }

    static let small = load("docs/examples/small-district")

    /// December's plan; without options, those the district sets (its travel buffer).
    static func plan(_ set: WorkflowSet, pinned: Plan? = nil, options: PlannerOptions? = nil,
                     sessionDays: [String: Set<CivilDate>] = [:]) throws -> Plan {
        let schedule = try OccurrenceExpander(set: set).expand(month: december)
        return Planner(set: set, options: options).plan(schedule, pinned: pinned, sessionDays: sessionDays)
    }

    static func audit(_ set: WorkflowSet, _ plan: Plan, options: PlannerOptions? = nil) throws -> PlanAudit {
        PlanAudit(plan: plan, schedule: try OccurrenceExpander(set: set).expand(month: december), set: set, options: options)
    }

    /// A one-slot workflow at one site.
    static func workflow(_ id: String, at site: String, rule: String, time: String, roles: [String], prefer: [Slot.Preference],
                         skills: [String] = [], count: Int = 1) throws -> Workflow {
        let schedule = WorkflowSchedule(name: nil, rule: try RecurrenceRule(parsing: rule), time: try TimeWindow(parsing: time),
                                        onHoliday: .keep, location: here)
        let slot = Slot(name: "seat", roles: roles.map { Reference($0, at: here) }, count: count, prefer: prefer, skills: skills, location: here)
        return Workflow(id: id, name: id, description: nil, type: .sitting, sites: .communities([Reference(site, at: here)]), schedules: [schedule],
                        slots: [slot], panel: nil, within: nil, steps: [], escalations: [], location: here)
    }

    static func with(_ set: WorkflowSet, person id: String, _ change: (inout Person) -> Void) -> WorkflowSet {
        var copy = set
        let index = copy.people.firstIndex { $0.id == id }!
        change(&copy.people[index])
        return copy
    }
}

extension Plan {
    /// The person at a seat: `jiezhen/haitangxi-yanyu/2026-12-23/1`.
    func person(at occurrence: String) -> String? { assignments.first { $0.occurrence == occurrence }?.person }
    func assignment(at occurrence: String) -> Assignment? { assignments.first { $0.occurrence == occurrence } }
}
