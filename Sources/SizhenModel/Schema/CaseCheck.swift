import SizhenDiagnostics
import SizhenRules

/// A consistency rule of the case schema (`checks:`): a visitor row of a sheet for which
/// `when` holds is refused, with `message`, at the cell of `field`. `when` reads the case as
/// rules do (`case.kind`), the row's 结果 as `outcome` (`resolved`, `unresolved`,
/// `referred`) and its workflow's id as `workflow`, so that required fields (`complexity` for a dispute) and contradictions
/// (已解决 but not 化解) are declared in the files, not coded.
public struct CaseCheck: Sendable, Hashable {
    /// Names the check in messages.
    public var id: String
    /// When the row is refused.
    public var when: RuleText
    /// The field whose cell the error points at, as a path (`["resident", "age"]`), if any.
    public var field: Reference?
    /// What is wrong, in the words staff read.
    public var message: String
    /// Where the check is defined.
    public var location: SourceLocation

    /// Creates a check.
    public init(id: String, when: RuleText, field: Reference?, message: String, location: SourceLocation) {
        self.id = id
        self.when = when
        self.field = field
        self.message = message
        self.location = location
    }

    /// The name the row's 结果 has in a check's `when`.
    public static let outcomeVariable = "outcome"
    /// The name the row's workflow id has in a check's `when`.
    public static let workflowVariable = "workflow"
    /// The values `outcome` takes (a `CaseOutcome`'s raw values).
    public static let outcomeValues = CaseOutcome.allCases.map(\.rawValue)

    /// The path of `field`, split at its dots.
    public var fieldPath: [String]? { field.map { $0.id.split(separator: ".").map(String.init) } }
}

extension CaseSchema {
    /// The variables a check reads: the case, under the schema's id, the row's `outcome` and
    /// its `workflow`, one of the ids `workflows` (so that `workflow == "huizhn"` is refused
    /// with the ids there are; any text when none is given).
    public func checkEnvironment(workflows: [String]) -> RuleEnvironment {
        RuleEnvironment([(name: id, type: ruleType), (name: CaseCheck.outcomeVariable, type: .enumeration(values: CaseCheck.outcomeValues)),
                         (name: CaseCheck.workflowVariable, type: workflows.isEmpty ? .string : .enumeration(values: workflows))])
    }
}
