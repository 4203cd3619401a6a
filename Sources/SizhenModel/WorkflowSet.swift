import SizhenCalendar
import SizhenDiagnostics
import SizhenRules

/// Everything a workflows folder describes, loaded and checked: the district, its calendar,
/// staff, case schema, workflows and scenarios.
public struct WorkflowSet: Sendable {
    /// The folder it was loaded from.
    public var folder: String
    /// The district.
    public var district: District { didSet { reindex() } }
    /// The district's workday calendar.
    public var calendar: WorkdayCalendar
    /// All people, in file order.
    public var people: [Person] { didSet { reindex() } }
    /// The case schema, when one is given.
    public var caseSchema: CaseSchema? { didSet { caseType = Self.caseType(of: caseSchema) } }
    /// The workflows, in file order.
    public var workflows: [Workflow] { didSet { reindex() } }
    /// The scenarios, in file order.
    public var scenarios: [Scenario]
    /// The decision tables, checked against the case schema, in file order.
    public var tables: [DecisionTable] { didSet { reindex() } }
    /// Lookups by id, built once (and again whenever what they index changes), so that naming
    /// a site or a person costs the same whatever the size of the district.
    public private(set) var lookup = Lookup()
    /// The variables rules read (the case).
    public var environment: RuleEnvironment
    /// Every rule of the workflows, compiled, by the location of its text.
    public var rules: [SourceLocation: CompiledExpression]

    /// Creates a set.
    public init(folder: String, district: District, calendar: WorkdayCalendar, people: [Person], caseSchema: CaseSchema?,
                workflows: [Workflow], scenarios: [Scenario], tables: [DecisionTable] = [], environment: RuleEnvironment = RuleEnvironment(),
                rules: [SourceLocation: CompiledExpression] = [:]) {
        self.folder = folder
        self.district = district
        self.calendar = calendar
        self.people = people
        self.caseSchema = caseSchema
        self.caseType = Self.caseType(of: caseSchema)
        self.workflows = workflows
        self.scenarios = scenarios
        self.tables = tables
        self.environment = environment
        self.rules = rules
        reindex()
    }

    private mutating func reindex() {
        lookup = Lookup(district: district, people: people, workflows: workflows, tables: tables)
    }

    /// The case schema's type: what rules see as `case`, and what types case fields read back.
    /// Made once (and again when the schema changes): every fact of a sheet is written with it.
    public private(set) var caseType: ObjectType?

    private static func caseType(of schema: CaseSchema?) -> ObjectType? {
        if case .object(let type)? = schema?.ruleType { return type }
        return nil
    }

    /// The compiled form of a rule of the workflows.
    public func compiled(_ rule: RuleText) -> CompiledExpression? { rules[rule.location] }

    /// The decision table with `id`.
    public func table(_ id: String) -> DecisionTable? { lookup.tables[id].map { tables[$0] } }

    /// The workflow with `id`.
    public func workflow(_ id: String) -> Workflow? { lookup.workflows[id].map { workflows[$0] } }

    /// The community with `id`.
    public func community(_ id: String) -> Community? { lookup.communities[id].map { district.communities[$0] } }

    /// The street or town with `id`.
    public func street(_ id: String) -> Street? { lookup.streets[id].map { district.streets[$0] } }

    /// The person with `id`.
    public func person(_ id: String) -> Person? { lookup.people[id].map { people[$0] } }

    /// The name of a site: a community's, or the district's for district-wide work; the id when
    /// neither.
    public func siteName(_ id: String) -> String {
        if id == district.id { return district.name }
        return community(id)?.name ?? id
    }

    /// The street a site belongs to, if it is a community.
    public func streetOfSite(_ id: String) -> Street? { community(id).flatMap { street($0.streetID) } }

    /// A person's name, or the id when the files do not know them.
    public func personName(_ id: String) -> String { person(id)?.name ?? id }

    /// A workflow's name, or the id.
    public func workflowName(_ id: String) -> String { workflow(id)?.name ?? id }

    /// The communities a workflow's occurrences happen at; empty for `district`.
    public func sites(of workflow: Workflow) -> [Community] {
        let communities = district.communities
        switch workflow.sites {
        case .district: return []
        case .tags(let tags): return communities.filter { community in tags.allSatisfy(community.tags.contains) }
        case .streets(let streets):
            let ids = Set(streets.map(\.id))
            return communities.filter { ids.contains($0.streetID) }
        case .communities(let chosen):
            return chosen.compactMap { community($0.id) }
        }
    }

    /// Positions by id in the set's lists (the first when an id appears twice, which
    /// `validate` refuses).
    public struct Lookup: Sendable {
        var communities: [String: Int] = [:]
        var streets: [String: Int] = [:]
        var people: [String: Int] = [:]
        var workflows: [String: Int] = [:]
        var tables: [String: Int] = [:]

        init() {}

        init(district: District, people: [Person], workflows: [Workflow], tables: [DecisionTable]) {
            communities = Self.positions(district.communities.map(\.id))
            streets = Self.positions(district.streets.map(\.id))
            self.people = Self.positions(people.map(\.id))
            self.workflows = Self.positions(workflows.map(\.id))
            self.tables = Self.positions(tables.map(\.definition.id))
        }

        static func positions(_ ids: [String]) -> [String: Int] {
            var result: [String: Int] = [:]
            for (index, id) in ids.enumerated() where result[id] == nil { result[id] = index }
            return result
        }
    }
}
