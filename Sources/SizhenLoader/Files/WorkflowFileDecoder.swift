import SizhenCalendar
import SizhenDiagnostics
import SizhenModel

/// Decodes `kind: workflow` files.
public struct WorkflowFileDecoder: Sendable {
    static let topKeys = ["version", "kind", "id", "name", "description", "type", "sites", "schedule", "slots", "panel", "within", "steps",
                          "escalations"]
    static let siteKeys = ["tags", "streets", "communities"]
    static let scheduleKeys = ["name", "rrule", "time", "on_holiday", "from"]
    static let slotKeys = ["name", "roles", "count", "prefer", "skills", "on_demand"]
    static let panelKeys = ["quorum", "max_size", "exclude_case_staff", "per_week"]
    static let quorumKeys = ["role", "count", "organisations", "same_street"]
    static let stepKeys = ["id", "when", "for_each", "record", "subsidy", "decide", "within", "assign"]
    static let escalationKeys = ["id", "when", "start", "after", "within", "description"]

    /// Creates a decoder.
    public init() {}

    /// Decodes a workflow.
    public func decode(_ root: YAMLNode, in context: inout DecodingContext) -> Workflow? {
        guard let top = MappingReader(root, LoaderThing.workflowFile(), keys: Self.topKeys, in: &context),
              context.checkHeader(top, kind: "workflow") else { return nil }
        let id = top.required("id", &context).flatMap { context.id($0, LoaderThing.workflowID()) }
        let name = top.required("name", &context).flatMap { context.nonEmptyString($0, LoaderThing.key("name")) }
        let description = top.optional("description").flatMap { context.string($0, LoaderThing.key("description")) }
        let typeNode = top.optional("type")
        let type = typeNode.flatMap { context.choice($0, LoaderThing.key("type"), as: WorkflowType.self) }
        let sites = top.optional("sites").flatMap { decodeSites($0, in: &context) } ?? .district
        var schedules: [WorkflowSchedule] = []
        if let node = top.optional("schedule") {
            for item in node.sequence ?? [node] {
                if let schedule = decodeSchedule(item, in: &context) { schedules.append(schedule) }
            }
        }
        var slots: [Slot] = []
        if let node = top.optional("slots") {
            if let pairs = node.mapping {
                for pair in pairs {
                    guard let slotName = context.id(pair.key, LoaderThing.slotName()) else { continue }
                    if let slot = decodeSlot(pair.value, name: slotName, in: &context) { slots.append(slot) }
                }
            } else {
                context.expected(ValueShape.slotsByName(), for: LoaderThing.key("slots"), found: node)
            }
        }
        let panel = top.optional("panel").flatMap { decodePanel($0, in: &context) }
        let within = top.optional("within").flatMap { context.duration($0, LoaderThing.key("within")) }
        var steps: [Step] = []
        if let node = top.optional("steps"), let items = context.list(node, LoaderThing.key("steps")) {
            for item in items {
                guard let step = decodeStep(item, in: &context) else { continue }
                if steps.contains(where: { $0.id == step.id }) {
                    context.report(.error(WorkflowFileMessage.duplicateStep(["id": .text(step.id)]), at: step.location))
                } else {
                    steps.append(step)
                }
            }
        }
        var escalations: [Escalation] = []
        if let node = top.optional("escalations"), let items = context.list(node, LoaderThing.key("escalations")) {
            for item in items {
                guard let escalation = decodeEscalation(item, in: &context) else { continue }
                if escalations.contains(where: { $0.id == escalation.id }) {
                    context.report(.error(WorkflowFileMessage.duplicateEscalation(["id": .text(escalation.id)]), at: escalation.location))
                } else {
                    escalations.append(escalation)
                }
            }
        }
        // What the workflow is is never guessed from its steps; but when `type:` is missing or
        // wrong, the error says what the steps suggest, and the checks across files go on with it.
        let suggested: WorkflowType = panel != nil ? .panel : steps.contains { $0.forEach == .need } ? .round
            : steps.contains { $0.forEach == .event } ? .event : .sitting
        if typeNode == nil {
            context.error(WorkflowFileMessage.missingType(), at: root,
                          hint: WorkflowFileMessage.missingTypeHint(["suggested": .text(suggested.rawValue),
                                                                    "types": .texts(WorkflowType.allCases.map(\.rawValue))]))
        }
        guard let id, let name else { return nil }
        return Workflow(id: id, name: name, description: description, type: type ?? suggested, sites: sites, schedules: schedules, slots: slots, panel: panel,
                        within: within, steps: steps, escalations: escalations, location: root.location)
    }

