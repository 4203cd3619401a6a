import SizhenCalendar
import SizhenModel

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

    let calendar: StaffCalendar
    let peopleByID: [String: Person]

    /// Creates a model.
    public init(set: WorkflowSet, scenario: Scenario, seed: UInt64) {
        self.set = set
        self.scenario = scenario
        self.seed = seed
        calendar = StaffCalendar(people: set.people)
        peopleByID = Dictionary(set.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The day's absences and their replacements, given the occurrences held and who is
    /// assigned to each (by occurrence id); `used` counts each person's assignments so far.
    public func reassignments(on day: CivilDate, occurrences: [OccurrenceRef], assignments: [String: [String]],
                              used: [String: Int]) -> [Reassignment] {
        guard scenario.sickDaysPerPersonMonth > 0 else { return [] }
        let probability = min(1, scenario.sickDaysPerPersonMonth / 21.75)
        let busy = Set(occurrences.flatMap { assignments[$0.id] ?? [] })
        var taken = busy
        var changes: [Reassignment] = []
        for person in busy.sorted() {
            var random = SeededGenerator(seed: seed, stream: "absence/\(day)/\(person)")
            guard random.chance(probability) else { continue }
            for occurrence in occurrences where assignments[occurrence.id]?.contains(person) == true {
                guard let workflow = set.workflow(occurrence.workflowID),
                      let slot = workflow.slots.first(where: { slot in slot.roles.contains { peopleByID[person]?.holds($0.id) == true } }) else { continue }
                let street = set.district.communities.first { $0.id == occurrence.siteID }?.streetID
                let candidates = set.people.filter { candidate in
                    !taken.contains(candidate.id) && slot.roles.contains { candidate.holds($0.id) } && calendar.isFree(candidate.id, on: day)
                }
                let name = peopleByID[person]?.name ?? person
                if let chosen = candidates.min(by: { a, b in
                    ((a.street?.id == street && street != nil) ? 0 : 1, used[a.id] ?? 0, a.id) < ((b.street?.id == street && street != nil) ? 0 : 1, used[b.id] ?? 0, b.id)
                }) {
                    taken.insert(chosen.id)
                    let why = chosen.street?.id == street && street != nil ? "same street" : "least used this month (\(used[chosen.id] ?? 0))"
                    changes.append(Reassignment(occurrenceID: occurrence.id, absent: person, replacement: chosen.id,
                                                reason: "\(name) sick on \(day); \(chosen.name): \(why)"))
                } else {
                    changes.append(Reassignment(occurrenceID: occurrence.id, absent: person, replacement: nil,
                                                reason: "\(name) sick on \(day); nobody of the slot's roles is free"))
                }
            }
        }
        return changes
    }
}
