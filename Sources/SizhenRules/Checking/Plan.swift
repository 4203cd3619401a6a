import SizhenDiagnostics

/// A checked expression, ready to be compiled into closures: names are resolved to slots,
/// fields to indices, and every operation knows the static types of its operands. Produced
/// by `Checker`, consumed by `Lowering`.
indirect enum Plan: Sendable {
    case constant(RuleValue)
    /// A declared variable, by its slot in the activation.
    case variable(Int)
    /// A macro's variable or a decision table's input, by its slot in the frame.
    case local(Int)
    /// A field of a record, by index; `path` (`case.parties`) names it in runtime messages.
    case field(Plan, index: Int, path: String, optional: Bool, SourceLocation)
    /// A field of a map or of a value known only at run time, by name.
    case dynamicField(Plan, name: String, SourceLocation)
    /// `has(x.f)`.
    case presence(Plan, name: String, index: Int?, SourceLocation)
    case index(Plan, Plan, SourceLocation)
    case list([Plan], SourceLocation)
    case map([(Plan, Plan)], SourceLocation)
    case not(Plan, SourceLocation)
    case negate(Plan, SourceLocation)
    case arithmetic(BinaryOperator, Plan, Plan, SourceLocation)
    case ordering(BinaryOperator, Plan, Plan, SourceLocation)
    case equality(negated: Bool, Plan, Plan, SourceLocation)
    case membership(Plan, Plan, SourceLocation)
    case and(Plan, Plan, SourceLocation)
    case or(Plan, Plan, SourceLocation)
    case conditional(Plan, Plan, Plan, SourceLocation)
    case call(Builtin, [Plan], SourceLocation)
    case comprehension(Macro, range: Plan, local: Int, predicate: Plan, transform: Plan?, SourceLocation)
    /// Checks at run time that a `dyn` result has the expected type.
    case expect(RuleType, Plan, SourceLocation)

    /// The constant, when the plan is one.
    var constant: RuleValue? {
        if case .constant(let value) = self { return value }
        return nil
    }

    /// Where the node is in the rule, for the nodes that say.
    var location: SourceLocation? {
        switch self {
        case .constant, .variable, .local: nil
        case .field(_, _, _, _, let location), .dynamicField(_, _, let location), .presence(_, _, _, let location),
             .index(_, _, let location), .list(_, let location), .map(_, let location), .not(_, let location),
             .negate(_, let location), .arithmetic(_, _, _, let location), .ordering(_, _, _, let location),
             .equality(_, _, _, let location), .membership(_, _, let location), .and(_, _, let location),
             .or(_, _, let location), .conditional(_, _, _, let location), .call(_, _, let location),
             .comprehension(_, _, _, _, _, let location), .expect(_, _, let location):
            location
        }
    }

    /// The steps of evaluating the node once (`CostModel`): one for each node, where a macro
    /// counts its range but not its body, whose visits are counted as they happen.
    var weight: Int {
        switch self {
        case .constant, .variable, .local: 1
        case .field(let base, _, _, _, _), .dynamicField(let base, _, _), .presence(let base, _, _, _), .not(let base, _),
             .negate(let base, _), .expect(_, let base, _):
            1 + base.weight
        case .index(let a, let b, _), .arithmetic(_, let a, let b, _), .ordering(_, let a, let b, _), .equality(_, let a, let b, _),
             .membership(let a, let b, _), .and(let a, let b, _), .or(let a, let b, _):
            1 + a.weight + b.weight
        case .list(let items, _), .call(_, let items, _): items.reduce(1) { $0 + $1.weight }
        case .map(let entries, _): entries.reduce(1) { $0 + $1.0.weight + $1.1.weight }
        case .conditional(let condition, let a, let b, _): 1 + condition.weight + a.weight + b.weight
        case .comprehension(_, let range, _, _, _, _): 1 + range.weight
        }
    }
}

/// The functions of the language.
enum Builtin: String, Sendable, CaseIterable {
    case size, contains, startsWith, endsWith
    case toInt = "int", toDouble = "double", toString = "string"
}

/// The list macros.
enum Macro: String, Sendable, CaseIterable {
    case all, exists
    case existsOne = "exists_one"
    case map, filter
}
