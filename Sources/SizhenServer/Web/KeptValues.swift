import Foundation

/// Values kept by key, the oldest forgotten first past a capacity: the answers to the uploads
/// already answered (by account and request id: a form sent twice, a double click or a reload,
/// gets the first answer again instead of a second import; the import is idempotent by the
/// sheet's digest as well, this keeps the answer the same), and the run sheets' HTML and JSON
/// already rendered (by the sheet's revision and who it was limited to).
final class KeptValues<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]
    private var order: [String] = []
    /// The most values kept.
    let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    func value(for key: String) -> Value? {
        lock.withLock { values[key] }
    }

    func keep(_ value: Value, for key: String) {
        lock.withLock {
            if values.updateValue(value, forKey: key) == nil { order.append(key) }
            while order.count > capacity { values[order.removeFirst()] = nil }
        }
    }
}