    private func decodeSites(_ node: YAMLNode, in context: inout DecodingContext) -> SiteSelector? {
        if node.scalar == "district" { return .district }
        guard let pairs = node.mapping else {
            context.error(WorkflowFileMessage.badSites(), at: node, hint: WorkflowFileMessage.sitesHint())
            return nil
        }
        guard MappingReader(node, LoaderThing.key("sites"), keys: Self.siteKeys, in: &context) != nil else { return nil }
        guard pairs.count == 1, let pair = pairs.first else {
            context.error(WorkflowFileMessage.oneSiteSelector(), at: node, hint: WorkflowFileMessage.sitesHint())
            return nil
        }
        switch pair.key.scalar {
        case "tags":
            let tags = context.strings(pair.value, LoaderThing.aTag())
            if tags.isEmpty { context.error(WorkflowFileMessage.emptySelector(), at: pair.value, hint: WorkflowFileMessage.sitesHint()) }
            return .tags(tags)
        case "streets": return .streets(context.references(pair.value, LoaderThing.aStreetID()))
        case "communities": return .communities(context.references(pair.value, LoaderThing.aCommunityID()))
        default: return nil
        }
    }

    private func decodeSchedule(_ node: YAMLNode, in context: inout DecodingContext) -> WorkflowSchedule? {
        guard let reader = MappingReader(node, LoaderThing.schedule(), keys: Self.scheduleKeys, in: &context) else { return nil }
        let name = reader.optional("name").flatMap { context.nonEmptyString($0, LoaderThing.key("name")) }
        let from = reader.optional("from").flatMap { context.date($0, LoaderThing.key("from")) } ?? WorkflowSchedule.defaultFrom
        var rule: RecurrenceRule?
        if let ruleNode = reader.required("rrule", &context), let text = context.nonEmptyString(ruleNode, LoaderThing.key("rrule")) {
            switch RecurrenceRule.parse(text, at: ruleNode.textLocation) {
            case .success(let parsed):
                rule = parsed
                // The rule gives no date before `from`: one that ends (UNTIL) before it never runs.
                if let never = parsed.emptinessDiagnostic(from: from, at: ruleNode.textLocation) {
                    context.report(never)
                    rule = nil
                }
            case .failure(let found): context.diagnostics.append(contentsOf: found)
            }
        }
        let time = reader.required("time", &context).flatMap { context.timeWindow($0, LoaderThing.key("time")) }
        var policy = HolidayPolicy.keep
        if let policyNode = reader.optional("on_holiday"), let text = context.string(policyNode, LoaderThing.key("on_holiday")) {
            do {
                policy = try HolidayPolicy(parsing: text, at: policyNode.textLocation)
            } catch {
                context.report(error)
            }
        }
        guard let rule, let time else { return nil }
        return WorkflowSchedule(name: name, rule: rule, time: time, onHoliday: policy, from: from, location: node.location)
    }

