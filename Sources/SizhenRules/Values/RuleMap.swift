/// A map value: entries in insertion order (so that output is deterministic) with an index
/// for lookups. Keys are ints, strings or bools, as in CEL.
public struct RuleMap: Sendable, Hashable {
    /// The entries, in the order they were inserted.
    public private(set) var entries: [(key: RuleValue, value: RuleValue)] = []
    private var positions: [MapKey: Int] = [:]

    /// An empty map.
    public init() {}

    /// A map from entries in order; a later duplicate key replaces the earlier value.
    public init(_ entries: [(RuleValue, RuleValue)]) {
        for (key, value) in entries { _ = insert(key, value) }
    }

    /// The number of entries.
    public var count: Int { entries.count }

    /// Inserts or replaces; false when the key cannot be a map key (a double with a fraction,
    /// a list, a map, null).
    @discardableResult
    public mutating func insert(_ key: RuleValue, _ value: RuleValue) -> Bool {
        guard let mapKey = MapKey(key) else { return false }
        if let position = positions[mapKey] {
            entries[position].value = value
        } else {
            positions[mapKey] = entries.count
            entries.append((key, value))
        }
        return true
    }

    /// The value for `key`, or nil.
    public subscript(key: RuleValue) -> RuleValue? {
        guard let mapKey = MapKey(key), let position = positions[mapKey] else { return nil }
        return entries[position].value
    }

    /// Whether `key` is present.
    public func contains(_ key: RuleValue) -> Bool { self[key] != nil }

    public static func == (lhs: RuleMap, rhs: RuleMap) -> Bool {
        lhs.entries.count == rhs.entries.count
            && zip(lhs.entries, rhs.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(entries.count)
        for entry in entries {
            hasher.combine(entry.key)
            hasher.combine(entry.value)
        }
    }
}

/// A map key as hashed: text by its code points (not Swift's canonical equivalence), and a
/// double equal to an integer found under that integer, as CEL's heterogeneous equality asks.
struct MapKey: Hashable {
    enum Storage: Hashable {
        case int(Int64)
        case string([UInt8])
        case bool(Bool)
    }

    let storage: Storage

    init?(_ value: RuleValue) {
        switch value {
        case .int(let int): storage = .int(int)
        case .string(let text): storage = .string(Array(text.utf8))
        case .bool(let bool): storage = .bool(bool)
        case .double(let double):
            guard let int = Int64(exactly: double) else { return nil }
            storage = .int(int)
        default: return nil
        }
    }
}
