import SizhenCalendar
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
    /// The day now processed, when this change set closes a day.
    public var processedDay: CivilDate?
    /// Warnings for the person running the command (a deadline in an uncovered year …).
    public var warnings: [String] = []
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
        cases.isEmpty && records.isEmpty && events.isEmpty && timersAdded.isEmpty && timersDone.isEmpty && occurrencesHeld.isEmpty
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
    public var reason: String

    /// Creates a reassignment.
    public init(occurrenceID: String, absent: String, replacement: String?, reason: String) {
        self.occurrenceID = occurrenceID
        self.absent = absent
        self.replacement = replacement
        self.reason = reason
    }
}

/// What the engine reads from and writes to storage. The SQLite store implements it; a
/// shared PostgreSQL store can later, without the engine changing.
public protocol EngineStore: AnyObject {
    /// The last day rounds have processed, if any.
    func lastProcessedDay() throws -> CivilDate?
    /// Every case not yet closed.
    func openCases() throws -> [EngineCase]
    /// Every timer not yet done.
    func pendingTimers() throws -> [EngineTimer]
    /// Whether a case with this id exists (opened before), for idempotent intake.
    func caseExists(_ id: String) throws -> Bool
    /// Writes a change set in one transaction. Returns false, writing nothing, when another
    /// command has already written the same work (the day is processed, the file imported):
    /// two commands on one database never record anything twice.
    @discardableResult
    func commit(_ changes: ChangeSet) throws -> Bool
    /// Whether an intake file with this digest was imported before.
    func wasImported(digest: String) throws -> Bool
    /// Whether a month's occurrences and assignments are stored (its plan is pinned).
    func isMonthStored(_ month: YearMonth) throws -> Bool
    /// Stores a month's occurrences, assignments and unfilled slots in one transaction.
    func storeMonth(_ plan: MonthPlan) throws
    /// The stored plan's JSON of a month, if any.
    func storedPlanJSON(_ month: YearMonth) throws -> String?
    /// Replaces the assignments of the month's occurrences on days not yet processed (from
    /// `firstDay` on), in one transaction; days already processed keep theirs.
    func replaceAssignments(_ plan: MonthPlan, from firstDay: CivilDate) throws
    /// The stored occurrences held on a day, in order.
    func occurrences(on date: CivilDate) throws -> [OccurrenceRef]
    /// Who is assigned to each occurrence in the days, by occurrence id.
    func assignments(from first: CivilDate, through last: CivilDate) throws -> [String: [String]]
}

/// An occurrence as stored: enough to hold it and to print a run sheet.
public struct OccurrenceRef: Sendable, Hashable {
    /// The stable id.
    public var id: String
    /// The workflow.
    public var workflowID: String
    /// The site.
    public var siteID: String
    /// The day.
    public var date: CivilDate
    /// RFC 3339 start and end.
    public var start: String
    /// See `start`.
    public var end: String
    /// Why it moved, if it did.
    public var reason: String?

    /// Creates a reference.
    public init(id: String, workflowID: String, siteID: String, date: CivilDate, start: String, end: String, reason: String?) {
        self.id = id
        self.workflowID = workflowID
        self.siteID = siteID
        self.date = date
        self.start = start
        self.end = end
        self.reason = reason
    }
}

/// A month as stored: its occurrences with who fills each slot, and the slots nobody can fill.
public struct MonthPlan: Sendable {
    /// One person in one slot of an occurrence.
    public struct Assignment: Sendable, Hashable {
        public var occurrenceID: String
        public var slot: String
        public var position: Int
        public var personID: String
        public var reason: String

        /// Creates an assignment.
        public init(occurrenceID: String, slot: String, position: Int, personID: String, reason: String) {
            self.occurrenceID = occurrenceID
            self.slot = slot
            self.position = position
            self.personID = personID
            self.reason = reason
        }
    }

    /// A slot nobody can fill.
    public struct Unfilled: Sendable, Hashable {
        public var occurrenceID: String
        public var slot: String
        public var position: Int
        public var reason: String

        /// Creates an unfilled slot.
        public init(occurrenceID: String, slot: String, position: Int, reason: String) {
            self.occurrenceID = occurrenceID
            self.slot = slot
            self.position = position
            self.reason = reason
        }
    }

    /// The month.
    public var month: YearMonth
    /// Its occurrences.
    public var occurrences: [Occurrence]
    /// Who fills which slot.
    public var assignments: [Assignment]
    /// What nobody can fill.
    public var unfilled: [Unfilled]
    /// Rule dates not held (holiday policy `skip`).
    public var skipped: [SkippedOccurrence]
    /// The planner's whole plan with explanations and alternatives, as JSON, kept so that a
    /// later re-plan can pin it.
    public var planJSON: String?

    /// Creates a month plan.
    public init(month: YearMonth, occurrences: [Occurrence], assignments: [Assignment], unfilled: [Unfilled], skipped: [SkippedOccurrence] = [],
                planJSON: String? = nil) {
        self.month = month
        self.occurrences = occurrences
        self.assignments = assignments
        self.unfilled = unfilled
        self.skipped = skipped
        self.planJSON = planJSON
    }
}