    private func decodeSlot(_ node: YAMLNode, name: String, in context: inout DecodingContext) -> Slot? {
        guard let reader = MappingReader(node, LoaderThing.slot(), keys: Self.slotKeys, in: &context) else { return nil }
        let roles = reader.required("roles", &context).map { context.references($0, LoaderThing.aRoleID()) } ?? []
        let count = reader.optional("count").flatMap { context.int($0, LoaderThing.key("count"), in: 1...50) } ?? 1
        var prefer = Slot.Preference.allCases
        if let preferNode = reader.optional("prefer") {
            prefer = (preferNode.sequence ?? [preferNode]).compactMap { context.choice($0, LoaderThing.preference(), as: Slot.Preference.self) }
        }
        let skills = reader.optional("skills").map { context.strings($0, LoaderThing.aSkill()) } ?? []
        let onDemand = reader.optional("on_demand").flatMap { context.bool($0, LoaderThing.key("on_demand")) } ?? false
        let displayName = reader.optional("name").flatMap { context.nonEmptyString($0, LoaderThing.key("name")) }
        guard !roles.isEmpty else { return nil }
        return Slot(name: name, displayName: displayName, roles: roles, count: count, prefer: prefer, skills: skills, onDemand: onDemand, location: node.location)
    }

    private func decodePanel(_ node: YAMLNode, in context: inout DecodingContext) -> Panel? {
        guard let reader = MappingReader(node, LoaderThing.panel(), keys: Self.panelKeys, in: &context) else { return nil }
        var quorum: [(role: Reference, count: Int)] = []
        var members: [Int: Panel.MemberCondition] = [:]
        if let quorumNode = reader.required("quorum", &context), let items = context.list(quorumNode, LoaderThing.key("quorum")) {
            for item in items {
                guard let entry = MappingReader(item, LoaderThing.quorumEntry(), keys: Self.quorumKeys, in: &context),
                      let role = entry.required("role", &context).flatMap({ context.reference($0, LoaderThing.aRoleID()) }) else { continue }
                let count = entry.optional("count").flatMap { context.int($0, LoaderThing.key("count"), in: 1...20) } ?? 1
                let organisations = entry.optional("organisations").map { node in
                    (node.sequence ?? [node]).compactMap { item in
                        context.nonEmptyString(item, LoaderThing.key("organisations")).map { Reference($0, at: item.location) }
                    }
                } ?? []
                let sameStreet = entry.optional("same_street").flatMap { context.bool($0, LoaderThing.key("same_street")) } ?? false
                if !organisations.isEmpty || sameStreet {
                    members[quorum.count] = Panel.MemberCondition(organisations: organisations, sameStreet: sameStreet)
                }
                quorum.append((role, count))
            }
            if items.isEmpty { context.error(WorkflowFileMessage.emptyQuorum(), at: quorumNode) }
        }
        let maxSize = reader.optional("max_size").flatMap { context.int($0, LoaderThing.key("max_size"), in: 1...50) }
        let exclude = reader.optional("exclude_case_staff").flatMap { context.bool($0, LoaderThing.key("exclude_case_staff")) } ?? true
        if let maxSize, maxSize < quorum.reduce(0, { $0 + $1.count }), let sizeNode = reader.optional("max_size") {
            context.error(WorkflowFileMessage.panelTooSmall(["max": .int(maxSize), "quorum": .int(quorum.reduce(0) { $0 + $1.count })]), at: sizeNode)
        }
        let perWeek = reader.optional("per_week").flatMap { context.int($0, LoaderThing.key("per_week"), in: 1...500) }
        guard !quorum.isEmpty else { return nil }
        var panel = Panel(quorum: quorum, maxSize: maxSize, excludeCaseStaff: exclude, perWeek: perWeek, location: node.location)
        panel.members = members
        return panel
    }

    private func decodeStep(_ node: YAMLNode, in context: inout DecodingContext) -> Step? {
        guard let reader = MappingReader(node, LoaderThing.step(), keys: Self.stepKeys, in: &context) else { return nil }
        let id = reader.required("id", &context).flatMap { context.id($0, LoaderThing.stepID()) }
        let when = reader.optional("when").flatMap { context.rule($0, LoaderThing.key("when")) }
        let forEach = reader.optional("for_each").flatMap { context.choice($0, LoaderThing.key("for_each"), as: CaseSource.self) }
        let record = reader.optional("record").flatMap { context.reference($0, LoaderThing.recordType()) }
        let subsidy = reader.optional("subsidy").flatMap { context.reference($0, LoaderThing.aDecisionTableID()) }
        let decide = reader.optional("decide").flatMap { context.reference($0, LoaderThing.aDecisionTableID()) }
        let within = reader.optional("within").flatMap { context.duration($0, LoaderThing.key("within")) }
        let assign = reader.optional("assign").map { context.references($0, LoaderThing.aSlotName()) } ?? []
        guard let id else { return nil }
        return Step(id: id, when: when, forEach: forEach, record: record, subsidy: subsidy, decide: decide, within: within,
                    assign: assign, location: node.location)
    }

