import SizhenDiagnostics

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

/// Events as the database stores keep them: the events one case has on one day, written one
/// after another, share a row of `events`. A case writes about six events a day it moves (opened,
/// steps run and skipped, tables matched, closed); a row each made the log most of what a day's
/// derivation wrote. The row's own columns hold the first event, `more` the rest and `kinds`
/// their kinds (so that the log is still counted and filtered by kind in SQL), and its `seq` is
/// the number of its last event: each event keeps the number it would have had in a row of its
/// own, and a row written after it is numbered after all of them.
public struct EventPack: Sendable, Hashable {
    /// The first event.
    public var first: EngineEvent
    /// The events after it, of the same case and day.
    public var more: [EngineEvent]

    /// The most events in one row.
    public static let capacity = 64

    /// How many events the row holds.
    public var count: Int { 1 + more.count }

    /// `events` in order, the consecutive events of one case on one day in one pack (an event
    /// of no case, a plan's or a sitting's, has a row of its own).
    public static func packs(_ events: [EngineEvent]) -> [EventPack] {
        var packs: [EventPack] = []
        for event in events {
            if let caseID = event.caseID, var last = packs.last, last.first.caseID == caseID, last.first.date == event.date, last.count < capacity {
                last.more.append(event)
                packs[packs.count - 1] = last
            } else {
                packs.append(EventPack(first: event, more: []))
            }
        }
        return packs
    }

    /// `more` as stored: `{"events":[["step_run","<occurrence or empty>",{"code":…,"args":{…}}],…]}`;
    /// nil for a pack of one.
    public var moreJSON: String? {
        guard !more.isEmpty else { return nil }
        var writer = JSONWriter(capacity: 256 * more.count)
        writeMore(into: &writer)
        return writer.text
    }

    /// Appends `moreJSON` (of a pack of more than one).
    public func writeMore(into writer: inout JSONWriter) {
        writer.raw("{\"events\":")
        writer.array(more) { writer, event in
            writer.raw("[")
            writer.string(event.kind.rawValue)
            writer.raw(",")
            writer.string(event.occurrenceID ?? "")
            writer.raw(",")
            event.message.write(into: &writer)
            writer.raw("]")
        }
        writer.raw("}")
    }

    /// `kinds` as stored: the kinds of `more`, in order, separated by spaces; nil for a pack of one.
    public var kindsText: String? { more.isEmpty ? nil : more.map(\.kind.rawValue).joined(separator: " ") }

    /// The events after the first of a stored row (`more`), of `first`'s case and day; nil when
    /// the text is not what `moreJSON` writes.
    public static func more(_ json: String, after first: EngineEvent) -> [EngineEvent]? {
        guard let stored = Message(code: "events", argumentsJSON: json), stored.arguments.count == 1,
              case .list(let items) = stored.arguments[0].value else { return nil }
        var events: [EngineEvent] = []
        events.reserveCapacity(items.count)
        for item in items {
            guard case .list(let parts) = item, parts.count == 3, case .text(let kindName) = parts[0], let kind = EngineEvent.Kind(rawValue: kindName),
                  case .text(let occurrence) = parts[1], case .message(let message) = parts[2] else { return nil }
            events.append(EngineEvent(date: first.date, kind: kind, caseID: first.caseID, occurrenceID: occurrence.isEmpty ? nil : occurrence,
                                      message: message))
        }
        return events
    }

    /// The kinds in a stored `kinds`, each as often as it occurs; nil when one is unknown.
    public static func kinds(_ text: String) -> [EngineEvent.Kind]? {
        var kinds: [EngineEvent.Kind] = []
        for name in text.split(separator: " ") {
            guard let kind = EngineEvent.Kind(rawValue: String(name)) else { return nil }
            kinds.append(kind)
        }
        return kinds
    }
}
