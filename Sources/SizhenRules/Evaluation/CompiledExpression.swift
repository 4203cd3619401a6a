import SizhenDiagnostics

/// A checked, compiled expression: evaluate it as often as needed, on any thread.
public struct CompiledExpression: Sendable {
    /// The expression's text, as written.
    public let text: String
    /// Where the text starts (diagnostics point inside it).
    public let location: SourceLocation
    /// The type the checker gave it.
    public let type: RuleType
    let step: Step
    let localCount: Int

    /// Evaluates against the variables of `activation` (by the slots of the environment the
    /// expression was compiled in). Runtime errors come back as values with their location.
    public func evaluate(_ activation: Activation) -> Result<RuleValue, RuleError> {
        var frame = Frame(variables: activation.values, locals: localCount == 0 ? [] : Array(repeating: .null, count: localCount))
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
