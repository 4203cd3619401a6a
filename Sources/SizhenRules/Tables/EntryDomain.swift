/// What an input entry accepts, as far as can be told without running it: used at load time
/// to find overlapping rows of a `unique` table and input combinations no row covers.
enum EntryDomain: Sendable {
    /// `-`: everything.
    case any
    /// An entry whose values depend on other variables or are not literals.
    case unknown
    /// Literal text and truth values (`"婚恋", "家庭"`), keyed `s:婚恋` / `b:true`; negated by `not(…)`.
    case discrete(Set<String>, negated: Bool)
    /// Numbers: a union of intervals.
    case numeric([NumericInterval])

    static func key(_ value: RuleValue) -> String? {
        switch value {
        case .string(let s): "s:" + s
        case .bool(let b): "b:" + (b ? "true" : "false")
        default: nil
        }
    }

    /// The finite set of keys an input of `type` can take, if it has one (enumerations, bool).
    static func finiteDomain(_ type: RuleType) -> [String]? {
        switch type {
        case .enumeration(let values): values.map { "s:" + $0 }
        case .bool: ["b:true", "b:false"]
        default: nil
        }
    }

    func union(_ other: EntryDomain) -> EntryDomain {
        switch (self, other) {
        case (.any, _), (_, .any): .any
        case let (.discrete(a, false), .discrete(b, false)): .discrete(a.union(b), negated: false)
        case let (.numeric(a), .numeric(b)): .numeric(a + b)
        default: .unknown
        }
    }

    var negated: EntryDomain {
        switch self {
        case .any, .unknown: .unknown
        case let .discrete(set, negated): .discrete(set, negated: !negated)
        case .numeric(let intervals): .numeric(NumericInterval.complement(of: intervals))
        }
    }

    /// The keys accepted out of a finite domain, or nil when that cannot be told.
    func accepted(in domain: [String]) -> Set<String>? {
        switch self {
        case .any: Set(domain)
        case .unknown, .numeric: nil
        case let .discrete(set, negated): negated ? Set(domain).subtracting(set) : set.intersection(domain)
        }
    }

    /// Whether some value is accepted by both entries: true or false when that is certain,
    /// nil when it cannot be told.
    static func overlap(_ a: EntryDomain, _ b: EntryDomain, type: RuleType) -> Bool? {
        if let finite = finiteDomain(type) {
            guard let x = a.accepted(in: finite), let y = b.accepted(in: finite) else { return nil }
            return !x.isDisjoint(with: y)
        }
        switch (a, b) {
        case (.unknown, _), (_, .unknown): return nil
        case (.any, _), (_, .any): return true
        case let (.discrete(x, false), .discrete(y, false)): return !x.isDisjoint(with: y)
        case let (.discrete(x, false), .discrete(y, true)), let (.discrete(y, true), .discrete(x, false)): return !x.subtracting(y).isEmpty
        case (.discrete(_, true), .discrete(_, true)): return true
        case let (.numeric(x), .numeric(y)):
            let integral = type == .int
            let xs = x.compactMap { integral ? $0.integral : $0 }
            let ys = y.compactMap { integral ? $0.integral : $0 }
            return xs.contains { i in ys.contains { i.intersects($0) } }
        default: return nil
        }
    }
}

/// An interval of numbers with open or closed ends (infinite ends are open).
struct NumericInterval: Sendable, Hashable {
    var lower: Double
    var lowerClosed: Bool
    var upper: Double
    var upperClosed: Bool

    static let everything = NumericInterval(lower: -.infinity, lowerClosed: false, upper: .infinity, upperClosed: false)

    static func point(_ value: Double) -> NumericInterval {
        NumericInterval(lower: value, lowerClosed: true, upper: value, upperClosed: true)
    }

    var isEmpty: Bool { lower > upper || (lower == upper && !(lowerClosed && upperClosed)) }

    func intersects(_ other: NumericInterval) -> Bool {
        let low = lower > other.lower ? (lower, lowerClosed) : other.lower > lower ? (other.lower, other.lowerClosed) : (lower, lowerClosed && other.lowerClosed)
        let high = upper < other.upper ? (upper, upperClosed) : other.upper < upper ? (other.upper, other.upperClosed) : (upper, upperClosed && other.upperClosed)
        return low.0 < high.0 || (low.0 == high.0 && low.1 && high.1)
    }

    /// The same interval over integers only (closed integral ends), or nil when it holds none.
    var integral: NumericInterval? {
        var low = lower.isFinite ? (lowerClosed ? lower.rounded(.up) : (lower + 1).rounded(.down)) : lower
        var high = upper.isFinite ? (upperClosed ? upper.rounded(.down) : (upper - 1).rounded(.up)) : upper
        if !lowerClosed, lower.isFinite, lower != lower.rounded(.down) { low = lower.rounded(.up) }
        if !upperClosed, upper.isFinite, upper != upper.rounded(.up) { high = upper.rounded(.down) }
        let result = NumericInterval(lower: low, lowerClosed: low.isFinite, upper: high, upperClosed: high.isFinite)
        return result.isEmpty ? nil : result
    }

    static func complement(of intervals: [NumericInterval]) -> [NumericInterval] {
        let sorted = intervals.filter { !$0.isEmpty }.sorted { ($0.lower, $0.lowerClosed ? 0 : 1) < ($1.lower, $1.lowerClosed ? 0 : 1) }
        var result: [NumericInterval] = []
        var cursor = -Double.infinity
        var cursorClosed = false  // whether `cursor` itself is still uncovered
        for interval in sorted {
            let gap = NumericInterval(lower: cursor, lowerClosed: cursorClosed, upper: interval.lower, upperClosed: !interval.lowerClosed)
            if !gap.isEmpty, gap.lower != -.infinity || gap.upper != -.infinity { result.append(gap) }
            if interval.upper > cursor || (interval.upper == cursor && interval.upperClosed) {
                cursor = interval.upper
                cursorClosed = !interval.upperClosed
            }
        }
        let tail = NumericInterval(lower: cursor, lowerClosed: cursorClosed, upper: .infinity, upperClosed: false)
        if !tail.isEmpty, cursor != .infinity { result.append(tail) }
        return result
    }
}
