import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenEngine
import SizhenLoader
import SizhenModel
import SizhenRecords
import SizhenStore

/// Records what the clinics filled in, all or nothing: `sizhen intake import FILE.csv`.
public struct IntakeImportOperation: Sendable {
    /// What importing did.
    public struct Summary: Sendable {
        /// The file.
        public var file: String
        /// The file was imported before: nothing was added.
        public var wasImportedBefore: Bool
        /// Rows read: visitors, and reports of occurrences as a whole.
        public var rows: Int
        /// See `rows`.
        public var reports: Int
        /// Visits and panels a sessions sheet reported.
        public var sessions = 0
        /// Facts new to the store.
        public var added: Int
        /// Facts that correct an earlier one (the same case or occurrence, other values).
        public var corrected: Int
        /// Rows the store held already, unchanged.
        public var unchanged: Int
        /// The days derived again.
        public var derived: ClosedRange<CivilDate>?
        /// Records written over the days derived again.
        public var records: Int
    }

    public var workspace: Workspace
    /// The CSV file.
    public var file: String
    /// The bytes of the file, when a front end has them already (an upload); read from `file`
    /// otherwise.
    public var bytes: [UInt8]?

    /// The account that submits the sheet (`sizhen serve`): recorded on every fact; nil at
    /// the command line.
    public var account: String?
    /// The sites the account may record (a recorder's own, a street's communities); nil for
    /// any. A row of another site is an error at its line, and nothing is imported.
    public var allowedSites: Set<String>?
    /// What tells this submission from another of the same bytes (a web form's request id);
    /// nil for a file. Digested with the bytes: the same submission sent again is imported
    /// before, while the same rows sent as a new submission are checked row by row (a row
    /// recorded already is unchanged, one that differs corrects it) instead of refused whole,
    /// so that typing a row back as it was undoes a correction.
    public var submission: String?

    /// An operation.
    public init(workspace: Workspace, file: String, bytes: [UInt8]? = nil, account: String? = nil, allowedSites: Set<String>? = nil,
                submission: String? = nil) {
        self.workspace = workspace
        self.file = file
        self.bytes = bytes
        self.account = account
        self.allowedSites = allowedSites
        self.submission = submission
    }

    public func run() -> Outcome<Summary> {
        perform { run in
            let set = try workspace.loadSet(into: &run)
            // The sittings reports stored before moved or added: what the file's visitor rows of
            // those days belong to. A database that cannot be read here is reported below, when
            // it is opened for writing.
            // A database that exists is opened first (refused as it would be after, leaving its
            // folder untouched): the sittings its reports moved or added are what the file's
            // visitor rows of those days belong to. A new one is made only for a good file.
            var opened: (any Store)?
            var reader = IntakeReader(set: set)
            if Workspace.databaseExists(workspace.databasePath) {
                let existing = try workspace.openStore(workspace.databasePath, access: .writing(.real), for: set, into: &run)
                reader.stored = { days in (try? existing.sittingChanges(from: days.lowerBound, through: days.upperBound)) ?? [] }
                opened = existing
            }
            let result: IntakeReadResult
            let content: [UInt8]
            if let bytes {
                content = bytes
                result = reader.read(bytes: bytes, file: file)
            } else {
                // The reader checks what the file is and its size before reading, so that a
                // FIFO is never opened and a 1 GB file is refused unread; the bytes it read are
                // the ones digested.
                result = reader.read(path: file)
                content = result.bytes
            }
            run.diagnostics.append(contentsOf: result.diagnostics)
            guard result.isValid else {
                run.diagnostics.append(Diagnostic(.note, OperationMessage.nothingImported()))
                throw Stop()
            }
            let store = try opened ?? workspace.openStore(workspace.databasePath, access: .writing(.real), for: set, into: &run)
            let digest = ContentDigest.of(submission.map { content + [0] + Array($0.utf8) } ?? content)
            let name = (file as NSString).lastPathComponent
            var summary = Summary(file: file, wasImportedBefore: false, rows: result.rows.count, reports: result.reports.count, added: 0, corrected: 0,
                                  unchanged: 0, records: 0)
            summary.sessions = result.sessions.count
            let located = result.rows.map { ($0.date, $0.location) } + result.reports.map { ($0.date, $0.location) } + result.sessions.map { ($0.date, $0.location) }
            try Self.refuseFrozen(located, store: store, run: &run)
            try Publication(set: set, store: store, workspace: workspace, run: &run).prepare(including: located.map(\.0), run: &run)
            try refuseOtherSites(result, set: set, store: store, run: &run)
            var facts = result.rows.map { Fact.visitor($0, caseType: set.caseType, source: "\(name):\($0.location.line)") }
                + result.reports.map { Fact.sitting($0, caseType: set.caseType, source: "\(name):\($0.location.line)") }
                + result.sessions.map { Fact.session($0.session, on: $0.date, source: "\(name):\($0.location.line)") }
            for index in facts.indices { facts[index].account = account }
            guard let appended = try store.append(facts, imported: (digest, name, facts.count),
                                                  personal: result.rows.map { ("\($0.occurrenceID)#\($0.ordinal)", $0.personal, $0.note) }) else {
                summary.wasImportedBefore = true
                return summary
            }
            summary.added = appended.added
            summary.corrected = appended.corrected
            summary.unchanged = appended.unchanged
            let derived = try Derivation(set: set, store: store, planMonth: Planner(set: set).monthPlanner).bringUpToDate()
            run.warn(derived.calendarWarnings)
            for warning in derived.warnings { run.diagnostics.append(.warning(warning)) }
            summary.derived = derived.days
            summary.records = derived.records
            return summary
        }
    }

    /// Refuses a sheet with a row of a site the account may not record, each such row an error
    /// at its line (a session's site is its case's).
    func refuseOtherSites(_ result: IntakeReadResult, set: WorkflowSet, store: any Store, run: inout Run) throws {
        guard let allowedSites else { return }
        var located = result.rows.map { ($0.siteID, $0.location) } + result.reports.map { ($0.siteID, $0.location) }
        for session in result.sessions {
            located.append((try ReportOperation.site(ofCase: session.session.caseID, set: set, store: store) ?? session.session.caseID, session.location))
        }
        let outside = located.filter { !allowedSites.contains($0.0) }
        guard !outside.isEmpty else { return }
        for (site, location) in outside.prefix(20) {
            run.diagnostics.append(.error(ServerMessage.otherSite(["site": QuotedText.clip(site), "name": .text(account ?? "")]), at: location))
        }
        run.diagnostics.append(Diagnostic(.note, OperationMessage.nothingImported()))
        throw Stop()
    }

    /// Refuses facts about days an earlier version processed before facts were kept: those
    /// days stay as that version left them.
    static func refuseFrozen(_ dates: [(CivilDate, SourceLocation)], store: any Store, run: inout Run) throws {
        guard let frozen = try store.derivationState().frozenThrough else { return }
        let early = dates.filter { $0.0 <= frozen }
        guard !early.isEmpty else { return }
        for (date, location) in early.prefix(20) {
            run.diagnostics.append(.error(OperationMessage.frozenDay(["date": .text(date.description), "frozen": .text(frozen.description)]),
                                          at: location, hint: OperationMessage.frozenDayHint(["frozen": .text(frozen.description)])))
        }
        run.diagnostics.append(Diagnostic(.note, OperationMessage.nothingImported()))
        throw Stop()
    }
}
