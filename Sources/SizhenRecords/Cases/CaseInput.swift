import SizhenCalendar
import SizhenModel
import SizhenRules

/// A case to open: a visitor at a sitting, a need found on a round (from intake or from the
/// simulation's demand model).
public struct CaseInput: Sendable, Hashable {
    /// The occurrence.
    public var occurrenceID: String
    /// Its workflow.
    public var workflowID: String
    /// Its site.
    public var siteID: String
    /// The day.
    public var date: CivilDate
    /// The visitor's number at the occurrence.
    public var ordinal: Int
    /// The case's fields.
    public var fields: [String: RuleValue]
    /// What came of it on the spot.
    public var outcome: CaseOutcome
    /// Who served (empty: the occurrence's assigned staff).
    public var staff: [String]

    /// Creates an input.
    public init(occurrenceID: String, workflowID: String, siteID: String, date: CivilDate, ordinal: Int, fields: [String: RuleValue],
                outcome: CaseOutcome, staff: [String]) {
        self.occurrenceID = occurrenceID
        self.workflowID = workflowID
        self.siteID = siteID
        self.date = date
        self.ordinal = ordinal
        self.fields = fields
        self.outcome = outcome
        self.staff = staff
    }

    /// The input of an intake row.
    public init(_ row: IntakeRow) {
        self.init(occurrenceID: row.occurrenceID, workflowID: row.workflowID, siteID: row.siteID, date: row.date, ordinal: row.ordinal,
                  fields: row.fields, outcome: row.outcome, staff: row.staff)
    }

    /// The id of the case it opens.
    public var caseID: String { "\(occurrenceID)#\(ordinal)" }
}