    private func decodeEscalation(_ node: YAMLNode, in context: inout DecodingContext) -> Escalation? {
        guard let reader = MappingReader(node, LoaderThing.escalation(), keys: Self.escalationKeys, in: &context) else { return nil }
        let id = reader.required("id", &context).flatMap { context.id($0, LoaderThing.escalationID()) }
        let when = reader.required("when", &context).flatMap { context.rule($0, LoaderThing.key("when")) }
        let start = reader.required("start", &context).flatMap { context.reference($0, LoaderThing.aWorkflowID()) }
        let after = reader.optional("after").flatMap { context.duration($0, LoaderThing.key("after")) }
        let within = reader.optional("within").flatMap { context.duration($0, LoaderThing.key("within")) }
        let description = reader.optional("description").flatMap { context.ruleDescription($0, LoaderThing.key("description")) }
        guard let id, let when, let start else { return nil }
        return Escalation(id: id, when: when, start: start, after: after, within: within, description: description, location: node.location)
    }
}

/// The words of the workflow file's own diagnostics.
public enum WorkflowFileMessage: String, MessageCatalogue {
    case duplicateStep = "workflow-file.duplicate-step"
    case duplicateEscalation = "workflow-file.duplicate-escalation"
    case badSites = "workflow-file.bad-sites"
    case sitesHint = "workflow-file.sites.hint"
    case oneSiteSelector = "workflow-file.one-site-selector"
    case emptySelector = "workflow-file.empty-selector"
    case emptyQuorum = "workflow-file.empty-quorum"
    case panelTooSmall = "workflow-file.panel-too-small"
    case missingType = "workflow-file.missing-type"
    case missingTypeHint = "workflow-file.missing-type.hint"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .duplicateStep:
            ("step '{id}' is defined twice in this workflow",
             "本流程中步骤“{id}”定义了两次")
        case .duplicateEscalation:
            ("escalation '{id}' is defined twice in this workflow",
             "本流程中升级规则“{id}”定义了两次")
        case .badSites:
            ("sites must be `district` or a mapping with one of tags, streets, communities",
             "sites 必须是 `district`，或含 tags、streets、communities 之一的键值映射")
        case .sitesHint:
            ("e.g. sites: {{ tags: [clinic] }} or sites: district",
             "例如 sites: {{ tags: [clinic] }} 或 sites: district")
        case .oneSiteSelector:
            ("sites takes exactly one of tags, streets, communities",
             "sites 只能写 tags、streets、communities 中的一个")
        case .emptySelector:
            ("sites selects by at least one tag",
             "sites 至少要按一个标签选择")
        case .emptyQuorum:
            ("a panel's quorum needs at least one role",
             "会诊专家组的 quorum 至少要有一个角色")
        case .missingType:
            ("a workflow says what it is with `type:`",
             "流程文件须用 `type:` 写明流程的类别")
        case .missingTypeHint:
            ("add `type: {suggested}` (its steps suggest it); the types are {types}: a sitting takes visitors, a round finds needs, a panel sits on escalated cases, an event is held on fixed dates",
             "请加上 `type: {suggested}`（据其步骤推断）；类别有 {types}：sitting 坐诊接待来访群众，round 巡诊发现需求，panel 会诊处理提请的案件，event 在固定日期举办活动")
        case .panelTooSmall:
            ("max_size {max} is smaller than the quorum of {quorum}",
             "max_size 为 {max}，小于 quorum 要求的 {quorum} 人")
        }
    }
}
