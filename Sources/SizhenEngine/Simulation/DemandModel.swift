import SizhenCalendar
import SizhenModel
import SizhenRecords
import SizhenRules

/// What the clinics would record in a simulated month, drawn from a scenario: visitors per
/// sitting (Poisson, scaled by the site's households), needs found on rounds, on-site
/// consultations at events, and each case's kind, category, complexity, parties, major flag,
/// risk and outcome. Each occurrence draws from its own stream of the seed, so the month is
/// the same whatever else changes in the order of work.
public struct DemandModel: Sendable {
    /// The workflows.
    public let set: WorkflowSet
    /// The scenario.
    public let scenario: Scenario
    /// The seed.
    public let seed: UInt64

    let households: [String: Int]
    let caseType: ObjectType?
    /// The categories whose disputes may be at risk of turning criminal: the district's
    /// screening focus.
    let focus: Set<String>
    /// Where each drawn value goes, resolved once from the scenario's `fields`.
    let slots: Slots
    /// The scenario's mixes, as the generator picks from them.
    let caseKindMix: [(String, Double)], categoryMix: [(String, Double)], complexityMix: [(String, Double)]
    /// The kinds that may be major (`major_kinds`); empty for every kind.
    let majorKinds: Set<String>

    /// A case field a draw fills: a top-level field, or a field of a top-level object field
    /// (`resident.age`).
    struct Slot: Sendable {
        let name: String
        let objectType: ObjectType?
        let index: Int
    }

    /// The slot of each draw the scenario names; nil when it names none (or a path the case
    /// schema does not have, which `validate` reports).
    struct Slots: Sendable {
        var kind, category, complexity, parties, major, risk, housebound, age, elderly: Slot?
    }

    /// Creates a model.
    public init(set: WorkflowSet, scenario: Scenario, seed: UInt64) {
        self.set = set
        self.scenario = scenario
        self.seed = seed
        households = Dictionary(set.district.communities.map { ($0.id, $0.households) }, uniquingKeysWith: { first, _ in first })
        caseType = set.caseType
        focus = Set(set.district.reports?.screening?.focus ?? [])
        let names = scenario.fields, caseType = set.caseType
        func slot(_ field: Reference?) -> Slot? { field.flatMap { Self.slot($0.id, in: caseType) } }
        slots = Slots(kind: slot(names.kind), category: slot(names.category), complexity: slot(names.complexity), parties: slot(names.parties),
                      major: slot(names.major), risk: slot(names.risk), housebound: slot(names.housebound), age: slot(names.age),
                      elderly: slot(names.elderly))
        caseKindMix = scenario.caseKinds.map { ($0.value.id, $0.share) }
        categoryMix = scenario.categories.map { ($0.value.id, $0.share) }
        complexityMix = scenario.complexity.map { ($0.value.id, $0.share) }
        majorKinds = Set(scenario.majorKinds.map(\.id))
    }

    /// The slot of a field path: `kind`, or `resident.age` inside an object field.
    static func slot(_ path: String, in caseType: ObjectType?) -> Slot? {
        let parts = path.split(separator: ".").map(String.init)
        switch parts.count {
        case 1: return Slot(name: parts[0], objectType: nil, index: 0)
        case 2:
            guard let outer = caseType?.index(of: parts[0]), case .object(let objectType)? = caseType?.fields[outer].type,
                  let index = objectType.index(of: parts[1]) else { return nil }
            return Slot(name: parts[0], objectType: objectType, index: index)
        default: return nil
        }
    }

    /// The cases of the day's occurrences.
    public func cases(for occurrences: [OccurrenceRef]) -> [CaseInput] {
        occurrences.flatMap(cases(for:))
    }

    /// The cases of one occurrence: what its workflow's type says its occurrences bring.
    public func cases(for occurrence: OccurrenceRef) -> [CaseInput] {
        guard let workflow = set.workflow(occurrence.workflowID) else { return [] }
        var random = SeededGenerator(seed: seed, stream: occurrence.id)
        var inputs: [CaseInput] = []
        switch workflow.type {
        case .round:
            let visited = Double(householdsVisited(at: occurrence))
            let needs = random.poisson(visited * scenario.needsPerHouseholdVisit)
            for ordinal in 1...max(1, needs) where needs > 0 {
                let housebound = random.chance(scenario.houseboundShare)
                var fields = drawFields(&random, kind: scenario.needKind?.id)
                setResident(&fields, housebound: housebound, random: &random)
                inputs.append(CaseInput(occurrenceID: occurrence.id, workflowID: workflow.id, siteID: occurrence.siteID, date: occurrence.date,
                                        ordinal: ordinal, fields: fields, outcome: housebound ? .unresolved : .resolved, staff: []))
            }
        case .sitting, .event:
            let mean = workflow.type == .event ? scenario.eventAttendanceMean * scenario.eventConsultationShare
                : scenario.visitorsBase + scenario.visitorsPer1000Households * Double(households[occurrence.siteID] ?? 0) / 1000
            let visitors = random.poisson(mean)
            for ordinal in 1...max(1, visitors) where visitors > 0 {
                let kind = random.pick(caseKindMix)
                var fields = drawFields(&random, kind: kind)
                setResident(&fields, housebound: false, random: &random)
                var outcome = CaseOutcome.resolved
                if let kind, kind == scenario.disputeKind?.id, let complexity = draws(fields, scenario.fields.complexity),
                   let success = scenario.mediationSuccess.first(where: { $0.value.id == complexity })?.share {
                    outcome = random.chance(success) ? .resolved : .unresolved
                }
                inputs.append(CaseInput(occurrenceID: occurrence.id, workflowID: workflow.id, siteID: occurrence.siteID, date: occurrence.date,
                                        ordinal: ordinal, fields: fields, outcome: outcome, staff: []))
            }
        case .panel:
            break
        }
        return inputs
    }

