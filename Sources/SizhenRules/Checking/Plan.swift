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
    case list([Plan])
    case map([(Plan, Plan)], SourceLocation)
    case not(Plan, SourceLocation)
    case negate(Plan, SourceLocation)
    case arithmetic(BinaryOperator, Plan, Plan, SourceLocation)
    case ordering(BinaryOperator, Plan, Plan, SourceLocation)
    case equality(negated: Bool, Plan, Plan)
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
