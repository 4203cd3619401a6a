import SizhenRecords
/// A deterministic random number generator (SplitMix64): the same seed gives the same
/// sequence on every machine. The simulation never reads system randomness.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator from a seed.
    public init(seed: UInt64) { state = seed }

    /// A generator for one part of the run (an occurrence), independent of how many numbers
    /// other parts drew: seeded from the run's seed and the part's name.
    public init(seed: UInt64, stream: String) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in stream.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        self.init(seed: seed ^ hash)
        _ = next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// A Poisson-distributed count with mean `mean` (Knuth's method below 30, a rounded normal
    /// approximation above).
    public mutating func poisson(_ mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        if mean < 30 {
            let limit = exp(-mean)
            var product = unit()
            var count = 0
            while product > limit {
                product *= unit()
                count += 1
            }
            return count
        }
        // Box–Muller.
        let u1 = max(unit(), 1e-12), u2 = unit()
        let normal = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
        return max(0, Int((mean + normal * mean.squareRoot()).rounded()))
    }

    /// One of `choices` with the given weights (which need not add up to 1); nil when empty.
    public mutating func pick<T>(_ choices: [(T, Double)]) -> T? {
        let total = choices.reduce(0) { $0 + max(0, $1.1) }
        guard total > 0 else { return choices.first?.0 }
        var target = unit() * total
        for (value, weight) in choices {
            target -= max(0, weight)
            if target < 0 { return value }
        }
        return choices.last?.0
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
