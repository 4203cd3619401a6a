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
    /// The most bytes of text (keys and values) a document may hold once aliases are expanded
    /// (default twice `maxBytes`, 16 MiB): what stops a few large values used many times (a
    /// 1 MiB value used a thousand times is a gigabyte to every reader of the tree). A file
    /// without aliases never comes near it, since its text is at most its size.
    public var maxExpandedBytes: Int

    /// Creates a budget; `maxExpandedBytes` defaults to twice `maxBytes`.
    public init(maxBytes: Int = 8 << 20, maxDepth: Int = 64, maxNodes: Int = 1_000_000, maxExpandedBytes: Int? = nil) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxExpandedBytes = maxExpandedBytes ?? 2 * maxBytes
    }

    /// The defaults.
    public static let standard = YAMLBudget()
}
