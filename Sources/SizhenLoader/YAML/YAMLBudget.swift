/// Limits the loader enforces itself, so that a hostile or broken file is refused quickly
/// with bounded memory: libyaml checks none of them.
public struct YAMLBudget: Sendable, Hashable {
    /// The largest file accepted, in bytes (default 8 MiB).
    public var maxBytes: Int
    /// The deepest nesting of lists and mappings (default 64).
    public var maxDepth: Int
    /// The most nodes a document may have once aliases are expanded (default 1,000,000):
    /// this is what stops a "billion laughs" file.
    public var maxNodes: Int

    /// Creates a budget.
    public init(maxBytes: Int = 8 << 20, maxDepth: Int = 64, maxNodes: Int = 1_000_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    /// The defaults.
    public static let standard = YAMLBudget()
}
