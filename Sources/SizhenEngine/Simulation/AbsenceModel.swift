import SizhenDiagnostics
import SizhenCalendar
import SizhenModel
import SizhenRecords

/// Sick days in a simulated month: each person assigned on a day is absent with the
/// scenario's `sick_days_per_person_month` spread over the month's workdays, drawn from the
/// seed; an absence re-plans that day's slots of the person: the replacement holds one of the
/// slot's roles, is available that weekday, not on leave and not assigned that day, of the
/// same street when possible, else the least used this month (ties by id).
public struct AbsenceModel: Sendable {
    /// The workflows.
    public let set: WorkflowSet
    /// The scenario.
    public let scenario: Scenario
    /// The seed.
    public let seed: UInt64

    let selection: StaffSelection

    /// Creates a model.
    public init(set: WorkflowSet, scenario: Scenario, seed: UInt64, directory: StaffDirectory? = nil) {
        self.set = set
        self.scenario = scenario
        self.seed = seed
        selection = StaffSelection(directory: directory ?? StaffDirectory(set: set))
    }

    /// The day's absences and their replacements, given the occurrences held and who is
    /// assigned to each (by occurrence id); `used` counts each person's assignments so far, and
    /// `calendar` says who is free (sessions and sittings included).
    public func reassignments(on day: CivilDate, occurrences: [OccurrenceRef], assignments: [String: [String]],
                              used: [String: Int], calendar: StaffCalendar) -> [Reassignment] {
        guard scenario.sickDaysPerPersonMonth > 0 else { return [] }
        let directory = selection.directory
        let probability = min(1, scenario.sickDaysPerPersonMonth / 21.75)
        let busy = Set(occurrences.flatMap { assignments[$0.id] ?? [] })
        var taken = busy
        var changes: [Reassignment] = []
        // Each person's occurrences of the day, in the day's order.
        var occurrencesOf: [String: [OccurrenceRef]] = [:]
        for occurrence in occurrences {
            for person in assignments[occurrence.id] ?? [] { occurrencesOf[person, default: []].append(occurrence) }
        }
        for person in busy.sorted() {
            var random = SeededGenerator(seed: seed, stream: "absence/\(day)/\(person)")
            guard random.chance(probability) else { continue }
            let name = directory.number[person].map { directory.people[$0].name } ?? person
            for occurrence in occurrencesOf[person] ?? [] {
                guard let workflow = set.workflow(occurrence.workflowID), let number = directory.number[person],
                      let slot = workflow.slots.first(where: { directory.holds(number, anyOf: $0.roles.map(\.id)) }) else { continue }
                let chosen = selection.choose(roles: slot.roles.map(\.id), site: occurrence.siteID, tiers: [.sameStreet, .anyone],
                                              stream: "absence-window/\(occurrence.id)", seed: seed,
                                              isFree: { !taken.contains(directory.people[$0].id) && calendar.isAvailable(at: $0, on: day) },
                                              load: { used[directory.people[$0].id] ?? 0 })
                if let chosen {
                    let replacement = directory.people[chosen.person]
                    taken.insert(replacement.id)
                    let why = chosen.tier == .sameStreet ? EngineMessage.replacementSameStreet()
                        : EngineMessage.replacementLeastUsed(["count": .int(used[replacement.id] ?? 0)])
                    changes.append(Reassignment(occurrenceID: occurrence.id, absent: person, replacement: replacement.id,
                                                reason: EngineMessage.absentReplaced(["absent": .text(name), "day": .text(day.description),
                                                                                      "replacement": .text(replacement.name), "why": .message(why)])))
                } else {
                    changes.append(Reassignment(occurrenceID: occurrence.id, absent: person, replacement: nil,
                                                reason: EngineMessage.absentNobodyFree(["absent": .text(name), "day": .text(day.description)])))
                }
            }
        }
        return changes
    }
}
