import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords

/// The service records, filtered: `sizhen records`.
public struct RecordsOperation: Sendable {
    /// The records and what names them.
    public struct Listing: Sendable {
        public var set: WorkflowSet
        public var records: [ServiceRecord]
        /// Residents' personal data by case id, only when asked for.
        public var personal: [String: PersonalData]?
        /// Whether the records are a simulation's (every output says so).
        public var isSimulated = false
    }

    public var workspace: Workspace
    /// `YYYY-MM`.
    public var month: String?
    /// Only this site, by id or name.
    public var site: String?
    /// Only this record type, by id, name or a part of its name only it has.
    public var type: String?
    /// Only the sites of this street or town (海棠溪街道), by id or name.
    public var street: String?
    /// Whether to add residents' names, phone numbers and ID numbers.
    public var includePersonal: Bool

    /// An operation.
    public init(workspace: Workspace, month: String? = nil, site: String? = nil, type: String? = nil, street: String? = nil,
                includePersonal: Bool = false) {
        self.workspace = workspace
        self.street = street
        self.month = month
        self.site = site
        self.type = type
        self.includePersonal = includePersonal
    }

    public func run() -> Outcome<Listing> {
        perform { run in
            let yearMonth = try month.map { text throws(Stop) in try FlagValue.month(text, into: &run) }
            let set = try workspace.loadSet(into: &run)
            // A site and a record type may be given by name (烟雨社区, 调解 for 人民调解).
            let siteID = site.flatMap { FlagValue.site($0, in: set, into: &run) }
            let typeID = type.flatMap { FlagValue.recordType($0, in: set, into: &run) }
            let streetID = street.flatMap { FlagValue.street($0, in: set, into: &run) }
            if run.diagnostics.hasErrors { throw Stop() }
            let store = try workspace.openExisting(for: set, into: &run)
            var records = try store.records(RecordFilter(month: yearMonth, site: siteID, type: typeID))
            if let streetID { records = records.filter { (set.streetOfSite($0.siteID)?.id ?? $0.streetID) == streetID } }
            return Listing(set: set, records: records, personal: includePersonal ? try store.personalData() : nil,
                           isSimulated: try store.purpose() == .simulation)
        }
    }
}

/// A case's whole story, in order: `sizhen explain CASE_ID`.
public struct ExplainOperation: Sendable {
    /// The case and its events, with those of the cases escalated from it.
    public struct Story: Sendable {
        public var engineCase: EngineCase
        public var events: [StoredEvent]
        /// What the sheets reported of the case (or of the case it was escalated from), in the order it arrived.
        public var facts: [Fact]
        /// The workflows folder's files, for the labels of enum values and the names of sessions.
        public var set: WorkflowSet
        /// The case schema of the workflows folder, for the labels of enum values.
        public var schema: CaseSchema? { self.set.caseSchema }
        /// Whether the case is a simulation's (the story says so).
        public var isSimulated = false
        /// The community the case belongs to (for a panel, that of the case it came from):
        /// what a front end checks an account's street or site against.
        public var communityID: String?
    }

    public var workspace: Workspace
    /// The case id.
    public var caseID: String

    /// An operation.
    public init(workspace: Workspace, caseID: String) {
        self.workspace = workspace
        self.caseID = caseID
    }

    public func run() -> Outcome<Story> {
        perform { run in
            let store = try workspace.openExisting(for: nil, into: &run)
            guard let found = try store.engineCase(caseID) else {
                throw run.fail(try Self.noSuchCase(caseID, in: store, workspace: workspace, into: &run))
            }
            let root = String(caseID.prefix { $0 != ">" })
            let events = try store.story(of: caseID)
            // The sheets that reported its visits and panels: one key per step booked.
            var steps: [String] = []
            for stored in events where stored.event.kind == .sessionScheduled && stored.event.caseID == caseID {
                if case .text(let step)? = stored.event.message["step"], !steps.contains(step) { steps.append(step) }
            }
            let sessions = try steps.flatMap { try store.facts(key: "\(caseID)@\($0)") }
            let facts = (try store.facts(key: root).filter { $0.kind != .sitting } + sessions).sorted { $0.arrival < $1.arrival }
            // The files give the labels people read (纠纷 for dispute); a folder with errors stops here as it does for records.
            let set = try workspace.loadSet(into: &run, errorsOnly: true)
            return Story(engineCase: found, events: events, facts: facts, set: set, isSimulated: try store.purpose() == .simulation,
                         communityID: try ReportOperation.site(ofCase: caseID, set: set, store: store))
        }
    }

    /// The error for a case id the database does not hold, with the nearest it does, located
    /// at the CASE_ID argument.
    static func noSuchCase(_ caseID: String, in store: any StoreReading, workspace: Workspace, into run: inout Run) throws -> Diagnostic {
        let near = try store.caseIDs(withPrefix: String(caseID.prefix { $0 != "#" && $0 != ">" }), limit: 20)
        run.sources.remember(caseID, as: "CASE_ID")
        return .error(OperationMessage.noSuchCase(["id": QuotedText.clip(caseID), "db": .text(workspace.databaseShown),
                                                   "suggestion": .text(Suggestions.closest(to: caseID, in: near) ?? "")]),
                      at: FlagValue.location("CASE_ID"), hint: OperationMessage.noSuchCaseHint())
    }
}