    /// How many households a round at `occurrence` visits: the scenario's
    /// `households_visited_per_round`, at most the community's households.
    public func householdsVisited(at occurrence: OccurrenceRef) -> Int {
        min(scenario.householdsVisitedPerRound, households[occurrence.siteID] ?? scenario.householdsVisitedPerRound)
    }

    /// The text drawn into a top-level field, if any.
    func draws(_ fields: [String: RuleValue], _ field: Reference?) -> String? {
        guard let field, case .string(let text)? = fields[field.id] else { return nil }
        return text
    }

    /// Draws the fields the scenario names (`fields:`), by its mixes. The category is drawn
    /// whether or not a field takes it, so that the stream of draws is the same whatever the
    /// fields.
    func drawFields(_ random: inout SeededGenerator, kind: String?) -> [String: RuleValue] {
        var fields: [String: RuleValue] = [:]
        if let kind { set(slots.kind, .string(kind), in: &fields) }
        let category = random.pick(categoryMix)
        if let category { set(slots.category, .string(category), in: &fields) }
        if slots.complexity != nil, let complexity = random.pick(complexityMix) {
            set(slots.complexity, .string(complexity), in: &fields)
        }
        let isDispute = kind != nil && kind == scenario.disputeKind?.id
        if slots.parties != nil {
            let minimum = scenario.partiesMinimum
            let parties = isDispute ? minimum + random.poisson(max(0, scenario.partiesMean - Double(minimum))) : 1
            set(slots.parties, .int(Int64(parties)), in: &fields)
        }
        if slots.major != nil {
            // Drawn for every case, so that the stream of draws is the same whatever the kinds.
            let major = random.chance(scenario.majorShare)
            set(slots.major, .bool(major && (majorKinds.isEmpty || majorKinds.contains(kind ?? ""))), in: &fields)
        }
        if slots.risk != nil {
            let inFocus = focus.contains(category ?? "")
            set(slots.risk, .bool(isDispute && inFocus && random.chance(scenario.riskShare)), in: &fields)
        }
        if let field = scenario.fields.topics, !scenario.topics.isEmpty {
            // Each topic on its own: a case may raise several, or none.
            let raised = scenario.topics.filter { random.chance($0.share) }.map { RuleValue.string($0.value.id) }
            if !raised.isEmpty { fields[field.id] = .list(raised) }
        }
        return fields
    }

    /// The fields an event's report gives its case: the forms it was held in (讲座, 以案释法),
    /// each drawn on its own by `event_activities`, into `fields.activities`.
    public func eventFields(at occurrence: OccurrenceRef) -> [String: RuleValue] {
        guard let field = scenario.fields.activities, !scenario.eventActivities.isEmpty else { return [:] }
        var random = SeededGenerator(seed: seed, stream: occurrence.id + "#event")
        let forms = scenario.eventActivities.filter { random.chance($0.share) }.map { RuleValue.string($0.value.id) }
        return forms.isEmpty ? [:] : [field.id: .list(forms)]
    }

    /// The resident's draws: whether they cannot travel, their age, and whether they are elderly.
    func setResident(_ fields: inout [String: RuleValue], housebound: Bool, random: inout SeededGenerator) {
        set(slots.housebound, .bool(housebound), in: &fields)
        guard slots.age != nil || slots.elderly != nil else { return }
        let ages = scenario.ages
        let age = housebound ? ages.houseboundBase + random.poisson(ages.houseboundSpread) : ages.otherBase + random.poisson(ages.otherSpread)
        set(slots.age, .int(Int64(age)), in: &fields)
        set(slots.elderly, .bool(age >= ages.elderlyFrom), in: &fields)
    }

    /// Sets the value of a field's slot: an object field holds its fields as an object of the
    /// case schema's type.
    func set(_ slot: Slot?, _ value: RuleValue, in fields: inout [String: RuleValue]) {
        guard let slot else { return }
        guard let objectType = slot.objectType else {
            fields[slot.name] = value
            return
        }
        var object = ObjectValue(type: objectType, fields: [])
        if case .object(let existing)? = fields.removeValue(forKey: slot.name), existing.type === objectType { object = existing }
        object.fields[slot.index] = value
        fields[slot.name] = .object(object)
    }
}
