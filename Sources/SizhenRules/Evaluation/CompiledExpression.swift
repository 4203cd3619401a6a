import SizhenDiagnostics

/// A checked, compiled expression: evaluate it as often as needed, on any thread.
public struct CompiledExpression: Sendable {
    /// The expression's text, as written.
    public let text: String
    /// Where the text starts (diagnostics point inside it).
    public let location: SourceLocation
    /// The type the checker gave it.
    public let type: RuleType
    /// What the checker estimates an evaluation may cost.
    public let cost: RuleCost
    let step: Step
    let localCount: Int
    /// The limits it was compiled under, whose budgets each evaluation gets.
    let limits: RuleLimits

    /// Evaluates against the variables of `activation` (by the slots of the environment the
    /// expression was compiled in). Runtime errors come back as values with their location,
    /// among them an evaluation stopped for going over the limits' budgets.
    public func evaluate(_ activation: Activation) -> Result<RuleValue, RuleError> {
        var frame = Frame(variables: activation.values, locals: localCount == 0 ? [] : Array(repeating: .null, count: localCount),
                          limits: limits)
        do throws(RuleError) {
            return .success(try step(&frame))
        } catch {
            return .failure(error)
        }
    }

    /// Evaluates a condition: true or false, or the runtime error.
    public func test(_ activation: Activation) -> Result<Bool, RuleError> {
        switch evaluate(activation) {
        case .success(.bool(let b)): .success(b)
        case .success(let other): .failure(RuleError(RuleMessages.wrongRuntimeType(expected: .bool, found: other.kindName), at: location))
        case .failure(let error): .failure(error)
        }
    }

    /// Evaluates inside a frame prepared by a decision table.
    func evaluate(in frame: inout Frame) throws(RuleError) -> RuleValue {
        try step(&frame)
    }
}
