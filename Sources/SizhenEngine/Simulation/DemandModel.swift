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

    /// Creates a model.
    public init(set: WorkflowSet, scenario: Scenario, seed: UInt64) {
        self.set = set
        self.scenario = scenario
        self.seed = seed
        households = Dictionary(set.district.communities.map { ($0.id, $0.households) }, uniquingKeysWith: { first, _ in first })
        caseType = set.caseType
        focus = Set(set.district.reports?.screening?.focus ?? [])
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
            let visited = Double(min(scenario.householdsVisitedPerRound, households[occurrence.siteID] ?? scenario.householdsVisitedPerRound))
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
                let kind = random.pick(scenario.caseKinds.map { ($0.value.id, $0.share) })
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

    /// The text drawn into a top-level field, if any.
    func draws(_ fields: [String: RuleValue], _ field: Reference?) -> String? {
        guard let field, case .string(let text)? = fields[field.id] else { return nil }
        return text
    }

    /// Draws the fields the scenario names (`fields:`), by its mixes. The category is drawn
    /// whether or not a field takes it, so that the stream of draws is the same whatever the
    /// fields.
    func drawFields(_ random: inout SeededGenerator, kind: String?) -> [String: RuleValue] {
        let names = scenario.fields
        var fields: [String: RuleValue] = [:]
        if let field = names.kind, let kind { set(field, .string(kind), in: &fields) }
        let category = random.pick(scenario.categories.map { ($0.value.id, $0.share) })
        if let field = names.category, let category { set(field, .string(category), in: &fields) }
        if let field = names.complexity, let complexity = random.pick(scenario.complexity.map { ($0.value.id, $0.share) }) {
            set(field, .string(complexity), in: &fields)
        }
        let isDispute = kind != nil && kind == scenario.disputeKind?.id
        if let field = names.parties {
            let minimum = scenario.partiesMinimum
            let parties = isDispute ? minimum + random.poisson(max(0, scenario.partiesMean - Double(minimum))) : 1
            set(field, .int(Int64(parties)), in: &fields)
        }
        if let field = names.major { set(field, .bool(random.chance(scenario.majorShare)), in: &fields) }
        if let field = names.risk {
            let inFocus = focus.contains(category ?? "")
            set(field, .bool(isDispute && inFocus && random.chance(scenario.riskShare)), in: &fields)
        }
        return fields
    }

    /// The resident's draws: whether they cannot travel, their age, and whether they are elderly.
    func setResident(_ fields: inout [String: RuleValue], housebound: Bool, random: inout SeededGenerator) {
        let names = scenario.fields
        if let field = names.housebound { set(field, .bool(housebound), in: &fields) }
        guard names.age != nil || names.elderly != nil else { return }
        let ages = scenario.ages
        let age = housebound ? ages.houseboundBase + random.poisson(ages.houseboundSpread) : ages.otherBase + random.poisson(ages.otherSpread)
        if let field = names.age { set(field, .int(Int64(age)), in: &fields) }
        if let field = names.elderly { set(field, .bool(age >= ages.elderlyFrom), in: &fields) }
    }

    /// Sets the value of a field by its path (`resident.age`): an object field holds its
    /// fields as an object of the case schema's type.
    func set(_ field: Reference, _ value: RuleValue, in fields: inout [String: RuleValue]) {
        let path = field.id.split(separator: ".").map(String.init)
        guard let first = path.first else { return }
        guard path.count > 1 else {
            fields[first] = value
            return
        }
        guard case .object(let objectType)? = caseType?.fields.first(where: { $0.name == first })?.type else { return }
        var inner: [String: RuleValue] = [:]
        if case .object(let existing)? = fields[first] {
            for (index, name) in existing.type.fields.map(\.name).enumerated() where index < existing.fields.count {
                inner[name] = existing.fields[index]
            }
        }
        inner[path[1]] = value
        fields[first] = .object(ObjectValue(type: objectType, values: inner))
    }
}
