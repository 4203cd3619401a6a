import SizhenCalendar
import SizhenDiagnostics
import SizhenModel

/// What every store answers: the state the engine resumes from, the months' plans, cases,
/// records and the event log. The SQLite store and the in-memory store implement it, and one
/// contract test suite holds them to the same answers (a PostgreSQL store runs the same suite).
///
/// Reads return rows in a fixed order, stated on each, so that every command prints the same
/// whatever the store. A stored row that cannot be read back as the value it was written as
/// is a `StoreError.undecodable`, never a default.
public protocol StoreReading: AnyObject, Sendable {
    /// What the store holds: real records or a simulation's. It is fixed when the store is
    /// created, in the transaction that creates it, and never changes; nil only for a store an
    /// earlier version made that no writing command has opened since (the real month's).
    func purpose() throws -> StorePurpose?
    /// Whether the store holds nothing at all: no plan, case, record, processed day nor import.
    func holdsNothing() throws -> Bool

    /// The last day processed, if any.
    func lastProcessedDay() throws -> CivilDate?
    /// Every case not closed, by id.
    func openCases() throws -> [EngineCase]
    /// Every timer not done, by due day then id.
    func pendingTimers() throws -> [EngineTimer]
    /// How many cases are open and how many timers pending.
    func openCounts() throws -> (cases: Int, timers: Int)
    /// Whether a case with this id was ever opened.
    func caseExists(_ id: String) throws -> Bool
    /// A case by id.
    func engineCase(_ id: String) throws -> EngineCase?
    /// The cases opened from `first` through `last`, by opening day then id.
    func cases(openedFrom first: CivilDate, through last: CivilDate) throws -> [EngineCase]
    /// Up to `limit` case ids that start with `prefix`, sorted (for "did you mean").
    func caseIDs(withPrefix prefix: String, limit: Int) throws -> [String]
    /// Whether an intake file with this digest was imported.
    func wasImported(digest: String) throws -> Bool

    /// Whether a month's plan is stored.
    func isMonthStored(_ month: YearMonth) throws -> Bool
    /// The planner's whole plan of a month as stored, if any.
    func storedPlan(_ month: YearMonth) throws -> Plan?
    /// The occurrences of a day: those planned on it (a sheet may have moved one away: its
    /// `heldOn` says where), and those a sheet moved to it (改期) or added on it (加开), by
    /// start, workflow, site and id.
    func occurrences(on date: CivilDate) throws -> [OccurrenceRef]
    /// The occurrences of a month (by rule date), by date, workflow, site and id.
    func occurrences(in month: YearMonth) throws -> [OccurrenceRef]
    /// Who is assigned to the occurrences held from `first` through `last` as the plan was
    /// published (a seat a substitute took reads as planned), by occurrence id, each list in
    /// slot then position order.
    func assignments(from first: CivilDate, through last: CivilDate) throws -> [String: [String]]
    /// The assignments of the occurrences held on a day, by occurrence, slot and position.
    func assignmentRows(on date: CivilDate) throws -> [AssignmentRow]
    /// The assignments of a month's occurrences, by occurrence, slot and position.
    func assignmentRows(in month: YearMonth) throws -> [AssignmentRow]
    /// Who sits at a month's occurrences, and on which day (the occurrence's date), in no
    /// particular order: what the engine notes so that no session is booked on a day a person
    /// sits. The same pairs as `assignmentRows(in:)` joined to `occurrences(in:)`.
    func sittings(in month: YearMonth) throws -> [(personID: String, date: CivilDate)]
    /// The slots of a month's occurrences nobody fills, by occurrence, slot and position.
    func unfilled(in month: YearMonth) throws -> [UnfilledRow]
    /// The rule dates of a month a holiday policy skipped, by date, workflow and site.
    func skipped(in month: YearMonth) throws -> [SkippedOccurrence]
    /// The sessions (panels, home visits) due from `first` through `last`, by due day then id.
    func sessions(from first: CivilDate, through last: CivilDate) throws -> [SessionRow]

    /// Service records, filtered, by date then id.
    func records(_ filter: RecordFilter) throws -> [ServiceRecord]
    /// The events dated from `first` through `last` of the given kinds (all kinds when nil), in
    /// the order written.
    func events(from first: CivilDate, through last: CivilDate, kinds: Set<EngineEvent.Kind>?) throws -> [StoredEvent]
    /// How many events of each kind are dated from `first` through `last`.
    func eventCounts(from first: CivilDate, through last: CivilDate) throws -> [EngineEvent.Kind: Int]
    /// The events of a case and of the cases escalated from it, in the order written.
    func story(of caseID: String) throws -> [StoredEvent]
    /// Residents' personal data from intake, by case id (read only when a user asks for it).
    func personalData() throws -> [String: PersonalData]

