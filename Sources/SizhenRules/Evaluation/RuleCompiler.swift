import SizhenDiagnostics

/// The front door of the rule language: parse, check against an environment (types, then
/// cost), compile. Each phase stops the pipeline when it reports errors.
public enum RuleCompiler {
    /// Compiles `text`, whose first character is at `origin` (diagnostics point at the column
    /// inside the text, counted in Unicode scalars). With `expecting`, the result must have
    /// that type (`.bool` for a `when`). An expression whose estimated cost is over `limits`
    /// is an error; the compiled expression stops when it goes over the limits' budgets.
    public static func compile(
        _ text: String,
        at origin: SourceLocation,
        in environment: RuleEnvironment,
        expecting: RuleType? = nil,
        limits: RuleLimits = .standard
    ) -> Result<CompiledExpression, Diagnostics> {
        let syntax: SyntaxNode
        switch parse(text, at: origin, limits: limits) {
        case .success(let node): syntax = node
        case .failure(let diagnostics): return .failure(diagnostics)
        }
        return compile(syntax, text: text, at: origin, in: environment, expecting: expecting, limits: limits, reservedLocals: 0)
            .map(\.compiled)
    }

    /// Parses `text` without checking it.
    static func parse(_ text: String, at origin: SourceLocation, limits: RuleLimits) -> Result<SyntaxNode, Diagnostics> {
        var parser = Parser(text, limits: limits)
        do throws(SyntaxError) {
            return .success(try parser.parse())
        } catch {
            return .failure(Diagnostics([.error(error.message, at: origin.advanced(byColumns: error.offset), hint: error.hint)]))
        }
    }

    /// Checks, estimates and compiles a parsed node. For a decision table, frame slots below
    /// `reservedLocals` hold the table's inputs, and `input` is what an entry tests.
    static func compile(
        _ node: SyntaxNode,
        text: String,
        at origin: SourceLocation,
        in environment: RuleEnvironment,
        expecting: RuleType?,
        limits: RuleLimits,
        reservedLocals: Int,
        input: (type: RuleType, slot: Int, name: String)? = nil
    ) -> Result<(compiled: CompiledExpression, constant: RuleValue?), Diagnostics> {
        var checker = Checker(environment: environment, origin: origin, reservedLocals: reservedLocals, input: input)
        let typed = checker.check(node, expecting: expecting)
        guard let typed, !checker.diagnostics.hasErrors else { return .failure(checker.diagnostics) }
        var estimator = CostEstimator(environment: environment, limits: limits,
                                      locals: input.map { [$0.slot: ValueShape($0.type, assuming: limits)] } ?? [:])
        let estimate = estimator.estimate(typed.plan, at: origin)
        guard !estimator.diagnostics.hasErrors else { return .failure(estimator.diagnostics) }
        let compiled = CompiledExpression(text: text, location: origin, type: typed.type, cost: estimate.cost,
                                          step: Lowering.lower(typed.plan), localCount: checker.localCount, limits: limits)
        return .success((compiled, typed.plan.constant))
    }
}
