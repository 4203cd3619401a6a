import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenEngine
import SizhenLoader
import SizhenModel
import SizhenRecords
import SizhenReports
import SizhenStore

/// Who fills each slot of a month's occurrences, and why: `sizhen plan`. With a database, the
/// plan stored there is pinned and the new one stored for the days not yet processed.
public struct PlanOperation: Sendable {
    /// The plan and what it was made from.
    public struct Result: Sendable {
        public var set: WorkflowSet
        public var schedule: MonthSchedule
        public var plan: Plan
        public var audit: PlanAudit
        /// What changed against the pinned plan, when there was one.
        public var difference: PlanDifference?
        /// The planner's options (the travel buffer).
        public var options: PlannerOptions
        /// The person `--person` named, by id (it may have been given by name).
        public var person: String?
        /// The street `--street` named, by id (it may have been given by name).
        public var street: String?
        /// The person's sessions (home visits, panels) of the month, from the database: nil
        /// without one (or without `--person`).
        public var sessions: [PersonSession]?
        /// The date made and signature lines of the roster.
        public var paperwork: Paperwork?
        /// The month's publication in the database: nil without one.
        public var publication: PublicationState?
    }

    /// Where a month's publication stands, and what publishing (or re-publishing) it now would
    /// do: what the web application shows before the administrator confirms.
    public struct PublicationState: Sendable, Hashable {
        /// Whether the month's plan is stored (published, or stored when the derivation first
        /// reached it).
        public var isPublished: Bool
        /// The workflow files added, changed or removed since it was published, sorted.
        public var changedFiles: [String]
        /// The first day (re-)publishing stores; nil when every day of the month has passed,
        /// so that re-publishing changes nothing.
        public var firstDay: CivilDate?
        /// A digest of what publishing now would store: the files, the first day and the
        /// difference. A confirmation that names another token was made against something
        /// that has changed since.
        public var token: String
    }

    public var workspace: Workspace
    /// `YYYY-MM`.
    public var month: String
    /// Only this person, by id or name (checked: one that names nobody, or several, is an error).
    public var person: String?
    /// Only the sites of this street or town, by id or name.
    public var street: String?
    /// A previous plan (`--format json` output) to keep.
    public var pinnedFile: String?
    /// Whether an unfilled slot is an error.
    public var strict: Bool
    /// What to do with the database's plan.
    public var publishing: Publishing
    /// The day the roster says it was made.
    public var madeOn: MadeOn
    /// The token of the publication that was shown (`PublicationState.token`): publishing is
    /// refused, writing nothing, when what it would store now is something else.
    public var confirming: String?

    /// What `plan` does with the month's plan in the database (`--db`).
    public enum Publishing: Sendable {
        /// Publish it when it is not stored; else show it re-planned against the stored plan
        /// (what `--republish` would change), writing nothing.
        case either
        /// Publish a month not published yet (`--publish`); a published one is an error.
        case publish
        /// Re-publish a published month (`--republish`): the days not yet passed are re-planned,
        /// keeping what is still valid; an unpublished one is an error.
        case republish
        /// What publishing or re-publishing would do (`publication` and `difference`), writing
        /// nothing: the web application's page before its confirmation.
        case preview
    }

    /// An operation.
    public init(workspace: Workspace, month: String, person: String? = nil, street: String? = nil, pinnedFile: String? = nil, strict: Bool = false,
                publishing: Publishing = .either, madeOn: MadeOn = .none, confirming: String? = nil) {
        self.confirming = confirming
        self.workspace = workspace
        self.madeOn = madeOn
        self.street = street
        self.month = month
        self.person = person
        self.pinnedFile = pinnedFile
        self.strict = strict
        self.publishing = publishing
    }

