import SizhenDiagnostics

/// What one evaluation reads and writes: the activation's values, the frame slots of macro
/// variables and decision-table inputs, and what is left of the evaluation's budget.
///
/// The budget is the backstop of the checker's estimate (`CostEstimator`): whatever the values
/// turn out to be, an evaluation stops with an error once it has taken `RuleLimits.stepBudget`
/// steps or built `RuleLimits.memoryBudget` bytes of values (`CostModel` says what counts).
struct Frame {
    let variables: [RuleValue]
    var locals: [RuleValue]
    /// The steps left; below zero, the evaluation is over its budget.
    var stepsLeft: Int
    /// The bytes of values left to build; below zero, the evaluation is over its budget.
    private(set) var bytesLeft: Int
    private let limits: (steps: Int, bytes: Int)

    init(variables: [RuleValue], locals: [RuleValue], limits: RuleLimits) {
        self.variables = variables
        self.locals = locals
        self.stepsLeft = limits.stepBudget
        self.bytesLeft = limits.memoryBudget
        self.limits = (limits.stepBudget, limits.memoryBudget)
    }

    /// Whether the budget is spent: an error then ends the evaluation, even where the language
    /// would otherwise absorb it (`true || error`, `exists`).
    var isExhausted: Bool { stepsLeft < 0 || bytesLeft < 0 }

    /// Takes `steps` from the budget, or stops the evaluation at `location`.
    @inline(__always)
    mutating func spend(_ steps: Int, at location: SourceLocation) throws(RuleError) {
        stepsLeft &-= steps
        try checkSteps(at: location)
    }

    /// Stops the evaluation at `location` when the steps are spent (by `Operations.equals`).
    @inline(__always)
    func checkSteps(at location: SourceLocation) throws(RuleError) {
        if stepsLeft < 0 { throw RuleError(RuleMessages.stepBudget(limits.steps), at: location) }
    }

    /// Takes the building of `bytes` of values (and the `steps` of copying them) from the
    /// budget before they are built, or stops the evaluation at `location`.
    @inline(__always)
    mutating func build(_ bytes: Int, steps: Int = 0, at location: SourceLocation) throws(RuleError) {
        bytesLeft &-= bytes
        if bytesLeft < 0 { throw RuleError(RuleMessages.memoryBudget(limits.bytes), at: location) }
        if steps > 0 { try spend(steps, at: location) }
    }
}

/// A compiled node: evaluates against a frame. Closures over closures, built once, so an
/// evaluation does no name lookups and no type dispatch that the checker already decided.
typealias Step = @Sendable (inout Frame) throws(RuleError) -> RuleValue
