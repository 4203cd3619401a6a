import SizhenCalendar
import SizhenDiagnostics
import SizhenModel

/// Everything one step of the engine changed, written by the store in one transaction: either
/// all of it is in the database afterwards or none of it.
public struct ChangeSet: Sendable {
    /// Cases opened or changed (the latest state of each).
    public private(set) var cases: [String: EngineCase] = [:]
    /// The ids of `cases` in the order they were first saved (the order the store writes them).
    public private(set) var caseOrder: [String] = []
    /// Records written.
    public var records: [ServiceRecord] = []
    /// Audit events, in order.
    public var events: [EngineEvent] = []
    /// Timers set.
    public var timersAdded: [EngineTimer] = []
    /// Timers done (fired or cancelled), by id.
    public var timersDone: [String] = []
    /// Occurrences held, by id.
    public var occurrencesHeld: [String] = []
    /// Occurrences a sheet reports not held, by id.
    public var occurrencesNotHeld: [String] = []
    /// Sittings a sheet adds besides the plan (加开), held that day.
    public var occurrencesAdded: [OccurrenceRef] = []
    /// Sittings a sheet moves to the day (改期), by id.
    public var occurrencesMoved: [String] = []
    /// The day now processed, when this change set closes a day.
    public var processedDay: CivilDate?
    /// Warnings for the person running the command (a deadline in an uncovered year …).
    public var warnings: [Message] = []
    /// Assignments changed on the day (an absent person replaced, or left unfilled).
    public var reassigned: [Reassignment] = []
    /// An intake file imported by this change set (its digest makes importing it again a no-op).
    public var imported: (digest: String, file: String, rows: Int)?
    /// Residents' personal data from intake, by case id: stored only in the intake table.
    public var personal: [(caseID: String, data: PersonalData?, note: String?)] = []

    /// An empty change set.
    public init() {}

    /// Whether nothing changed.
    public var isEmpty: Bool {
        cases.isEmpty && records.isEmpty && events.isEmpty && timersAdded.isEmpty && timersDone.isEmpty && occurrencesHeld.isEmpty && occurrencesNotHeld.isEmpty
            && occurrencesAdded.isEmpty && occurrencesMoved.isEmpty
            && processedDay == nil
    }

    /// Records a case's new state.
    public mutating func save(_ engineCase: EngineCase) {
        if cases.updateValue(engineCase, forKey: engineCase.id) == nil { caseOrder.append(engineCase.id) }
    }

    /// Appends an event.
    public mutating func log(_ event: EngineEvent) { events.append(event) }
}

/// A person replaced in an occurrence's slot on the day (a sick day in the simulation).
public struct Reassignment: Sendable, Hashable {
    /// The occurrence.
    public var occurrenceID: String
    /// Who was assigned.
    public var absent: String
    /// Who replaces them; nil when nobody can (the slot is then unfilled).
    public var replacement: String?
    /// Why the replacement was chosen, or why nobody could be.
    public var reason: Message

    /// Creates a reassignment.
    public init(occurrenceID: String, absent: String, replacement: String?, reason: Message) {
        self.occurrenceID = occurrenceID
        self.absent = absent
        self.replacement = replacement
        self.reason = reason
    }
}
