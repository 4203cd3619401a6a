import SizhenDiagnostics
import SizhenCalendar
import SizhenRecords
import SizhenModel

/// The summary of a month, real or simulated: occurrences, records by type, escalations and
/// deadlines, subsidies, load per person and per street, unfilled slots, what is still open.
/// Every total is computed from the stored records and events.
public struct MonthSummary: Sendable {
    /// Counts per workflow.
    public struct WorkflowCount: Sendable, Hashable {
        public var workflowID: String
        public var name: String
        public var held: Int
        public var moved: Int
        public var skipped: Int
    }

    /// A subsidy tier's cases and yuan.
    public struct Tier: Sendable, Hashable {
        public var tier: String
        public var cases: Int
        public var yuan: Int
    }

    /// The month.
    public var month: YearMonth
    /// The seed (for a simulation).
    public var seed: UInt64?
    /// Per workflow, in file order.
    public var workflows: [WorkflowCount]
    /// Records by type, in the district's `record_types` order (zeros included).
    public var records: [(type: String, count: Int)]
    /// Escalated cases opened in the month, by target workflow.
    public var escalations: [(workflowID: String, count: Int)]
    /// The workflows' names by id, for people.
    public var workflowNames: [String: String] = [:]
    /// Deadlines met and missed.
    public var deadlinesMet: Int
    /// See `deadlinesMet`.
    public var deadlinesMissed: Int
    /// Subsidies by tier, and the total.
    public var subsidies: [Tier]
    /// Load per person: over the people holding a role some slot or panel asks for.
    public var loadMin: Int
    /// See `loadMin`.
    public var loadMean: Double
    /// See `loadMin`.
    public var loadMax: Int
    /// How many people the load is taken over.
    public var loadPeople: Int
    /// Load per street (assignments and sessions of the people of each street).
    public var loadByStreet: [(streetID: String, name: String, load: Int)]
    /// Slots nobody could fill.
    public var unfilled: Int
    /// Cases and timers still open when the month was summarised.
    public var openCases: Int
    /// See `openCases`.
    public var pendingTimers: Int

    /// Total yuan of subsidies.
    public var subsidyTotal: Int { subsidies.reduce(0) { $0 + $1.yuan } }
    /// Total records.
    public var recordTotal: Int { records.reduce(0) { $0 + $1.count } }
    /// Share of deadlines met (nil when none fell due).
    public var compliance: Double? {
        let total = deadlinesMet + deadlinesMissed
        return total == 0 ? nil : Double(deadlinesMet) / Double(total)
    }

