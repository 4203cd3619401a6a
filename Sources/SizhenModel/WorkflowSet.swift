import SizhenCalendar
import SizhenDiagnostics
import SizhenRules

/// Everything a workflows folder describes, loaded and checked: the district, its calendar,
/// staff, case schema, workflows and scenarios.
public struct WorkflowSet: Sendable {
    /// The folder it was loaded from.
    public var folder: String
    /// The district.
    public var district: District
    /// The district's workday calendar.
    public var calendar: WorkdayCalendar
    /// All people, in file order.
    public var people: [Person]
    /// The case schema, when one is given.
    public var caseSchema: CaseSchema?
    /// The workflows, in file order.
    public var workflows: [Workflow]
    /// The scenarios, in file order.
    public var scenarios: [Scenario]
    /// The decision tables, checked against the case schema, in file order.
    public var tables: [DecisionTable]
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
        self.workflows = workflows
        self.scenarios = scenarios
        self.tables = tables
        self.environment = environment
        self.rules = rules
    }

    /// The compiled form of a rule of the workflows.
    public func compiled(_ rule: RuleText) -> CompiledExpression? { rules[rule.location] }

    /// The decision table with `id`.
    public func table(_ id: String) -> DecisionTable? { tables.first { $0.definition.id == id } }

    /// The workflow with `id`.
    public func workflow(_ id: String) -> Workflow? { workflows.first { $0.id == id } }

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
            let ids = chosen.map(\.id)
            return ids.compactMap { id in communities.first { $0.id == id } }
        }
    }
}
