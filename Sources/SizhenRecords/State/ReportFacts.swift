import SizhenCalendar

/// What the monthly report reads from the database beyond `MonthFacts`: each occurrence with
/// its people, gaps and sessions, the month's cases with their fields, and the events that
/// tell escalations, deadlines and absences. Never the intake table's personal data.
public struct ReportFacts: Sendable {
    /// An occurrence of the month as stored.
    public struct OccurrenceFact: Sendable, Hashable {
        public var id: String
        public var workflowID: String
        public var siteID: String
        public var date: CivilDate
        /// Whether it was held.
        public var held: Bool
        /// Why it moved from its rule date, if it did.
        public var movedReason: String?

        /// Creates an occurrence fact.
        public init(id: String, workflowID: String, siteID: String, date: CivilDate, held: Bool, movedReason: String? = nil) {
            self.id = id
            self.workflowID = workflowID
            self.siteID = siteID
            self.date = date
            self.held = held
            self.movedReason = movedReason
        }
    }

    /// A person assigned to a slot of an occurrence.
    public struct AssignmentFact: Sendable, Hashable {
        public var occurrenceID: String
        public var slot: String
        public var personID: String

        /// Creates an assignment fact.
        public init(occurrenceID: String, slot: String, personID: String) {
            self.occurrenceID = occurrenceID
            self.slot = slot
            self.personID = personID
        }
    }

    /// A slot nobody could fill.
    public struct UnfilledFact: Sendable, Hashable {
        public var occurrenceID: String
        public var slot: String
        public var reason: String

        /// Creates an unfilled fact.
        public init(occurrenceID: String, slot: String, reason: String) {
            self.occurrenceID = occurrenceID
            self.slot = slot
            self.reason = reason
        }
    }

    /// A rule date a holiday policy skipped.
    public struct SkippedFact: Sendable, Hashable {
        public var workflowID: String
        public var siteID: String
        public var date: CivilDate
        public var reason: String

        /// Creates a skipped fact.
        public init(workflowID: String, siteID: String, date: CivilDate, reason: String) {
            self.workflowID = workflowID
            self.siteID = siteID
            self.date = date
            self.reason = reason
        }
    }

    /// A session (a panel sitting, a home visit) due in the month.
    public struct SessionFact: Sendable, Hashable {
        public var caseID: String
        /// The workflow of the case it serves.
        public var workflowID: String
        public var due: CivilDate
        public var people: [String]
        /// Whether it was held.
        public var done: Bool

        /// Creates a session fact.
        public init(caseID: String, workflowID: String, due: CivilDate, people: [String], done: Bool) {
            self.caseID = caseID
            self.workflowID = workflowID
            self.due = due
            self.people = people
            self.done = done
        }
    }

    /// The month.
    public var month: YearMonth
    /// The totals the simulation summary is made of.
    public var summary: MonthFacts
    /// The month's occurrences, by id.
    public var occurrences: [OccurrenceFact] = []
    /// Who was assigned to each.
    public var assignments: [AssignmentFact] = []
    /// Slots nobody could fill.
    public var unfilled: [UnfilledFact] = []
    /// Rule dates skipped.
    public var skipped: [SkippedFact] = []
    /// Sessions due in the month.
    public var sessions: [SessionFact] = []
    /// Cases opened in the month, and cases opened earlier that are still open.
    public var cases: [EngineCase] = []
    /// The month's events of the kinds reports read (escalated, deadline_met, overdue,
    /// absence), in the order written.
    public var events: [(kind: String, event: EngineEvent)] = []

    /// Creates facts around a month's summary facts.
    public init(summary: MonthFacts) {
        month = summary.month
        self.summary = summary
    }

    /// The records dated in the month.
    public var records: [ServiceRecord] { summary.records }
}
