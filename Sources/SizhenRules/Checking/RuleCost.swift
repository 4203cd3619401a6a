/// What the checker estimates evaluating an expression may cost, before it runs: the fewest
/// and the most steps, and the most bytes of values built, in the units of the cost model
/// (docs/rules.md, "Cost"). The most is a worst case over every value the rule may read, with
/// the sizes of `RuleLimits` assumed where the types do not bound them.
public struct RuleCost: Sendable, Hashable {
    /// The fewest steps an evaluation may take.
    public var minimumSteps: Int
    /// The most steps an evaluation may take (`Int.max`: too many to count).
    public var maximumSteps: Int
    /// The most bytes of lists, maps and text an evaluation may build.
    public var maximumBytes: Int
    /// The size of the result, from the least to the most: the UTF-8 bytes of a text, the
    /// elements of a list or the entries of a map; nil for a number, a bool, null or a record.
    public var resultSize: ClosedRange<Int>?

    /// Creates an estimate.
    public init(minimumSteps: Int, maximumSteps: Int, maximumBytes: Int, resultSize: ClosedRange<Int>?) {
        self.minimumSteps = minimumSteps
        self.maximumSteps = maximumSteps
        self.maximumBytes = maximumBytes
        self.resultSize = resultSize
    }
}

extension CostEstimator.Estimate {
    /// The estimate as the checker reports it.
    var cost: RuleCost {
        let size: Extent?
        switch shape {
        case .scalar, .record: size = nil
        case .text(let bytes): size = bytes
        case .list(let count, _), .map(let count, _, _): size = count
        case .any(let text, let items): size = text.union(items)
        }
        return RuleCost(minimumSteps: steps.min, maximumSteps: steps.max, maximumBytes: bytes.max,
                        resultSize: size.map { $0.min...$0.max })
    }
}