    /// The facts about the days from `first` through `last`, in the order they arrived.
    func facts(from first: CivilDate, through last: CivilDate) throws -> [Fact]
    /// The sittings the sheets moved to (改期) or added on (加开) the days from `first` through
    /// `last`, as the latest report of each says, by occurrence id.
    func sittingChanges(from first: CivilDate, through last: CivilDate) throws -> [SittingChange]
    /// The facts of any kind with this key (a case id, an occurrence id), in the order they arrived.
    func facts(key: String) throws -> [Fact]
    /// Up to `limit` facts that arrived after `arrival`, in the order they arrived.
    func facts(arrivedAfter arrival: Int, limit: Int) throws -> [Fact]
    /// How far the derived month stands against the facts.
    func derivationState() throws -> DerivationState
    /// The latest checkpoint at the start of a day on or before `day`.
    func checkpoint(onOrBefore day: CivilDate) throws -> EngineCheckpoint?
    /// A month's closing, if it is closed.
    func closing(_ month: YearMonth) throws -> MonthClosing?
    /// The months closed, in order.
    func closedMonths() throws -> [YearMonth]
}

/// How far the derived month stands against the facts: what the next derivation must do.
public struct DerivationState: Sendable, Hashable {
    /// The last day derived, if any.
    public var through: CivilDate?
    /// The last fact (its arrival number) the derived month includes.
    public var derivedArrival: Int
    /// The last fact stored.
    public var lastArrival: Int
    /// The earliest day of the facts stored after `derivedArrival`: where derivation must start again.
    public var earliestPending: CivilDate?
    /// The last day a command asked the month to be derived through (`rounds --date`).
    public var requested: CivilDate?
    /// The first and last days any fact is about.
    public var factDays: ClosedRange<CivilDate>?
    /// The last day an earlier version processed without facts: kept as it was, never derived again.
    public var frozenThrough: CivilDate?
    /// The last fact a run sheet has told (`rounds` says what arrived since).
    public var shownArrival = 0

    /// The last day the next derivation reaches: the latest of the day asked for, the last day
    /// of a fact, and the last day derived; nil when there is nothing to derive.
    public var horizon: CivilDate? { [requested, factDays?.upperBound, through].compactMap { $0 }.max() }

    /// The first day the next derivation derives again: the earliest day of a fact not yet
    /// derived, or the day after the last derived; never derived, the first day of a fact or
    /// the day asked for. Never a day an earlier version processed.
    public var from: CivilDate? {
        let next = through.map { through in min(earliestPending ?? through.adding(days: 1), through.adding(days: 1)) }
            ?? [factDays?.lowerBound, requested].compactMap { $0 }.min()
        return next.map { day in frozenThrough.map { max(day, $0.adding(days: 1)) } ?? day }
    }

    /// Creates a state.
    public init(through: CivilDate?, derivedArrival: Int, lastArrival: Int, earliestPending: CivilDate?, requested: CivilDate?,
                factDays: ClosedRange<CivilDate>?, frozenThrough: CivilDate? = nil) {
        self.through = through
        self.derivedArrival = derivedArrival
        self.lastArrival = lastArrival
        self.earliestPending = earliestPending
        self.requested = requested
        self.factDays = factDays
        self.frozenThrough = frozenThrough
    }
}

/// What changes a store. Each call is one transaction: all of it or none of it.
public protocol StoreWriting: AnyObject, Sendable {
    /// Writes a change set. Returns false, writing nothing, when another command already wrote
    /// the same work (the day is processed, the file imported): nothing is recorded twice.
    @discardableResult
    func commit(_ changes: ChangeSet) throws -> Bool
    /// Stores a month's occurrences, assignments, unfilled slots and skipped dates, unless the
    /// month is stored already.
    func storeMonth(_ plan: MonthPlan) throws
    /// Replaces, from `firstDay` on, the month's occurrences (but those a sheet moved or added:
    /// their facts refer to them), their assignments and unfilled slots and the skipped dates,
    /// with the plan's (days before keep theirs), and the stored plan: a re-publication after
    /// the calendar or the files changed.
    func replaceAssignments(_ plan: MonthPlan, from firstDay: CivilDate) throws
    /// Empties a simulation's store for a new run, all or nothing, and makes this handle its
    /// only writer: from then on, a read or write through a handle whose run another run has
    /// replaced fails with `StoreError.simulationReplaced` rather than mixing two runs. A store
    /// of real records refuses (`StoreError.wrongPurpose`) and keeps everything.
    func startSimulation() throws

