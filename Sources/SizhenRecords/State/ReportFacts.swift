import SizhenCalendar

/// What the monthly report reads beyond `MonthFacts`: each occurrence with its people, gaps and
/// sessions, the month's cases with their fields, and the events that tell escalations,
/// deadlines and absences. Never the residents' personal data.
public struct ReportFacts: Sendable {
    /// The month.
    public var month: YearMonth
    /// The totals the simulation summary is made of.
    public var summary: MonthFacts
    /// The month's occurrences, by date, workflow, site and id.
    public var occurrences: [OccurrenceRef] = []
    /// Who was assigned to each.
    public var assignments: [AssignmentRow] = []
    /// Slots nobody could fill.
    public var unfilled: [UnfilledRow] = []
    /// Rule dates skipped.
    public var skipped: [SkippedOccurrence] = []
    /// Sessions due in the month.
    public var sessions: [SessionRow] = []
    /// Cases opened in the month, and cases opened earlier that are still open.
    public var cases: [EngineCase] = []
    /// The month's events of the kinds reports read (`reportEventKinds`), in the order written.
    public var events: [EngineEvent] = []

    /// The event kinds a report reads: escalations, deadlines, absences.
    public static let reportEventKinds: Set<EngineEvent.Kind> = [.escalated, .deadlineMet, .overdue, .absence, .occurrenceNotHeld]
    /// The last day derived: what `report_within` is counted to.
    public var derivedThrough: CivilDate?

    /// Creates facts around a month's summary facts.
    public init(summary: MonthFacts) {
        month = summary.month
        self.summary = summary
    }

    /// The records dated in the month.
    public var records: [ServiceRecord] { summary.records }

    /// Everything the monthly report reads of a month, as a store holds it.
    public init(month: YearMonth, reading store: any StoreReading) throws {
        self.init(summary: try MonthFacts(month: month, reading: store))
        let first = month.firstDay, last = month.lastDay
        occurrences = try store.occurrences(in: month)
        assignments = try store.assignmentRows(in: month)
        unfilled = try store.unfilled(in: month)
        skipped = try store.skipped(in: month)
        sessions = try store.sessions(from: first, through: last)
        let opened = try store.cases(openedFrom: first, through: last)
        let stillOpen = try store.openCases().filter { $0.openedOn < first }
        cases = (opened + stillOpen).sorted { ($0.openedOn, $0.id) < ($1.openedOn, $1.id) }
        events = try store.events(from: first, through: last, kinds: Self.reportEventKinds).map(\.event)
        derivedThrough = try store.lastProcessedDay()
    }
}
