import SizhenDiagnostics
import SizhenLoader
import SizhenRules

/// Evaluates one rule expression, optionally with variables from a JSON file: `sizhen eval`.
public struct EvalOperation: Sendable {
    /// The expression, in the rule language.
    public var expression: String
    /// A JSON file whose top-level keys are the variables.
    public var variablesFile: String?

    /// The largest variables file read.
    public static let maximumBytes = 10 * 1024 * 1024

    /// An operation.
    public init(expression: String, variablesFile: String? = nil) {
        self.expression = expression
        self.variablesFile = variablesFile
    }

    /// The expression's value.
    public func run() -> Outcome<RuleValue> {
        perform { run in
            var environment = RuleEnvironment()
            var activation = environment.makeActivation()
            if let variablesFile {
                switch run.sources.read(variablesFile, maxBytes: Self.maximumBytes, tooLargeHint: nil, flag: "--with") {
                case .failure(let problem): throw run.fail(problem)
                case .success(let bytes):
                    var reader = JSONVariables(String(decoding: bytes, as: UTF8.self), file: variablesFile)
                    do throws(JSONVariables.Failure) {
                        (environment, activation) = try reader.read()
                    } catch {
                        throw run.fail(error.diagnostic)
                    }
                }
            }
            run.sources.remember(expression, as: "expr")
            let compiled: CompiledExpression
            switch RuleCompiler.compile(expression, at: SourceLocation(file: "expr", line: 1, column: 1), in: environment) {
            case .success(let found): compiled = found
            case .failure(let found): try run.check(found); throw Stop()
            }
            switch compiled.evaluate(activation) {
            case .success(let value): return value
            case .failure(let error): throw run.fail(error.diagnostic)
            }
        }
    }
}
