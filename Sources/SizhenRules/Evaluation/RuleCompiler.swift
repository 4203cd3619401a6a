import SizhenDiagnostics

/// The front door of the rule language: parse, check against an environment, compile.
/// Each phase stops the pipeline when it reports errors.
public enum RuleCompiler {
    /// Compiles `text`, whose first character is at `origin` (diagnostics point at the column
    /// inside the text, counted in Unicode scalars). With `expecting`, the result must have
    /// that type (`.bool` for a `when`).
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
        var checker = Checker(environment: environment, origin: origin)
        let typed = checker.check(syntax, expecting: expecting)
        guard let typed, !checker.diagnostics.hasErrors else { return .failure(checker.diagnostics) }
        return .success(CompiledExpression(text: text, location: origin, type: typed.type,
                                           step: Lowering.lower(typed.plan), localCount: checker.localCount))
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
}

extension RuleCompiler {
    /// Checks and compiles a parsed node for a decision table: frame slots below
    /// `reservedLocals` hold the table's inputs, and `input` is what an entry tests.
    static func compile(
        _ node: SyntaxNode,
        text: String,
        at origin: SourceLocation,
        in environment: RuleEnvironment,
        expecting: RuleType?,
        reservedLocals: Int,
        input: (type: RuleType, slot: Int, name: String)? = nil
    ) -> Result<(compiled: CompiledExpression, constant: RuleValue?), Diagnostics> {
        var checker = Checker(environment: environment, origin: origin, reservedLocals: reservedLocals, input: input)
        let typed = checker.check(node, expecting: expecting)
        guard let typed, !checker.diagnostics.hasErrors else { return .failure(checker.diagnostics) }
        let compiled = CompiledExpression(text: text, location: origin, type: typed.type, step: Lowering.lower(typed.plan),
                                          localCount: checker.localCount)
        return .success((compiled, typed.plan.constant))
    }
}
