import SizhenDiagnostics

/// What the monthly report (`sizhen report`) reads from the district file's `reports:`
/// section: who is paid the mediation subsidy, and how disputes are screened (矛盾纠纷排查).
/// Nothing of this is built into the program: a district without the section gets a ledger of
/// everyone on a subsidised record and no screening rule.
public struct ReportSettings: Sendable {
    /// The roles whose holders are paid the mediation subsidy (`legal_worker`); empty means
    /// every person on a record that carries a subsidy.
    public var subsidyRoles: [Reference]
    /// Who is paid a case's subsidy when several people of a paid role served it.
    public var subsidyPayee: SubsidyPayee = .lead
    /// How many workdays after an occurrence's day its sheet may come before the report
    /// shows it as not reported (`report_within:`); until then it is awaited.
    public var reportWithin: Int = ReportSettings.defaultReportWithin
    /// `report_within:` when the district file does not say: 3 workdays.
    public static let defaultReportWithin = 3
    /// How disputes are screened, when configured.
    public var screening: Screening?
    /// Who draws up the report, the ledger and the roster (`prepared_by:`, 制表): printed on
    /// their signature lines; nil leaves the line blank to be written by hand.
    public var preparedBy: String?
    /// Who checks them (`reviewed_by:`, 审核), likewise.
    public var reviewedBy: String?
    /// Where the section is written.
    public var location: SourceLocation

    /// Creates settings.
    public init(subsidyRoles: [Reference] = [], screening: Screening? = nil, location: SourceLocation) {
        self.subsidyRoles = subsidyRoles
        self.screening = screening
        self.location = location
    }

    /// Who receives a case's mediation subsidy when more than one person of a paid role served
    /// it: a case is paid once either way, so the ledger's total is the records' total.
    public enum SubsidyPayee: String, Sendable, Hashable, CaseIterable {
        /// The first of them on the record (the record lists its people in the order of the
        /// workflow's slots: the sitter before a helper).
        case lead
        /// Shared equally among them; the yuan that do not divide go one each to the first.
        case split
    }

    /// The monthly dispute screening (矛盾纠纷排查).
    public struct Screening: Sendable {
        /// Which cases are screened (`case.kind == "dispute"`); every case when absent.
        public var cases: RuleText?
        /// The case field the cases are grouped by (`category`).
        public var category: Reference
        /// The categories in focus (婚恋, 家庭, 邻里), listed first and marked.
        public var focus: [String]
        /// The rule that marks a case at risk of turning criminal (民转刑).
        public var risk: RuleText?
        /// The `cases` rule in words, which the report shows instead of the expression.
        public var casesDescription: String?
        /// The `risk` rule in words.
        public var riskDescription: String?
        /// Where the section is written.
        public var location: SourceLocation

        /// Creates a screening.
        public init(cases: RuleText?, category: Reference, focus: [String], risk: RuleText?, location: SourceLocation) {
            self.cases = cases
            self.category = category
            self.focus = focus
            self.risk = risk
            self.location = location
        }

        /// The rules of the section, for the checker and the report.
        public var rules: [RuleText] { [cases, risk].compactMap { $0 } }
    }
}
