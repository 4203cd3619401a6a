import Foundation

/// Values kept by key, the oldest forgotten first past a capacity, safe to share between
/// threads: what a long-running front end keeps (the run sheets of `RunSheetCache`; in the web
/// server, the answers to uploads by request id and the run sheets' rendered HTML).
public final class KeptValues<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private var order: [Key] = []
    /// The most values kept.
    public let capacity: Int

    /// An empty store of at most `capacity` values.
    public init(capacity: Int) { self.capacity = max(1, capacity) }

    /// How many values are kept.
    public var count: Int { lock.withLock { values.count } }

    /// The value kept for `key`, if any.
    public func value(for key: Key) -> Value? {
        lock.withLock { values[key] }
    }

    /// Keeps `value` for `key`, forgetting the oldest past the capacity.
    public func keep(_ value: Value, for key: Key) {
        lock.withLock {
            if values.updateValue(value, forKey: key) == nil { order.append(key) }
            while order.count > capacity { values[order.removeFirst()] = nil }
        }
    }
}
