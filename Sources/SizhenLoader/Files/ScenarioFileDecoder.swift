import SizhenDiagnostics
import SizhenModel

/// Decodes `kind: scenario` files.
public struct ScenarioFileDecoder: Sendable {
    static let topKeys = ["version", "kind", "id", "seed", "visitors_per_sitting", "case_kinds", "categories", "complexity", "parties",
                          "major_share", "major_kinds", "topics", "event_activities", "mediation_success", "needs_per_household_visit", "housebound_share",
                          "households_visited_per_round", "event_attendance", "sick_days_per_person_month", "fields", "need_kind",
                          "dispute_kind", "event_consultation_share", "risk_share", "ages"]
    static let fieldKeys = ["kind", "category", "complexity", "parties", "major", "risk", "housebound", "age", "elderly", "topics", "activities"]
    static let ageKeys = ["housebound", "other", "elderly_from"]
    static let ageDrawKeys = ["base", "spread"]

    /// Creates a decoder.
    public init() {}

    /// Decodes a scenario.
    public func decode(_ root: YAMLNode, in context: inout DecodingContext) -> Scenario? {
        guard let top = MappingReader(root, LoaderThing.scenarioFile(), keys: Self.topKeys, in: &context),
              context.checkHeader(top, kind: "scenario") else { return nil }
        let id = top.required("id", &context).flatMap { context.id($0, LoaderThing.scenarioID()) }
        var seed: UInt64 = 1
        if let node = top.optional("seed") {
            if let text = node.scalar, node.scalarStyle == .plain, let value = UInt64(text) {
                seed = value
            } else {
                context.expected(ValueShape.wholeNumberBetween(["min": .int(0), "max": .text(String(UInt64.max))]),
                                 for: LoaderThing.key("seed"), found: node)
            }
        }
        var base = 2.0, perThousand = 0.0
        if let node = top.optional("visitors_per_sitting"),
           let reader = MappingReader(node, LoaderThing.key("visitors_per_sitting"), keys: ["base", "per_1000_households"], in: &context) {
            base = reader.optional("base").flatMap { context.double($0, LoaderThing.key("base"), in: 0...ScenarioBounds.visitorsPerSitting) } ?? base
            perThousand = reader.optional("per_1000_households").flatMap { context.double($0, LoaderThing.key("per_1000_households"), in: 0...ScenarioBounds.visitorsPerSitting) } ?? perThousand
        }
        let kinds = top.required("case_kinds", &context).map { mix($0, "case_kinds", sumsToOne: true, in: &context) } ?? []
        let categories = top.required("categories", &context).map { mix($0, "categories", sumsToOne: true, in: &context) } ?? []
        let complexity = top.required("complexity", &context).map { mix($0, "complexity", sumsToOne: true, in: &context) } ?? []
        var partiesMean = 2.0, partiesMinimum = 1
        if let node = top.optional("parties"),
           let reader = MappingReader(node, LoaderThing.key("parties"), keys: ["mean", "minimum"], in: &context) {
            partiesMean = reader.required("mean", &context).flatMap { context.double($0, LoaderThing.key("mean"), in: 1...100) } ?? partiesMean
            partiesMinimum = reader.optional("minimum").flatMap { context.int($0, LoaderThing.key("minimum"), in: 1...100) } ?? partiesMinimum
        }
        let major = top.optional("major_share").flatMap { context.double($0, LoaderThing.key("major_share"), in: 0...1) } ?? 0
        let success = top.optional("mediation_success").map { mix($0, "mediation_success", sumsToOne: false, in: &context) } ?? []
        let needs = top.optional("needs_per_household_visit").flatMap { context.double($0, LoaderThing.key("needs_per_household_visit"), in: 0...1) } ?? 0
        let housebound = top.optional("housebound_share").flatMap { context.double($0, LoaderThing.key("housebound_share"), in: 0...1) } ?? 0
        let households = top.optional("households_visited_per_round").flatMap { context.int($0, LoaderThing.key("households_visited_per_round"), in: 0...ScenarioBounds.householdsPerRound) } ?? 0
        var attendance = 0.0
        if let node = top.optional("event_attendance"), let reader = MappingReader(node, LoaderThing.key("event_attendance"), keys: ["mean"], in: &context) {
            attendance = reader.required("mean", &context).flatMap { context.double($0, LoaderThing.key("mean"), in: 0...100_000) } ?? 0
        }
        let sick = top.optional("sick_days_per_person_month").flatMap { context.double($0, LoaderThing.key("sick_days_per_person_month"), in: 0...31) } ?? 0
        var fields = Scenario.Fields()
        if let node = top.required("fields", &context),
           let reader = MappingReader(node, LoaderThing.key("fields"), keys: Self.fieldKeys, in: &context) {
            func field(_ key: String) -> Reference? { reader.optional(key).flatMap { context.reference($0, LoaderThing.key(key)) } }
            fields = Scenario.Fields(kind: field("kind"), category: field("category"), complexity: field("complexity"), parties: field("parties"),
                                     major: field("major"), risk: field("risk"), housebound: field("housebound"), age: field("age"),
                                     elderly: field("elderly"))
            fields.topics = field("topics")
            fields.activities = field("activities")
        }
        let needKind = top.optional("need_kind").flatMap { context.reference($0, LoaderThing.key("need_kind")) }
        let disputeKind = top.optional("dispute_kind").flatMap { context.reference($0, LoaderThing.key("dispute_kind")) }
        let consultations = top.required("event_consultation_share", &context)
            .flatMap { context.double($0, LoaderThing.key("event_consultation_share"), in: 0...1) } ?? 0
        let risk = top.required("risk_share", &context).flatMap { context.double($0, LoaderThing.key("risk_share"), in: 0...1) } ?? 0
        var ages = Scenario.Ages(houseboundBase: 0, houseboundSpread: 0, otherBase: 0, otherSpread: 0, elderlyFrom: 0)
        if let node = top.required("ages", &context), let reader = MappingReader(node, LoaderThing.key("ages"), keys: Self.ageKeys, in: &context) {
            func draw(_ key: String) -> (Int, Double)? {
                guard let inner = reader.required(key, &context),
                      let drawReader = MappingReader(inner, LoaderThing.key(key), keys: Self.ageDrawKeys, in: &context),
                      let base = drawReader.required("base", &context).flatMap({ context.int($0, LoaderThing.key("base"), in: 0...130) }),
                      let spread = drawReader.required("spread", &context).flatMap({ context.double($0, LoaderThing.key("spread"), in: 0...130) })
                else { return nil }
                return (base, spread)
            }
            let housebound = draw("housebound"), other = draw("other")
            let elderly = reader.required("elderly_from", &context).flatMap { context.int($0, LoaderThing.key("elderly_from"), in: 0...130) } ?? 0
            ages = Scenario.Ages(houseboundBase: housebound?.0 ?? 0, houseboundSpread: housebound?.1 ?? 0, otherBase: other?.0 ?? 0,
                                 otherSpread: other?.1 ?? 0, elderlyFrom: elderly)
        }
        // Kept even when a value was wrong (with its default), so that the checks across files
        // still run; the loader gives no set when there were errors.
        guard let id else { return nil }
        var scenario = Scenario(id: id, seed: seed, visitorsBase: base, visitorsPer1000Households: perThousand, caseKinds: kinds,
                        categories: categories, complexity: complexity, partiesMean: partiesMean, majorShare: major,
                        mediationSuccess: success, needsPerHouseholdVisit: needs, houseboundShare: housebound,
                        householdsVisitedPerRound: households, eventAttendanceMean: attendance, sickDaysPerPersonMonth: sick,
                        fields: fields, needKind: needKind, disputeKind: disputeKind, partiesMinimum: partiesMinimum,
                        eventConsultationShare: consultations, riskShare: risk, ages: ages, location: root.location)
        if let node = top.optional("major_kinds") { scenario.majorKinds = context.references(node, LoaderThing.key("major_kinds")) }
        if let node = top.optional("topics") {
            scenario.topics = mix(node, "topics", sumsToOne: false, in: &context)
            scenario.keyLocations["topics"] = node.location
        }
        if let node = top.optional("event_activities") {
            scenario.eventActivities = mix(node, "event_activities", sumsToOne: false, in: &context)
            scenario.keyLocations["event_activities"] = node.location
        }
        for key in ScenarioBounds.keys {
            if let node = top.optional(key) { scenario.keyLocations[key] = node.location }
        }
        return scenario
    }

