import SizhenCalendar

/// The raw facts of a month as stored, which summaries and reports aggregate.
public struct MonthFacts: Sendable {
    /// The month.
    public var month: YearMonth
    /// Occurrences: workflow, site, held or not, moved or not.
    public var occurrences: [(workflowID: String, siteID: String, held: Bool, moved: Bool)] = []
    /// Rule dates skipped by a holiday policy, per workflow.
    public var skipped: [String: Int] = [:]
    /// Records dated in the month.
    public var records: [ServiceRecord] = []
    /// Cases opened in the month by escalation, by target workflow.
    public var escalations: [String: Int] = [:]
    /// Deadlines met and missed in the month.
    public var deadlinesMet = 0
    /// See `deadlinesMet`.
    public var deadlinesMissed = 0
    /// Cases still open now, and timers still pending now.
    public var openCases = 0
    /// See `openCases`.
    public var pendingTimers = 0
    /// Assignments and sessions per person in the month.
    public var load: [String: Int] = [:]
    /// Slots nobody could fill.
    public var unfilled = 0
    /// Events written in the month, by kind.
    public var events: [String: Int] = [:]

    /// Creates empty facts.
    public init(month: YearMonth) { self.month = month }
}

extension MonthFacts {
    /// The facts of a month as a store holds them.
    public init(month: YearMonth, reading store: any StoreReading) throws {
        self.init(month: month)
        let first = month.firstDay, last = month.lastDay
        occurrences = try store.occurrences(in: month).sorted { $0.id < $1.id }.map { ($0.workflowID, $0.siteID, $0.isHeld, $0.isMoved) }
        for item in try store.skipped(in: month) { skipped[item.workflowID, default: 0] += 1 }
        for item in try store.cases(openedFrom: first, through: last) where item.source == .escalation {
            escalations[item.workflowID, default: 0] += 1
        }
        for (kind, count) in try store.eventCounts(from: first, through: last) { events[kind.rawValue] = count }
        deadlinesMet = events[EngineEvent.Kind.deadlineMet.rawValue] ?? 0
        deadlinesMissed = events[EngineEvent.Kind.overdue.rawValue] ?? 0
        (openCases, pendingTimers) = try store.openCounts()
        for row in try store.assignmentRows(in: month) { load[row.personID, default: 0] += 1 }
        for session in try store.sessions(from: first, through: last) {
            for person in session.timer.people { load[person, default: 0] += 1 }
        }
        unfilled = try store.unfilled(in: month).count
        records = try store.records(RecordFilter(month: month))
    }
}
