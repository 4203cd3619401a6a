import SizhenCalendar
import SizhenDiagnostics
import SizhenRules

/// One visitor, need or event participant as a clinic records it in the intake CSV: where and
/// when, the case's fields, what came of it, and who served. Checked against the case schema
/// and the workflows before it reaches the engine.
public struct IntakeRow: Sendable, Hashable {
    /// The occurrence the case belongs to (`jiezhen/haitangxi-yanyu/2026-12-09/1`).
    public var occurrenceID: String
    /// The workflow of that occurrence.
    public var workflowID: String
    /// The site (community id).
    public var siteID: String
    /// The date it happened.
    public var date: CivilDate
    /// The visitor's number at that occurrence (1, 2, …), which makes the case id stable.
    public var ordinal: Int
    /// The case's fields by name, typed by the case schema (`kind`, `category`, `parties` …;
    /// nested fields as objects).
    public var fields: [String: RuleValue]
    /// What came of it.
    public var outcome: CaseOutcome
    /// The people who served (person ids).
    public var staff: [String]
    /// Personal data of the resident, kept only where needed (never in exports by default).
    public var personal: PersonalData?
    /// Free notes.
    public var note: String?
    /// Where the row is in its file (line, and column 1), for messages.
    public var location: SourceLocation

    /// Creates a row.
    public init(occurrenceID: String, workflowID: String, siteID: String, date: CivilDate, ordinal: Int, fields: [String: RuleValue],
                outcome: CaseOutcome, staff: [String], personal: PersonalData? = nil, note: String? = nil, location: SourceLocation) {
        self.occurrenceID = occurrenceID
        self.workflowID = workflowID
        self.siteID = siteID
        self.date = date
        self.ordinal = ordinal
        self.fields = fields
        self.outcome = outcome
        self.staff = staff
        self.personal = personal
        self.note = note
        self.location = location
    }
}

/// What came of a case at its step: resolved on the spot, not resolved, or referred on.
public enum CaseOutcome: String, Sendable, Hashable, CaseIterable, Codable {
    /// Answered or mediated successfully (已解决).
    case resolved
    /// Not resolved (未解决); escalation rules may move it on.
    case unresolved
    /// Referred to another body (已转介).
    case referred
}

/// A resident's personal data from intake: stored only in the intake table, left out of
/// `records` and `report` unless `--include-personal` is given.
public struct PersonalData: Sendable, Hashable {
    /// 姓名.
    public var name: String?
    /// 电话.
    public var phone: String?
    /// 身份证号.
    public var idNumber: String?

    /// Creates personal data.
    public init(name: String? = nil, phone: String? = nil, idNumber: String? = nil) {
        self.name = name
        self.phone = phone
        self.idNumber = idNumber
    }
}

/// What a sheet says of an occurrence as a whole, apart from its visitors: held as planned,
/// not held (with the reason), held by someone other than the planned staff, held on another
/// day (改期), or held besides the plan (加开); for an event (助诊), how many attended. A
/// visitor row says the occurrence was held without one.
public struct SittingReport: Sendable, Hashable {
    /// What happened to the occurrence.
    public enum Status: String, Sendable, Hashable, CaseIterable, Codable {
        /// Held (举办).
        case held
        /// Not held (未举办); the report gives the reason.
        case notHeld = "not_held"
        /// Held by a substitute (替班); the report names who sat.
        case substitute
        /// Held on another day than planned (改期); the report gives the day (新日期), and who
        /// sat when not those planned.
        case moved
        /// Held besides the plan (加开): a sitting on a day with none planned; the report names
        /// who sat.
        case extra
    }

    /// The occurrence (`jiezhen/haitangxi-yanyu/2026-12-09/1`).
    public var occurrenceID: String
    /// The workflow of that occurrence.
    public var workflowID: String
    /// The site (community id, or the district's for a district-wide workflow).
    public var siteID: String
    /// The date it was to be held (a sitting besides the plan: the day it was held).
    public var date: CivilDate
    /// What happened.
    public var status: Status
    /// The day a sitting moved to (改期) was held on; nil otherwise.
    public var heldOn: CivilDate?
    /// Why it was not held, or why a substitute sat (free text, clipped by the reader).
    public var reason: String?
    /// Who sat (person ids), when the sheet names them: required for a substitute.
    public var staff: [String]
    /// How many attended (an event's audience), when given.
    public var attendees: Int?
    /// The case fields an event's report fills (活动形式, 资料份数 …): the event case's fields.
    public var fields: [String: RuleValue] = [:]
    /// Free notes (备注).
    public var note: String?
    /// Where the row is in its file (line, and column 1), for messages.
    public var location: SourceLocation

    /// Creates a report.
    public init(occurrenceID: String, workflowID: String, siteID: String, date: CivilDate, status: Status, reason: String? = nil,
                staff: [String] = [], attendees: Int? = nil, note: String? = nil, location: SourceLocation) {
        self.occurrenceID = occurrenceID
        self.workflowID = workflowID
        self.siteID = siteID
        self.date = date
        self.status = status
        self.reason = reason
        self.staff = staff
        self.attendees = attendees
        self.note = note
        self.location = location
    }

    /// The day it was held on, or was to be: the day its fact is about.
    public var day: CivilDate { heldOn ?? date }
}
