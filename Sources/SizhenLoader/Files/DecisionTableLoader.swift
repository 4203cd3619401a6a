import SizhenDiagnostics
import SizhenRules

/// Loads decision-table files from disk: read (within the budget), parse, decode and check
/// against the environment, collecting every diagnostic.
public struct DecisionTableLoader: Sendable {
    /// The YAML limits.
    public var budget: YAMLBudget
    /// The variables the tables' expressions may read.
    public var environment: RuleEnvironment

    /// Creates a loader.
    public init(environment: RuleEnvironment, budget: YAMLBudget = .standard) {
        self.environment = environment
        self.budget = budget
    }

    /// Loads the table at `path`; nil when there were errors.
    public func load(_ path: String, sources: inout SourceFiles) -> (table: DecisionTable?, diagnostics: Diagnostics) {
        switch sources.read(path, maxBytes: budget.maxBytes) {
        case .success(let bytes): return decode(bytes: bytes, file: path)
        case .failure(let diagnostic): return (nil, Diagnostics([diagnostic]))
        }
    }

    /// Decodes table text already in memory.
    public func decode(bytes: [UInt8], file: String) -> (table: DecisionTable?, diagnostics: Diagnostics) {
        switch YAMLParser(budget: budget).parse(bytes: bytes, file: file) {
        case .failure(let diagnostics):
            return (nil, diagnostics)
        case .success(let root):
            var context = DecodingContext()
            let table = DecisionTableFileDecoder(environment: environment).decode(root, in: &context)
            return (context.diagnostics.hasErrors ? nil : table, context.diagnostics)
        }
    }
}
