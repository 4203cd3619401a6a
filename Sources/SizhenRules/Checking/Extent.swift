/// A range of counts (steps, bytes, elements), from the least to the most, whose arithmetic
/// saturates at `Int.max`: an estimate too large to count is simply too large.
struct Extent: Sendable, Hashable {
    var min: Int
    var max: Int

    init(_ min: Int, _ max: Int) {
        self.min = min
        self.max = max
    }

    /// Exactly `count`.
    static func exactly(_ count: Int) -> Extent { Extent(count, count) }

    /// Anything from none to `count`.
    static func upTo(_ count: Int) -> Extent { Extent(0, count) }

    /// None.
    static let zero = Extent(0, 0)

    static func + (a: Extent, b: Extent) -> Extent {
        Extent(a.min.addingSaturating(b.min), a.max.addingSaturating(b.max))
    }

    static func * (a: Extent, b: Extent) -> Extent {
        Extent(a.min.multipliedSaturating(by: b.min), a.max.multipliedSaturating(by: b.max))
    }

    /// The range covering both.
    func union(_ other: Extent) -> Extent { Extent(Swift.min(min, other.min), Swift.max(max, other.max)) }

    /// Both ends through a function that never decreases (`CostModel.textSteps`).
    func map(_ transform: (Int) -> Int) -> Extent { Extent(transform(min), transform(max)) }
}