    /// Aggregates the facts of a month.
    public init(facts: MonthFacts, set: WorkflowSet, seed: UInt64? = nil) {
        month = facts.month
        self.seed = seed
        workflows = set.workflows.map { workflow in
            let mine = facts.occurrences.filter { $0.workflowID == workflow.id }
            return WorkflowCount(workflowID: workflow.id, name: workflow.name, held: mine.count { $0.held }, moved: mine.count { $0.moved },
                                 skipped: facts.skipped[workflow.id] ?? 0)
        }
        var byType: [String: Int] = [:]
        for record in facts.records { byType[record.type, default: 0] += 1 }
        let configured = set.district.recordTypes.map(\.id)
        records = configured.map { ($0, byType[$0] ?? 0) } + byType.keys.filter { !configured.contains($0) }.sorted().map { ($0, byType[$0]!) }
        escalations = set.workflows.compactMap { workflow in facts.escalations[workflow.id].map { (workflow.id, $0) } }
        workflowNames = Dictionary(set.workflows.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        deadlinesMet = facts.deadlinesMet
        deadlinesMissed = facts.deadlinesMissed
        var tiers: [String: Tier] = [:]
        for record in facts.records {
            guard let yuan = record.subsidyYuan else { continue }
            let tier = record.subsidyTier ?? "\(yuan) 元"
            tiers[tier, default: Tier(tier: tier, cases: 0, yuan: 0)].cases += 1
            tiers[tier]!.yuan += yuan
        }
        subsidies = tiers.values.sorted { ($0.yuan / max(1, $0.cases), $0.tier) < ($1.yuan / max(1, $1.cases), $1.tier) }
        let roles = Set(set.workflows.flatMap { workflow in
            workflow.slots.filter { !$0.onDemand }.flatMap { $0.roles.map(\.id) } + (workflow.panel?.quorum.map(\.role.id) ?? [])
        })
        let qualified = set.people.filter { person in person.roles.contains { roles.contains($0.id) } }
        let loads = qualified.map { facts.load[$0.id] ?? 0 }
        loadPeople = loads.count
        loadMin = loads.min() ?? 0
        loadMax = loads.max() ?? 0
        loadMean = loads.isEmpty ? 0 : Double(loads.reduce(0, +)) / Double(loads.count)
        loadByStreet = set.district.streets.map { street in
            (street.id, street.name, set.people.filter { $0.street?.id == street.id }.reduce(0) { $0 + (facts.load[$1.id] ?? 0) })
        }
        unfilled = facts.unfilled
        openCases = facts.openCases
        pendingTimers = facts.pendingTimers
    }

    // MARK: Text

    /// The summary for people, in the renderer's language.
    public func text(title: String, messages: MessageRenderer = MessageRenderer(book: MessageBook([SummaryMessage.self]))) -> String {
        func say(_ word: SummaryMessage, _ arguments: KeyValuePairs<String, MessageValue> = [:]) -> String { messages.render(word(arguments)) }
        var out = title + "\n\n"
        var occurrences = TextTable(header: [say(.workflow), say(.held), say(.moved), say(.skipped)])
        for workflow in workflows where workflow.held + workflow.moved + workflow.skipped > 0 {
            occurrences.append([workflow.name, String(workflow.held), String(workflow.moved), String(workflow.skipped)])
        }
        out += say(.occurrences) + "\n" + indent(occurrences.render())
        var types = TextTable(header: [say(.recordType), say(.count)])
        for (type, count) in records { types.append([type, String(count)]) }
        types.append([say(.total), String(recordTotal)])
        out += "\n" + say(.records) + "\n" + indent(types.render())
        out += "\n" + say(.escalationsAndDeadlines) + "\n"
        let escalated = escalations.isEmpty ? say(.none) : escalations.map { "\(workflowNames[$0.workflowID] ?? $0.workflowID) \($0.count)" }
            .joined(separator: messages.listSeparator)
        out += "  " + say(.escalated, ["list": .text(escalated)]) + "\n"
        out += "  " + say(.deadlines, ["met": .int(deadlinesMet), "missed": .int(deadlinesMissed)])
        if let compliance { out += say(.compliance, ["percent": .text(JSONText.number(compliance * 100, places: 1))]) }
        out += "\n"
        var money = TextTable(header: [say(.tier), say(.cases), say(.yuan)])
        for tier in subsidies { money.append([tier.tier, String(tier.cases), String(tier.yuan)]) }
        money.append([say(.total), String(subsidies.reduce(0) { $0 + $1.cases }), String(subsidyTotal)])
        out += "\n" + say(.subsidies) + "\n" + indent(money.render())
        out += "\n" + say(.load, ["people": .int(loadPeople)]) + "\n"
        out += "  " + say(.loadRange, ["min": .int(loadMin), "mean": .text(JSONText.number(loadMean, places: 2)), "max": .int(loadMax)]) + "\n"
        var streets = TextTable(header: [say(.street), say(.loadColumn)])
        for street in loadByStreet { streets.append([street.name, String(street.load)]) }
        out += indent(streets.render())
        out += "\n" + say(.unfilled, ["count": .int(unfilled)]) + "\n"
        out += say(.openAtEnd, ["cases": .int(openCases), "timers": .int(pendingTimers)]) + "\n"
        return out
    }

    private func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
    }

    // MARK: JSON

    /// The summary as JSON with the documented keys, in a fixed order.
    public func json(workflowsFolder: String?) -> String {
        JSONText.object([
            ("month", JSONText.string(month.description)),
            ("seed", seed.map { String($0) }),
            ("workflows", workflowsFolder.map(JSONText.string)),
            ("occurrences", JSONText.object([
                ("held", String(workflows.reduce(0) { $0 + $1.held })),
                ("moved", String(workflows.reduce(0) { $0 + $1.moved })),
                ("skipped", String(workflows.reduce(0) { $0 + $1.skipped })),
                ("by_workflow", JSONText.object(workflows.map { workflow in
                    (workflow.workflowID, JSONText.object([("held", String(workflow.held)), ("moved", String(workflow.moved)),
                                                           ("skipped", String(workflow.skipped))]))
                })),
            ])),
            ("records", JSONText.object(records.map { ($0.type, String($0.count)) } + [("total", String(recordTotal))])),
            ("escalations", JSONText.object([
                ("total", String(escalations.reduce(0) { $0 + $1.count })),
                ("by_workflow", JSONText.object(escalations.map { ($0.workflowID, String($0.count)) })),
            ])),
            ("deadlines", JSONText.object([
                ("met", String(deadlinesMet)), ("missed", String(deadlinesMissed)),
                ("compliance", compliance.map { JSONText.number($0, places: 4) } ?? "null"),
            ])),
            ("subsidies", JSONText.object([
                ("by_tier", JSONText.array(subsidies.map { tier in
                    JSONText.object([("tier", JSONText.string(tier.tier)), ("cases", String(tier.cases)), ("yuan", String(tier.yuan))])
                })),
                ("total_yuan", String(subsidyTotal)),
            ])),
            ("load", JSONText.object([
                ("people", String(loadPeople)), ("min", String(loadMin)), ("mean", JSONText.number(loadMean)), ("max", String(loadMax)),
                ("by_street", JSONText.object(loadByStreet.map { ($0.streetID, String($0.load)) })),
            ])),
            ("unfilled", String(unfilled)),
            ("open_at_end", JSONText.object([("cases", String(openCases)), ("timers", String(pendingTimers))])),
        ])
    }
}
