import SizhenCalendar
import SizhenModel
import SizhenRules

/// The facts that count, day by day: of each kind and key the latest to arrive (a correction
/// replaces what it corrects), without the cases a later void withdrew. What the engine
/// derives a day from.
public struct FactBook: Sendable {
    /// A day's facts that count.
    public struct Day: Sendable {
        /// The reports of occurrences as a whole, by occurrence id.
        public var reports: [String: Fact.Sitting] = [:]
        /// The case fields an event's report gives (活动形式, 资料份数), by occurrence id.
        public var eventFields: [String: [String: RuleValue]] = [:]
        /// The cases to open, by case id.
        public var cases: [CaseInput] = []
        /// The visits and panels reported as taking place that day, by case id then step.
        public var sessions: [Fact.Session] = []
    }

    /// By day.
    public private(set) var days: [CivilDate: Day] = [:]

    /// The facts that count among `facts` (any order: the arrival numbers decide). Throws
    /// `StoreError.undecodable` for a payload this version cannot read.
    public init(_ facts: [Fact], caseType: ObjectType?, store: String) throws {
        var latest: [Fact.Kind: [String: Fact]] = [:]
        for fact in facts {
            if let known = latest[fact.kind]?[fact.key], known.arrival > fact.arrival { continue }
            latest[fact.kind, default: [:]][fact.key] = fact
        }
        let voids = latest[.void] ?? [:]
        for fact in (latest[.sitting] ?? [:]).values {
            guard let payload = Fact.Sitting.read(fact.payload) else { throw Self.undecodable(fact, store: store) }
            days[fact.on, default: Day()].reports[fact.key] = payload
            if let text = payload.fields {
                guard let fields = CaseFieldsJSON.decode(text, as: caseType) else { throw Self.undecodable(fact, store: store) }
                days[fact.on, default: Day()].eventFields[fact.key] = fields
            }
        }
        for fact in (latest[.session] ?? [:]).values {
            guard let payload = Fact.Session.read(fact.payload) else { throw Self.undecodable(fact, store: store) }
            days[fact.on, default: Day()].sessions.append(payload)
        }
        for fact in (latest[.visitor] ?? [:]).values {
            if let void = voids[fact.key], void.arrival > fact.arrival { continue }
            guard let payload = Fact.Visitor.read(fact.payload), let fields = CaseFieldsJSON.decode(payload.fields, as: caseType) else {
                throw Self.undecodable(fact, store: store)
            }
            days[fact.on, default: Day()].cases.append(CaseInput(occurrenceID: payload.occurrence, workflowID: payload.workflow, siteID: payload.site,
                                                                 date: fact.on, ordinal: payload.ordinal, fields: fields, outcome: payload.outcome,
                                                                 staff: payload.staff))
        }
        // A fixed order whatever the order of arrival: by case id (each key made once, not
        // twice a comparison).
        for (date, var day) in days {
            day.cases = Self.sorted(day.cases, by: \.caseID)
            day.sessions = Self.sorted(day.sessions, by: \.key)
            days[date] = day
        }
    }

    /// `elements` in the order of their keys, each key computed once.
    static func sorted<Element>(_ elements: [Element], by key: (Element) -> String) -> [Element] {
        guard elements.count > 1 else { return elements }
        return elements.map { (key: key($0), element: $0) }.sorted { $0.key < $1.key }.map(\.element)
    }

    /// The facts that count on a day.
    public func day(_ date: CivilDate) -> Day { days[date] ?? Day() }

    /// The last day any fact is about.
    public var lastDay: CivilDate? { days.keys.max() }

    static func undecodable(_ fact: Fact, store: String) -> StoreError {
        StoreError.undecodable(store, table: "facts", column: "payload", value: "\(fact.arrival): \(fact.payload)")
    }
}

/// Where the engine stood at the start of a day: what a derivation resumes from, so that a
/// late fact re-derives from its month's start rather than from the first day ever.
public struct EngineCheckpoint: Sendable, Hashable {
    /// The day it stands at the start of.
    public var day: CivilDate
    /// The cases open, by id.
    public var openCases: [EngineCase]
    /// The timers pending, by id.
    public var timers: [EngineTimer]
    /// The days each person is booked for a session (those the engine still counts), by person id.
    public var bookings: [String: [CivilDate]]

    /// Creates a checkpoint.
    public init(day: CivilDate, openCases: [EngineCase], timers: [EngineTimer], bookings: [String: [CivilDate]]) {
        self.day = day
        self.openCases = openCases
        self.timers = timers
        self.bookings = bookings
    }
}

/// What a derivation wrote over a run of days: the store replaces what it held from `from` on
/// with it, in one transaction.
public struct DerivedDays: Sendable {
    /// The first day derived again.
    public var from: CivilDate
    /// The last day derived.
    public var through: CivilDate
    /// The last fact the derivation read (its arrival number): a store that holds a later one
    /// refuses the write (another command added facts meanwhile; derive again).
    public var basedOn: Int
    /// The cases open at the end of the day before `from`, as they stood then.
    public var reverted: [EngineCase]
    /// Each day's changes, in order, `from` through `through`.
    public var days: [ChangeSet]
    /// The checkpoints at the start of each month after `from` through the day after `through`.
    public var checkpoints: [EngineCheckpoint]

    /// Creates the result of a derivation.
    public init(from: CivilDate, through: CivilDate, basedOn: Int, reverted: [EngineCase], days: [ChangeSet], checkpoints: [EngineCheckpoint]) {
        self.from = from
        self.through = through
        self.basedOn = basedOn
        self.reverted = reverted
        self.days = days
        self.checkpoints = checkpoints
    }
}
