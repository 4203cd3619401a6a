/// Bounds on what an expression may be and may cost, so that a rule can never exhaust the
/// stack or the memory, nor run for long.
///
/// The length and the depth are checked while parsing, before anything recurses over the tree.
/// The cost and the memory are estimated by the checker for the worst case (`RuleCost`), with
/// the sizes of values the rule does not know taken from `assumedItems` and `assumedTextBytes`:
/// a rule over a limit is an error when it is loaded. The budgets stop an evaluation that goes
/// beyond them anyway (on values larger than assumed) with an error, as a backstop.
public struct RuleLimits: Sendable, Hashable {
    /// The longest expression accepted, in Unicode scalars.
    public var maximumLength: Int
    /// The deepest nesting accepted: parentheses, lists, calls and chains of operators.
    public var maximumDepth: Int
    /// The most steps the checker's worst-case estimate of an evaluation may come to.
    public var maximumCost: Int
    /// The most bytes of lists, maps and text the estimate of an evaluation may build.
    public var maximumMemory: Int
    /// The items of a list or the entries of a map the estimate assumes where the rule does
    /// not know them (a list field of the case, a list of `dyn` values).
    public var assumedItems: Int
    /// The UTF-8 bytes of text the estimate assumes where the rule does not know them (a text
    /// field of the case).
    public var assumedTextBytes: Int
    /// The most steps an evaluation takes before it stops with `rules.step-budget`.
    public var stepBudget: Int
    /// The most bytes of values an evaluation builds before it stops with `rules.memory-budget`.
    public var memoryBudget: Int

    /// Creates limits; those not given are the standard ones.
    public init(maximumLength: Int, maximumDepth: Int,
                maximumCost: Int = 1_000_000, maximumMemory: Int = 16 << 20,
                assumedItems: Int = 100, assumedTextBytes: Int = 1_024,
                stepBudget: Int = 10_000_000, memoryBudget: Int = 64 << 20) {
        self.maximumLength = maximumLength
        self.maximumDepth = maximumDepth
        self.maximumCost = maximumCost
        self.maximumMemory = maximumMemory
        self.assumedItems = assumedItems
        self.assumedTextBytes = assumedTextBytes
        self.stepBudget = stepBudget
        self.memoryBudget = memoryBudget
    }

    /// 10,000 characters and 100 levels; an estimate of at most 1,000,000 steps (what Kubernetes
    /// allows one CEL validation rule, a few milliseconds) and 16 MiB, with lists of unknown size
    /// taken as 100 items and text as 1,024 bytes; an evaluation stopped after 10,000,000 steps
    /// or 64 MiB. Far beyond any rule an administrator writes.
    public static let standard = RuleLimits(maximumLength: 10_000, maximumDepth: 100)
}
