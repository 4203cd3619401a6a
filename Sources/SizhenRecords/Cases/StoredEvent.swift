/// A stored audit event with its sequence number.
public struct StoredEvent: Sendable, Hashable {
    /// The order it was written in.
    public var sequence: Int
    /// The event.
    public var event: EngineEvent
    /// The kind as stored (also kinds the engine type does not list, like `month_planned`).
    public var kindName: String

    /// Creates a stored event.
    public init(sequence: Int, event: EngineEvent, kindName: String) {
        self.sequence = sequence
        self.event = event
        self.kindName = kindName
    }
}