    /// Appends facts, all or nothing, giving each its arrival number: a fact whose key holds the
    /// same payload already is left out (counted unchanged), one with another payload is a
    /// correction. With `imported`, nil (nothing written) when a file of that digest was
    /// imported before. A void removes the personal data of its case.
    func append(_ facts: [Fact], imported: (digest: String, file: String, rows: Int)?,
                personal: [(caseID: String, data: PersonalData?, note: String?)]) throws -> FactAppend?
    /// Asks the derived month to reach `day` (never moves it back).
    func request(through day: CivilDate) throws
    /// Notes that a run sheet has told the facts through `arrival` (never moves it back).
    func markShown(through arrival: Int) throws
    /// Replaces the derived month from `derived.from` on with `derived`, in one transaction;
    /// false, writing nothing, when a fact arrived after `derived.basedOn` (derive again).
    @discardableResult
    func writeDerived(_ derived: DerivedDays) throws -> Bool
    /// Closes a month with its frozen report; false, writing nothing, when it is closed already.
    @discardableResult
    func close(_ closing: MonthClosing) throws -> Bool
}

/// A store the engine and every command can use.
public typealias Store = StoreReading & StoreWriting

extension StoreReading {
    public func sittings(in month: YearMonth) throws -> [(personID: String, date: CivilDate)] {
        let dates = Dictionary(try occurrences(in: month).map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
        return try assignmentRows(in: month).compactMap { row in dates[row.occurrenceID].map { (row.personID, $0) } }
    }

    /// The days of `month`, by person id, on which a person has a session still to hold (a
    /// 会诊 panel, a 送法到家 visit): the planner keeps them from sitting anywhere those days.
    public func pendingSessionDays(in month: YearMonth) throws -> [String: Set<CivilDate>] {
        var days: [String: Set<CivilDate>] = [:]
        for timer in try pendingTimers() where timer.kind == .session && month.days.contains(timer.due) {
            for person in timer.people { days[person, default: []].insert(timer.due) }
        }
        return days
    }
}

/// What a store holds.
public enum StorePurpose: String, Sendable, Hashable, CaseIterable {
    /// What the clinics reported.
    case real
    /// A simulated month, written afresh by each simulation.
    case simulation
}

/// How a command opens a store. Every store checks the same things on opening, whatever the
/// database behind it: that it is this program's (not another program's file), that this
/// version knows every change made to its schema, and that its purpose is the one wanted.
public enum StoreAccess: Sendable, Hashable {
    /// Reading only: the store must exist and be this program's, of this version, of either
    /// purpose; nothing is created, upgraded or written.
    case reading
    /// Reading and writing a store of this purpose: created with it when missing (the purpose
    /// is written in the transaction that creates the store), upgraded when an earlier version
    /// made it; a store of the other purpose is refused.
    case writing(StorePurpose)

    /// The purpose wanted, when writing.
    public var purpose: StorePurpose? {
        if case .writing(let purpose) = self { return purpose }
        return nil
    }
}

/// Which service records to read.
public struct RecordFilter: Sendable, Hashable {
    /// Only this month.
    public var month: YearMonth?
    /// Only this site.
    public var site: String?
    /// Only this record type.
    public var type: String?

    /// A filter; nil means any.
    public init(month: YearMonth? = nil, site: String? = nil, type: String? = nil) {
        self.month = month
        self.site = site
        self.type = type
    }
}

/// A person in a slot of an occurrence, as stored: the plan's assignment itself.
public typealias AssignmentRow = MonthPlan.Assignment

/// A slot nobody fills, as stored: the plan's unfilled slot itself.
public typealias UnfilledRow = MonthPlan.Unfilled

/// A session (a panel sitting, a home visit), with the workflow of the case it serves and
/// whether it was held.
public struct SessionRow: Sendable, Hashable {
    /// The session's timer.
    public var timer: EngineTimer
    /// The workflow of its case (nil if the case is missing).
    public var workflowID: String?
    /// Whether it was held.
    public var isDone: Bool

    /// Creates a row.
    public init(timer: EngineTimer, workflowID: String?, isDone: Bool) {
        self.timer = timer
        self.workflowID = workflowID
        self.isDone = isDone
    }
}