    /// A mapping of values to shares in 0…1; with `sumsToOne`, the shares must add up to 1
    /// (within 0.001).
    private func mix(_ node: YAMLNode, _ key: String, sumsToOne: Bool, in context: inout DecodingContext) -> [Share] {
        guard let pairs = node.mapping else {
            context.expected(ValueShape.sharesByValue(), for: LoaderThing.key(key), found: node)
            return []
        }
        var shares: [Share] = []
        for pair in pairs {
            guard let value = context.reference(pair.key, LoaderThing.aValue()),
                  let share = context.double(pair.value, LoaderThing.share(of: value.id), in: 0...1) else { continue }
            shares.append(Share(value: value, share: share))
        }
        let total = shares.reduce(0) { $0 + $1.share }
        if sumsToOne, !shares.isEmpty, abs(total - 1) > 0.001 {
            // Rounded to three places, as Swift prints a double: `0.9`, not `0.8999999999999999`.
            let rounded = (total * 1000).rounded() / 1000
            context.error(ScenarioFileMessage.sharesDoNotAddUp(["what": .message(LoaderThing.key(key)), "total": .text("\(rounded)")]), at: node,
                          hint: ScenarioFileMessage.sharesHint())
        }
        return shares
    }
}

/// The words of the scenario file's own diagnostics.
public enum ScenarioFileMessage: String, MessageCatalogue {
    case sharesDoNotAddUp = "scenario-file.shares-do-not-add-up"
    case sharesHint = "scenario-file.shares.hint"
    case tooManyVisitors = "scenario-file.too-many-visitors"
    case tooManyNeeds = "scenario-file.too-many-needs"
    case tooManyEventCases = "scenario-file.too-many-event-cases"
    case boundsHint = "scenario-file.bounds.hint"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .sharesDoNotAddUp:
            ("the shares of {what} add up to {total}, not 1",
             "{what}中各项比例合计为 {total}，而不是 1")
        case .sharesHint:
            ("each share is between 0 and 1 and together they make 1, e.g. {{ consultation: 0.75, dispute: 0.25 }}",
             "每项比例在 0 到 1 之间，合计为 1，例如 {{ consultation: 0.75, dispute: 0.25 }}")
        case .tooManyVisitors:
            ("visitors_per_sitting gives a sitting at {community} ({households} households) {mean} visitors on average; a sitting takes at most {max}",
             "visitors_per_sitting 使 {community}（{households} 户）每次坐诊平均有 {mean} 名来访者；每次坐诊最多 {max} 名")
        case .tooManyNeeds:
            ("a round visits {households} households and finds {needs} needs each: {mean} needs a round on average; a round finds at most {max}",
             "每次巡诊走访 {households} 户、每户发现 {needs} 项需求：平均每次 {mean} 项；每次巡诊最多 {max} 项")
        case .tooManyEventCases:
            ("an event's attendance of {attendance} with a consultation share of {share} gives {mean} cases an event on average; an event gives at most {max}",
             "活动平均参加 {attendance} 人、现场咨询比例 {share}：平均每场 {mean} 件；每场活动最多 {max} 件")
        case .boundsHint:
            ("these bounds keep a simulated month within the memory and time of one machine (docs/simulation.md)",
             "这些上限使模拟一个月所需的内存和时间在一台机器的能力之内（见 docs/simulation.md）")
        }
    }
}
