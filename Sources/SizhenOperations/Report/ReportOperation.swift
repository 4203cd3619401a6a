import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords
import SizhenReports

/// The month's report the bureau sends up: `sizhen report`.
public struct ReportOperation: Sendable {
    public var workspace: Workspace
    /// `YYYY-MM`.
    public var month: String
    /// Roles paid the mediation subsidy instead of the district's `reports.subsidy_roles`.
    public var subsidyRoles: [String]
    /// The language of the report's messages.
    public var language: Language

    /// An operation.
    public init(workspace: Workspace, month: String, subsidyRoles: [String] = [], language: Language = .english) {
        self.workspace = workspace
        self.month = month
        self.subsidyRoles = subsidyRoles
        self.language = language
    }

    public func run() -> Outcome<MonthReport> {
        perform { run in
            let yearMonth = try FlagValue.month(month, into: &run)
            let set = try workspace.loadSet(into: &run)
            let roles = Set(set.district.roles.map(\.id))
            for role in subsidyRoles where !roles.contains(role) {
                run.diagnostics.append(.error(OperationMessage.unknownSubsidyRole(["role": .text(role),
                                                                                  "suggestion": .text(Suggestions.closest(to: role, in: roles.sorted()) ?? "")]),
                                              at: FlagValue.location("--subsidy-role"), hint: OperationMessage.unknownSubsidyRoleHint()))
            }
            if run.diagnostics.hasErrors { throw Stop() }
            let store = try workspace.openExisting(for: set, into: &run)
            guard try store.isMonthStored(yearMonth) else {
                throw run.fail(.error(OperationMessage.nothingForMonth(["db": .text(workspace.databasePath), "month": .text(yearMonth.description)]),
                                      hint: OperationMessage.nothingForMonthHint(["month": .text(yearMonth.description)])))
            }
            let facts = try ReportFacts(month: yearMonth, reading: store)
            return MonthReport(facts: facts, set: set, isSimulated: try store.purpose() == .simulation,
                               subsidyRoles: subsidyRoles.isEmpty ? nil : subsidyRoles,
                               messages: MessageRenderer(book: .sizhen, language: language))
        }
    }
}
