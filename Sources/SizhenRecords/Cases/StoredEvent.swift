/// An event of the log with its sequence number: the order it was written in.
public struct StoredEvent: Sendable, Hashable {
    /// The order it was written in.
    public var sequence: Int
    /// The event.
    public var event: EngineEvent

    /// Creates a stored event.
    public init(sequence: Int, event: EngineEvent) {
        self.sequence = sequence
        self.event = event
    }
}
