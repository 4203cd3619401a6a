/// Bounds on what an expression may be, so that a rule can never exhaust the stack or run
/// for long: checked while parsing, before anything recurses over the tree.
public struct RuleLimits: Sendable, Hashable {
    /// The longest expression accepted, in Unicode scalars.
    public var maximumLength: Int
    /// The deepest nesting accepted: parentheses, lists, calls and chains of operators.
    public var maximumDepth: Int

    /// Creates limits.
    public init(maximumLength: Int, maximumDepth: Int) {
        self.maximumLength = maximumLength
        self.maximumDepth = maximumDepth
    }

    /// 10,000 characters and 100 levels: far beyond any rule an administrator writes.
    public static let standard = RuleLimits(maximumLength: 10_000, maximumDepth: 100)
}