    public func run() -> Outcome<Result> {
        perform { run in
            let yearMonth = try FlagValue.month(month, into: &run)
            let set = try workspace.loadSet(into: &run)
            run.sources.remember(month, as: "--month")
            // A person may be given by id or by name (谢海莉).
            let personID = person.flatMap { FlagValue.person($0, in: set, into: &run) }
            let streetID = street.flatMap { FlagValue.street($0, in: set, into: &run) }
            let paperwork = madeOn.paperwork(for: set, into: &run)
            var previous: Plan?
            if let pinnedFile {
                switch Self.readPlan(pinnedFile) {
                case .success(let plan): previous = plan
                case .failure(let problem): run.diagnostics.append(problem)
                }
            }
            if run.diagnostics.hasErrors { throw Stop() }
            let schedule = try OccurrenceExpander(set: set).expand(month: yearMonth)
            run.warn(schedule.warnings)
            let options = PlannerOptions(district: set.district)
            // With a database: the stored plan is pinned, and the new one stored for the days not
            // yet processed (a re-plan after new leave moves only what it must).
            var store: (any Store)?
            var publication: Publication?
            var sessionDays: [String: Set<CivilDate>] = [:]
            if let path = workspace.database {
                let opened = try workspace.openStore(path, access: .writing(.real), for: set, into: &run)
                store = opened
                publication = try Publication(set: set, store: opened, workspace: workspace, run: &run)
                let isStored = try opened.isMonthStored(yearMonth)
                if publishing == .publish, isStored, try publication?.published(yearMonth) != nil {
                    throw run.fail(.error(OperationMessage.alreadyPublished(["month": .text(yearMonth.description)]), at: FlagValue.location("--month"),
                                          hint: OperationMessage.alreadyPublishedHint()))
                }
                if publishing == .republish, !isStored {
                    throw run.fail(.error(OperationMessage.notPublished(["month": .text(yearMonth.description)]), at: FlagValue.location("--month"),
                                          hint: OperationMessage.notPublishedHint()))
                }
                if let stored = try opened.storedPlan(yearMonth) { previous = stored }
                sessionDays = try opened.pendingSessionDays(in: yearMonth)
            }
            let plan = Planner(set: set, options: options).plan(schedule, pinned: previous, sessionDays: sessionDays)
            // A view of one person's or one street's month (without --publish) never publishes:
            // it shows the stored plan, or the plan the files give, and writes nothing.
            let isView = (personID != nil || streetID != nil) && publishing == .either || publishing == .preview
            var result = Self.result(set, schedule, plan, previous, options)
            if let store, let publication {
                let isStored = try store.isMonthStored(yearMonth)
                // Passed days (those derived) keep what was published; the others are re-planned.
                let next = max(try store.lastProcessedDay().map { $0.adding(days: 1) } ?? yearMonth.firstDay, yearMonth.firstDay)
                if isStored { result.difference = result.difference?.from(next) }
                let state = try Self.state(of: yearMonth, isStored: isStored, next: next, publication: publication, difference: result.difference)
                result.publication = state
                if let confirming, confirming != state.token, !isView {
                    throw run.fail(.error(OperationMessage.planChangedSinceShown(["month": .text(yearMonth.description)]),
                                          hint: OperationMessage.planChangedSinceShownHint()))
                }
                if !isView {
                    let stored = MonthPlan(plan, schedule: schedule)
                    if isStored {
                        if publishing == .republish, result.difference?.isEmpty != true, next <= yearMonth.lastDay {
                            try store.replaceAssignments(stored, from: next)
                        }
                        if publishing == .republish { try publication.publish(yearMonth, from: min(next, yearMonth.lastDay), source: "plan --republish") }
                    } else {
                        try store.storeMonth(stored)
                        try publication.publish(yearMonth, from: yearMonth.firstDay, source: "plan --publish")
                    }
                }
            }
            if strict && !plan.unfilled.isEmpty {
                run.diagnostics.append(.error(OperationMessage.unfilledStrict(["count": .int(plan.unfilled.count)])))
            }
            result.person = personID
            result.street = streetID
            result.paperwork = paperwork
            if let personID, let store { result.sessions = try PersonSession.sessions(of: personID, in: yearMonth, store: store) }
            return result
        }
    }

    /// The publication of a month as it stands, with the token of what publishing it from
    /// `next` would store now.
    static func state(of month: YearMonth, isStored: Bool, next: CivilDate, publication: Publication,
                      difference: PlanDifference?) throws -> PublicationState {
        let published = isStored ? try publication.published(month) : nil
        let changed = published.map(publication.changes) ?? []
        let firstDay: CivilDate? = isStored ? (next <= month.lastDay ? next : nil) : month.firstDay
        var lines = [month.description, isStored ? "stored" : "new", firstDay?.description ?? "passed"]
        lines += publication.files.sorted { $0.key < $1.key }.map { "file \($0.key) \($0.value)" }
        if let difference { lines += difference.lines }
        return PublicationState(isPublished: isStored, changedFiles: changed, firstDay: firstDay,
                                token: ContentDigest.of(lines.joined(separator: "\n").utf8))
    }

    static func result(_ set: WorkflowSet, _ schedule: MonthSchedule, _ plan: Plan, _ previous: Plan?, _ options: PlannerOptions) -> Result {
        Result(set: set, schedule: schedule, plan: plan, audit: PlanAudit(plan: plan, schedule: schedule, set: set, options: options),
               difference: previous.map { PlanDifference(from: $0, to: plan) }, options: options)
    }

    /// The largest plan file `--pinned` reads (64 MiB: a month's plan at 10,000 communities is
    /// a few MiB).
    public static let maximumPlanBytes = 64 << 20

    /// A plan from a `--format json` output (or a stored plan's JSON), read through
    /// `InputFile.read`: a FIFO or a device is refused unopened, a file over
    /// `maximumPlanBytes` unread.
    static func readPlan(_ path: String) -> Swift.Result<Plan, Diagnostic> {
        let data: Data
        switch InputFile.read(path, maxBytes: maximumPlanBytes) {
        case .success(let bytes): data = Data(bytes)
        case .failure(let problem): return .failure(InputFile.diagnostic(for: problem, path: path, limit: maximumPlanBytes, flag: "--pinned"))
        }
        do {
            return .success(try JSONDecoder().decode(Plan.self, from: data))
        } catch {
            return .failure(.error(OperationMessage.notAPlan(["path": .text(path)]), at: SourceLocation(file: path, line: 1, column: 1),
                                   hint: OperationMessage.notAPlanHint()))
        }
    }
}
