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
