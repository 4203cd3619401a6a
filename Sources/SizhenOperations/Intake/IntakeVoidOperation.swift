import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenEngine
import SizhenModel
import SizhenRecords

/// Withdraws a case a sheet entered by mistake, with its records and whatever it caused:
/// `sizhen intake void CASE_ID --reason TEXT`. The void is a fact like the rows (kept, with its
/// reason); the month is derived again without the case.
public struct IntakeVoidOperation: Sendable {
    /// What voiding did.
    public struct Summary: Sendable {
        /// The case.
        public var caseID: String
        /// The case was voided before with the same reason: nothing was added.
        public var wasVoidedBefore: Bool
        /// The days derived again.
        public var derived: ClosedRange<CivilDate>?
    }

    public var workspace: Workspace
    /// The case id (`<occurrence>#<ordinal>`).
    public var caseID: String
    /// Why.
    public var reason: String

    /// An operation.
    public init(workspace: Workspace, caseID: String, reason: String) {
        self.workspace = workspace
        self.caseID = caseID
        self.reason = reason
    }

    public func run() -> Outcome<Summary> {
        perform { run in
            let reason = String(reason.trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
            guard !reason.isEmpty else {
                run.sources.remember(self.reason, as: "--reason")
                throw run.fail(.error(OperationMessage.emptyReason(["flag": .text("--reason")]), at: FlagValue.location("--reason"),
                                      hint: OperationMessage.emptyReasonHint(["flag": .text("--reason")])))
            }
            let set = try workspace.loadSet(into: &run)
            let store = try workspace.openExisting(for: set, access: .writing(.real), into: &run)
            let facts = try store.facts(key: caseID)
            guard let row = facts.last(where: { $0.kind == .visitor }) else {
                if let found = try store.engineCase(caseID) {
                    run.sources.remember(caseID, as: "CASE_ID")
                    throw run.fail(.error(OperationMessage.notAVisitorCase(["id": .text(caseID), "source": .text(found.source.rawValue)]),
                                          at: FlagValue.location("CASE_ID"), hint: OperationMessage.notAVisitorCaseHint()))
                }
                throw run.fail(try ExplainOperation.noSuchCase(caseID, in: store, workspace: workspace, into: &run))
            }
            try IntakeImportOperation.refuseFrozen([(row.on, FlagValue.location("CASE_ID"))], store: store, run: &run)
            try Publication(set: set, store: store, workspace: workspace, run: &run).prepare(including: [row.on], run: &run)
            let void = Fact.void(caseID: caseID, on: row.on, reason: reason, source: "intake void")
            let appended = try store.append([void], imported: nil, personal: [])
            var summary = Summary(caseID: caseID, wasVoidedBefore: (appended?.unchanged ?? 0) > 0, derived: nil)
            let derived = try Derivation(set: set, store: store, planMonth: Planner(set: set).monthPlanner).bringUpToDate()
            run.warn(derived.calendarWarnings)
            for warning in derived.warnings { run.diagnostics.append(.warning(warning)) }
            summary.derived = derived.days
            return summary
        }
    }
}
