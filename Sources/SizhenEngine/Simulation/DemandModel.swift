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

    /// Creates a model.
    public init(set: WorkflowSet, scenario: Scenario, seed: UInt64) {
        self.set = set
        self.scenario = scenario
        self.seed = seed
        households = Dictionary(set.district.communities.map { ($0.id, $0.households) }, uniquingKeysWith: { first, _ in first })
        if case .object(let type)? = set.caseSchema?.ruleType { caseType = type } else { caseType = nil }
    }

    /// The cases of the day's occurrences.
    public func cases(for occurrences: [OccurrenceRef]) -> [CaseInput] {
        occurrences.flatMap(cases(for:))
    }

    /// The cases of one occurrence.
    public func cases(for occurrence: OccurrenceRef) -> [CaseInput] {
        guard let workflow = set.workflow(occurrence.workflowID) else { return [] }
        var random = SeededGenerator(seed: seed, stream: occurrence.id)
        let sources = Set(workflow.steps.compactMap(\.forEach))
        var inputs: [CaseInput] = []
        if sources.contains(.need) {
            let visited = Double(min(scenario.householdsVisitedPerRound, households[occurrence.siteID] ?? scenario.householdsVisitedPerRound))
            let needs = random.poisson(visited * scenario.needsPerHouseholdVisit)
            for ordinal in 1...max(1, needs) where needs > 0 {
                let housebound = random.chance(scenario.houseboundShare)
                var fields = drawFields(&random, kind: "need")
                setResident(&fields, housebound: housebound, random: &random)
                inputs.append(CaseInput(occurrenceID: occurrence.id, workflowID: workflow.id, siteID: occurrence.siteID, date: occurrence.date,
                                        ordinal: ordinal, fields: fields, outcome: housebound ? .unresolved : .resolved, staff: []))
            }
        } else if sources.contains(.visitor) {
            let mean: Double
            if sources.contains(.event) {
                mean = scenario.eventAttendanceMean * 0.05
            } else {
                mean = scenario.visitorsBase + scenario.visitorsPer1000Households * Double(households[occurrence.siteID] ?? 0) / 1000
            }
            let visitors = random.poisson(mean)
            for ordinal in 1...max(1, visitors) where visitors > 0 {
                let kind = random.pick(scenario.caseKinds.map { ($0.value.id, $0.share) }) ?? "consultation"
                var fields = drawFields(&random, kind: kind)
                setResident(&fields, housebound: false, random: &random)
                let outcome: CaseOutcome
                if kind == "dispute" {
                    let complexity = fields["complexity"].flatMap { if case .string(let c) = $0 { c } else { nil } } ?? "simple"
                    let success = scenario.mediationSuccess.first { $0.value.id == complexity }?.share ?? 0.8
                    outcome = random.chance(success) ? .resolved : .unresolved
                } else {
                    outcome = .resolved
                }
                inputs.append(CaseInput(occurrenceID: occurrence.id, workflowID: workflow.id, siteID: occurrence.siteID, date: occurrence.date,
                                        ordinal: ordinal, fields: fields, outcome: outcome, staff: []))
            }
        }
        return inputs
    }

    /// Draws the fields the case schema declares, by the scenario's mixes.
    func drawFields(_ random: inout SeededGenerator, kind: String) -> [String: RuleValue] {
        var fields: [String: RuleValue] = [:]
        func has(_ name: String) -> Bool { caseType?.index(of: name) != nil }
        func enumValues(_ name: String) -> [String] {
            if case .enumeration(let values)? = caseType?.fields.first(where: { $0.name == name })?.type { return values }
            return []
        }
        if has("kind"), enumValues("kind").contains(kind) { fields["kind"] = .string(kind) }
        let category = random.pick(scenario.categories.map { ($0.value.id, $0.share) })
        if has("category"), let category { fields["category"] = .string(category) }
        if has("complexity"), let complexity = random.pick(scenario.complexity.map { ($0.value.id, $0.share) }) {
            fields["complexity"] = .string(complexity)
        }
        if has("parties") {
            let parties = kind == "dispute" ? 2 + random.poisson(max(0, scenario.partiesMean - 2)) : 1
            fields["parties"] = .int(Int64(parties))
        }
        if has("major") { fields["major"] = .bool(random.chance(scenario.majorShare)) }
        if has("risk_criminal") {
            let focus = ["婚恋", "家庭", "邻里"].contains(category ?? "")
            fields["risk_criminal"] = .bool(kind == "dispute" && focus && random.chance(0.05))
        }
        return fields
    }

    func setResident(_ fields: inout [String: RuleValue], housebound: Bool, random: inout SeededGenerator) {
        guard case .object(let residentType)? = caseType?.fields.first(where: { $0.name == "resident" })?.type else { return }
        var values: [String: RuleValue] = [:]
        let age = housebound ? 65 + random.poisson(10) : 25 + random.poisson(25)
        for field in residentType.fields {
            switch (field.name, field.type) {
            case ("housebound", .bool): values["housebound"] = .bool(housebound)
            case ("age", .int): values["age"] = .int(Int64(age))
            case ("elderly", .bool): values["elderly"] = .bool(age >= 60)
            default: break
            }
        }
        fields["resident"] = .object(ObjectValue(type: residentType, values: values))
    }
}
