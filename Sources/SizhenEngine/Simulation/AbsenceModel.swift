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

    let calendar: StaffCalendar
    let peopleByID: [String: Person]
    let streetOfSite: [String: String]
    /// Person ids by role, and by street and role, in id order.
    let byRole: [String: [String]]
    let byStreetRole: [String: [String]]
    /// Each slot's candidates (the holders of its roles, role by role, as the search reads
    /// them), by the slot's role ids: built once, so that an absence indexes into them rather
    /// than copying every holder of the roles, which grows with the district.
    let bySlotRoles: [[String]: [String]]
    /// How many people of a role the search looks at beyond the street (bounded, so that the
    /// cost of an absence does not grow with the district).
    static let window = 64

    /// Creates a model.
    public init(set: WorkflowSet, scenario: Scenario, seed: UInt64) {
        self.set = set
        self.scenario = scenario
        self.seed = seed
        calendar = StaffCalendar(people: set.people)
        peopleByID = Dictionary(set.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        streetOfSite = Dictionary(set.district.communities.map { ($0.id, $0.streetID) }, uniquingKeysWith: { first, _ in first })
        var byRole: [String: [String]] = [:]
        var byStreetRole: [String: [String]] = [:]
        for person in set.people.sorted(by: { $0.id < $1.id }) {
            for role in person.roles {
                byRole[role.id, default: []].append(person.id)
                if let street = person.street { byStreetRole[street.id + "/" + role.id, default: []].append(person.id) }
            }
        }
        self.byRole = byRole
        self.byStreetRole = byStreetRole
        var bySlotRoles: [[String]: [String]] = [:]
        for workflow in set.workflows {
            for slot in workflow.slots where bySlotRoles[slot.roles.map(\.id)] == nil {
                bySlotRoles[slot.roles.map(\.id)] = slot.roles.flatMap { byRole[$0.id] ?? [] }
            }
        }
        self.bySlotRoles = bySlotRoles
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
        // Each person's occurrences of the day, in the day's order.
        var occurrencesOf: [String: [OccurrenceRef]] = [:]
        for occurrence in occurrences {
            for person in assignments[occurrence.id] ?? [] { occurrencesOf[person, default: []].append(occurrence) }
        }
        for person in busy.sorted() {
            var random = SeededGenerator(seed: seed, stream: "absence/\(day)/\(person)")
            guard random.chance(probability) else { continue }
            for occurrence in occurrencesOf[person] ?? [] {
                guard let workflow = set.workflow(occurrence.workflowID),
                      let slot = workflow.slots.first(where: { slot in slot.roles.contains { peopleByID[person]?.holds($0.id) == true } }) else { continue }
                let street = streetOfSite[occurrence.siteID]
                let name = peopleByID[person]?.name ?? person
                func best(_ ids: [String]) -> String? {
                    ids.filter { !taken.contains($0) && calendar.isFree($0, on: day) }.min { (used[$0] ?? 0, $0) < (used[$1] ?? 0, $1) }
                }
                let local = street.map { street in slot.roles.flatMap { byStreetRole[street + "/" + $0.id] ?? [] } } ?? []
                var everyone = bySlotRoles[slot.roles.map(\.id)] ?? slot.roles.flatMap { byRole[$0.id] ?? [] }
                if everyone.count > Self.window {
                    var generator = SeededGenerator(seed: seed, stream: "absence-window/\(occurrence.id)")
                    let offset = Int(truncatingIfNeeded: generator.next() % UInt64(everyone.count))
                    everyone = (0..<Self.window).map { everyone[(offset + $0) % everyone.count] }
                }
                let sameStreet = best(local)
                if let chosenID = sameStreet ?? best(everyone), let chosen = peopleByID[chosenID] {
                    taken.insert(chosen.id)
                    let why = sameStreet != nil ? EngineMessage.replacementSameStreet()
                        : EngineMessage.replacementLeastUsed(["count": .int(used[chosen.id] ?? 0)])
                    changes.append(Reassignment(occurrenceID: occurrence.id, absent: person, replacement: chosen.id,
                                                reason: EngineMessage.absentReplaced(["absent": .text(name), "day": .text(day.description),
                                                                                      "replacement": .text(chosen.name), "why": .message(why)])))
                } else {
                    changes.append(Reassignment(occurrenceID: occurrence.id, absent: person, replacement: nil,
                                                reason: EngineMessage.absentNobodyFree(["absent": .text(name), "day": .text(day.description)])))
                }
            }
        }
        return changes
    }
}
