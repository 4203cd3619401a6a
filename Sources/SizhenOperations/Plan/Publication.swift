import SizhenCalendar
import SizhenDiagnostics
import SizhenEngine
import SizhenModel
import SizhenRecords

/// A month's plan as published: stored with a fact that keeps the digest of every workflow file
/// it was made from. A command that derives the real month first checks the months it will
/// derive against the files as they are now: a file changed since a month was published stops
/// it, naming the files and the command that re-publishes (`plan --month M --republish`).
/// A month the derivation reaches that was never published is published then, from the files
/// as they are.
struct Publication {
    let set: WorkflowSet
    let store: any Store
    /// Each workflow file's digest, by its path in the folder.
    let files: [String: String]
    /// The folder's path, ending in `/`.
    let prefix: String

    /// The publication of the files `run` read from the workspace's folder.
    init(set: WorkflowSet, store: any Store, workspace: Workspace, run: inout Run) throws {
        self.set = set
        self.store = store
        let folder = try workspace.folder(into: &run)
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        self.prefix = prefix
        var files: [String: String] = [:]
        for path in run.sources.paths where path.hasPrefix(prefix) {
            files[String(path.dropFirst(prefix.count))] = ContentDigest.of(run.sources.text(of: path)?.utf8 ?? "".utf8)
        }
        self.files = files
    }

    /// The files published for a month, from its latest publication; nil when it has none (a
    /// month an earlier version stored).
    func published(_ month: YearMonth) throws -> [String: String]? {
        try store.facts(key: month.description).last { $0.kind == .published }?.decode(Fact.Published.self)?.files
    }

    /// The files added, changed or removed since a month's publication, sorted.
    func changes(since published: [String: String]) -> [String] {
        Set(published.keys).union(files.keys).filter { published[$0] != files[$0] }.sorted()
    }

    /// Refuses to derive the days from `first` through `last` when a month among them was
    /// published from files that changed since.
    func check(from first: CivilDate, through last: CivilDate, run: inout Run) throws {
        var month = YearMonth(of: first)
        while month <= YearMonth(of: last) {
            if let published = try published(month) {
                let changed = changes(since: published)
                if !changed.isEmpty {
                    throw run.fail(.error(OperationMessage.filesChanged(["month": .text(month.description), "count": .int(changed.count),
                                                                         "files": .texts(changed.prefix(10))]),
                                          at: changed.first { files[$0] != nil }.map { SourceLocation(file: prefix + $0, line: 1, column: 1) },
                                          hint: OperationMessage.filesChangedHint(["month": .text(month.description)])))
                }
            }
            guard month.next != month else { break }
            month = month.next
        }
    }

    /// Checks the days the next derivation will reach (with `extra`, the days of facts about to
    /// be added, or the day asked for), then publishes the months among them not stored yet.
    func prepare(including extra: [CivilDate], run: inout Run) throws {
        let state = try store.derivationState()
        // What the derivation will derive: from the earliest of the new days and the days still
        // to derive, through the latest of them and the horizon.
        var days = extra
        if let from = state.from, let horizon = state.horizon, from <= horizon { days += [from, horizon] }
        if !extra.isEmpty, let horizon = state.horizon { days.append(horizon) }
        guard let first = days.min(), let last = days.max() else { return }
        try check(from: first, through: last, run: &run)
        try publishMissing(from: first, through: last, run: &run)
    }

    /// Plans, stores and publishes each month from `first` through `last` not stored yet.
    func publishMissing(from first: CivilDate, through last: CivilDate, run: inout Run) throws {
        var month = YearMonth(of: first)
        while month <= YearMonth(of: last) {
            if try !store.isMonthStored(month) {
                run.warn(try RoundsRunner.storeMonths(set: set, store: store, planMonth: Planner(set: set).monthPlanner,
                                                      from: month.firstDay, through: month.firstDay))
                try publish(month, from: month.firstDay, source: "first reached")
            }
            guard month.next != month else { break }
            month = month.next
        }
    }

    /// Records that a month's plan is published from `day` on, from the files as they are.
    func publish(_ month: YearMonth, from day: CivilDate, source: String) throws {
        _ = try store.append([Fact.published(month, from: day, files: files, source: source)], imported: nil, personal: [])
    }
}
