// One day's sheets handed in late, for a whole district: December 2026's facts as the clinics'
// sheets bring them (every occurrence reported held, the demand model's visitors), appended a
// day at a time and derived on arrival, but for one day's sheets, which come after the rest and
// re-derive the month from that day on; then a full rebuild from the same facts, which must
// derive the same month. Release build:
//
//     swift run -c release derivation-benchmarks [COMMUNITIES …]        # default: 138 10000
//     LATE_DAY=2026-12-03 swift run -c release derivation-benchmarks    # another late day (default 2026-12-23)
//     mkfifo /tmp/ctl; PERF_CTL_FIFO=/tmp/ctl perf record -g --control=fifo:/tmp/ctl -D -1 .build/release/derivation-benchmarks 10000
//                                                                        # profiles the late day only
//
// The late day is the first day on or after LATE_DAY with sheets: the shipped rules, which a
// scaffolded district runs too, sit on four days of December only (12-01, 04, 09 and 23), the
// visits and panels on the workdays after; 12-23 has the most cases.
//
// A derivation resumes from the month's checkpoint, replays the days before the late one in
// memory, derives the rest and replaces it in one transaction. Its time is split by watching
// the store it calls: the reads, the write (`writeDerived`), and the engine's work on each day
// (from the read of the day's occurrences to the next call); what remains is the setup (the
// facts decoded, the engine restored).
import BenchmarkSupport
import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenEngine
import SizhenLoader
import SizhenModel
import SizhenRecords
import SizhenStore

let month = YearMonth(year: 2026, month: 12)!
let clock = ContinuousClock()

/// The shipped district for 138, else a scaffolded one of that many communities, loaded (the
/// scaffold's files are removed once read); nil, said, when it does not load.
func district(of communities: Int) throws -> (set: WorkflowSet, scenario: Scenario)? {
    var folder = repositoryRoot().appendingPathComponent("Workflows")
    if communities != 138 {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("sizhen-derive-bench-\(communities)-\(ProcessInfo.processInfo.processIdentifier)")
        try writeScaffoldedDistrict(communities: communities, into: folder)
    }
    defer { if communities != 138 { try? FileManager.default.removeItem(at: folder) } }
    let outcome = WorkflowSetLoader().load(folder: folder.path)
    guard let set = outcome.set, let scenario = set.scenarios.first else {
        print("\(communities): the district does not load: \(outcome.diagnostics.sorted.prefix(3).map { SizhenLoaderMessages.describe($0) })")
        return nil
    }
    return (set, scenario)
}

/// What a derivation asked of the store, timed. The derivation reads a day's occurrences as it
/// comes to the day and calls the store for nothing else until the next day, so the time from
/// that read to the next call is the engine's work on the day.
final class Watch {
    var reads = Swift.Duration.zero, write = Swift.Duration.zero
    /// The engine's work on each day.
    var days: [CivilDate: Swift.Duration] = [:]
    private var current: (day: CivilDate, since: ContinuousClock.Instant)?

    func reset() { reads = .zero; write = .zero; days = [:]; current = nil }

    /// Ends the day the engine was working on: at the start of the next call to the store.
    func endDay() {
        guard let current else { return }
        days[current.day, default: .zero] += clock.now - current.since
        self.current = nil
    }

    func read<T>(_ body: () throws -> T) rethrows -> T { try timed(\.reads, body) }

    func timed<T>(_ into: ReferenceWritableKeyPath<Watch, Swift.Duration>, _ body: () throws -> T) rethrows -> T {
        endDay()
        let start = clock.now
        defer { self[keyPath: into] += clock.now - start }
        return try body()
    }

    /// Reads a day's occurrences: the engine's work on the day starts when they are back.
    func occurrences(on day: CivilDate, _ body: () throws -> [OccurrenceRef]) rethrows -> [OccurrenceRef] {
        defer { current = (day, clock.now) }
        return try read(body)
    }
}

/// A SQLite store of real records, watched.
final class WatchedStore: Store, @unchecked Sendable {
    let base: SQLiteStore
    let watch = Watch()
    init(_ base: SQLiteStore) { self.base = base }

    func purpose() throws -> StorePurpose? { try watch.read(base.purpose) }
    func holdsNothing() throws -> Bool { try watch.read(base.holdsNothing) }
    func lastProcessedDay() throws -> CivilDate? { try watch.read(base.lastProcessedDay) }
    func openCases() throws -> [EngineCase] { try watch.read(base.openCases) }
    func pendingTimers() throws -> [EngineTimer] { try watch.read(base.pendingTimers) }
    func openCounts() throws -> (cases: Int, timers: Int) { try watch.read(base.openCounts) }
    func caseExists(_ id: String) throws -> Bool { try watch.read { try base.caseExists(id) } }
    func engineCase(_ id: String) throws -> EngineCase? { try watch.read { try base.engineCase(id) } }
    func cases(openedFrom first: CivilDate, through last: CivilDate) throws -> [EngineCase] {
        try watch.read { try base.cases(openedFrom: first, through: last) }
    }
    func caseIDs(withPrefix prefix: String, limit: Int) throws -> [String] { try watch.read { try base.caseIDs(withPrefix: prefix, limit: limit) } }
    func wasImported(digest: String) throws -> Bool { try watch.read { try base.wasImported(digest: digest) } }
    func isMonthStored(_ month: YearMonth) throws -> Bool { try watch.read { try base.isMonthStored(month) } }
    func storedPlan(_ month: YearMonth) throws -> Plan? { try watch.read { try base.storedPlan(month) } }
    func occurrences(on date: CivilDate) throws -> [OccurrenceRef] { try watch.occurrences(on: date) { try base.occurrences(on: date) } }
    func occurrences(in month: YearMonth) throws -> [OccurrenceRef] { try watch.read { try base.occurrences(in: month) } }
    func assignments(from first: CivilDate, through last: CivilDate) throws -> [String: [String]] {
        try watch.read { try base.assignments(from: first, through: last) }
    }
    func assignmentRows(on date: CivilDate) throws -> [AssignmentRow] { try watch.read { try base.assignmentRows(on: date) } }
    func assignmentRows(in month: YearMonth) throws -> [AssignmentRow] { try watch.read { try base.assignmentRows(in: month) } }
    func sittings(in month: YearMonth) throws -> [(personID: String, date: CivilDate)] { try watch.read { try base.sittings(in: month) } }
    func unfilled(in month: YearMonth) throws -> [UnfilledRow] { try watch.read { try base.unfilled(in: month) } }
    func skipped(in month: YearMonth) throws -> [SkippedOccurrence] { try watch.read { try base.skipped(in: month) } }
    func sessions(from first: CivilDate, through last: CivilDate) throws -> [SessionRow] {
        try watch.read { try base.sessions(from: first, through: last) }
    }
    func records(_ filter: RecordFilter) throws -> [ServiceRecord] { try watch.read { try base.records(filter) } }
    func events(from first: CivilDate, through last: CivilDate, kinds: Set<EngineEvent.Kind>?) throws -> [StoredEvent] {
        try watch.read { try base.events(from: first, through: last, kinds: kinds) }
    }
    func eventCounts(from first: CivilDate, through last: CivilDate) throws -> [EngineEvent.Kind: Int] {
        try watch.read { try base.eventCounts(from: first, through: last) }
    }
    func story(of caseID: String) throws -> [StoredEvent] { try watch.read { try base.story(of: caseID) } }
    func personalData() throws -> [String: PersonalData] { try watch.read(base.personalData) }
    func facts(from first: CivilDate, through last: CivilDate) throws -> [Fact] { try watch.read { try base.facts(from: first, through: last) } }
    func sittingChanges(from first: CivilDate, through last: CivilDate) throws -> [SittingChange] { try watch.read { try base.sittingChanges(from: first, through: last) } }
    func facts(key: String) throws -> [Fact] { try watch.read { try base.facts(key: key) } }
    func derivationState() throws -> DerivationState { try watch.read(base.derivationState) }
    func checkpoint(onOrBefore day: CivilDate) throws -> EngineCheckpoint? { try watch.read { try base.checkpoint(onOrBefore: day) } }
    func closing(_ month: YearMonth) throws -> MonthClosing? { try watch.read { try base.closing(month) } }
    func closedMonths() throws -> [YearMonth] { try watch.read { try base.closedMonths() } }
    func close(_ closing: MonthClosing) throws -> Bool { try base.close(closing) }

    func commit(_ changes: ChangeSet) throws -> Bool { try watch.timed(\.write) { try base.commit(changes) } }
    func storeMonth(_ plan: MonthPlan) throws { try watch.timed(\.write) { try base.storeMonth(plan) } }
    func replaceAssignments(_ plan: MonthPlan, from firstDay: CivilDate) throws {
        try watch.timed(\.write) { try base.replaceAssignments(plan, from: firstDay) }
    }
    func startSimulation() throws { try base.startSimulation() }
    func append(_ facts: [Fact], imported: (digest: String, file: String, rows: Int)?,
                personal: [(caseID: String, data: PersonalData?, note: String?)]) throws -> FactAppend? {
        try base.append(facts, imported: imported, personal: personal)
    }
    func request(through day: CivilDate) throws { try base.request(through: day) }
    func markShown(through arrival: Int) throws { try base.markShown(through: arrival) }
    func facts(arrivedAfter arrival: Int, limit: Int) throws -> [Fact] { try watch.read { try base.facts(arrivedAfter: arrival, limit: limit) } }
    func writeDerived(_ derived: DerivedDays) throws -> Bool { try watch.timed(\.write) { try base.writeDerived(derived) } }
}

/// A day's sheets for the whole district, as the facts they bring.
struct Sheet {
    var day: CivilDate
    var facts: [Fact]
    var cases: Int
}

/// The month's sheets, a day each: every occurrence of the day reported held, then the visitors
/// the demand model draws for it, each row with its line in the day's file, and the visits and
/// panels that took place that day.
func sheets(of set: WorkflowSet, scenario: Scenario, store: SQLiteStore) throws -> [Sheet] {
    let demand = DemandModel(set: set, scenario: scenario, seed: scenario.seed)
    let days = try month.days.map { day in
        let file = "intake-\(day).csv"
        var line = 1
        func next() -> SourceLocation {
            line += 1
            return SourceLocation(file: file, line: line, column: 1)
        }
        let occurrences = try store.occurrences(on: day)
        let reports = occurrences.map { occurrence in
            let report = SittingReport(occurrenceID: occurrence.id, workflowID: occurrence.workflowID, siteID: occurrence.siteID, date: occurrence.date,
                                       status: .held, location: next())
            return Fact.sitting(report, source: "\(file):\(report.location.line)")
        }
        let visitors = demand.cases(for: occurrences).map { input in
            let row = IntakeRow(occurrenceID: input.occurrenceID, workflowID: input.workflowID, siteID: input.siteID, date: input.date,
                                ordinal: input.ordinal, fields: input.fields, outcome: input.outcome, staff: input.staff, location: next())
            return Fact.visitor(row, caseType: set.caseType, source: "\(file):\(row.location.line)")
        }
        return Sheet(day: day, facts: reports + visitors, cases: visitors.count)
    }
    // The visits and panels the engine books for those cases, each reported on its day as booked
    // (a visits or panels sheet): derived once in memory to learn the bookings.
    let scratch = InMemoryStore()
    _ = try RoundsRunner(set: set, store: scratch, planMonth: Planner(set: set).monthPlanner).storeMonths(from: month.firstDay, through: month.lastDay)
    _ = try scratch.append(days.flatMap(\.facts), imported: nil, personal: [])
    try scratch.request(through: month.lastDay)
    _ = try Derivation(set: set, store: scratch, planMonth: Planner(set: set).monthPlanner).bringUpToDate()
    let booked = Dictionary(grouping: try scratch.sessions(from: month.firstDay, through: month.lastDay).map(\.timer), by: \.due)
    return days.map { sheet in
        var sheet = sheet
        var line = 1
        for timer in booked[sheet.day] ?? [] {
            line += 1
            let session = Fact.Session(caseID: timer.caseID, step: timer.name, people: timer.people, opinion: nil)
            sheet.facts.append(Fact.session(session, on: sheet.day, source: "sessions-\(sheet.day).csv:\(line)"))
        }
        return sheet
    }
}

/// Tells `perf record --control=fifo:…` (PERF_CTL_FIFO) to start or stop recording.
func perfControl(_ command: String) {
    guard let fifo = ProcessInfo.processInfo.environment["PERF_CTL_FIFO"], let handle = FileHandle(forWritingAtPath: fifo) else { return }
    handle.write(Data((command + "\n").utf8))
    try? handle.close()
}

/// `value` with `digits` decimals.
func fixed(_ value: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", value) }

/// Where the time of appending sheets and deriving went, in seconds.
struct Split {
    var append = 0.0, reads = 0.0, setup = 0.0, replay = 0.0, days = 0.0, write = 0.0
    /// The engine's work: the days replayed and the days derived.
    var engine: Double { replay + days }
    var derive: Double { reads + setup + engine + write }
    var total: Double { append + derive }

    static func += (lhs: inout Split, rhs: Split) {
        lhs.append += rhs.append; lhs.reads += rhs.reads; lhs.setup += rhs.setup
        lhs.replay += rhs.replay; lhs.days += rhs.days; lhs.write += rhs.write
    }

    var parts: String {
        "append \(fixed(append)), reads \(fixed(reads)), setup \(fixed(setup)), replay \(fixed(replay)), days \(fixed(days)), "
            + "writeDerived \(fixed(write)) s"
    }
}

/// Appends facts as one sheet's import.
func append(_ facts: [Fact], file: String, to store: WatchedStore, into split: inout Split) throws {
    let start = clock.now
    _ = try store.append(facts, imported: (digest: file, file: file, rows: facts.count), personal: [])
    split.append += seconds(clock.now - start)
}

/// Brings the derived month up to date, adding where the time went to `split`.
func derive(_ derivation: Derivation, watching store: WatchedStore, into split: inout Split) throws -> Derivation.Outcome {
    store.watch.reset()
    let start = clock.now
    let outcome = try derivation.bringUpToDate()
    let total = seconds(clock.now - start)
    store.watch.endDay()
    let from = outcome.days?.lowerBound
    var replay = 0.0, days = 0.0
    for (day, time) in store.watch.days {
        if let from, day >= from { days += seconds(time) } else { replay += seconds(time) }
    }
    let reads = seconds(store.watch.reads), write = seconds(store.watch.write)
    split.reads += reads
    split.write += write
    split.replay += replay
    split.days += days
    split.setup += total - reads - write - replay - days
    return outcome
}

/// A new SQLite store of real records in a temporary file, with the month planned and stored.
func openStore(_ name: String, communities: Int, set: WorkflowSet) throws -> (store: WatchedStore, path: String) {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("sizhen-derive-bench-\(communities)-\(name)-\(ProcessInfo.processInfo.processIdentifier).db").path
    SQLiteStore.removeFiles(at: path)
    let store = WatchedStore(try SQLiteStore(path: path, access: .writing(.real), caseType: set.caseType))
    _ = try RoundsRunner(set: set, store: store.base, planMonth: Planner(set: set).monthPlanner).storeMonths(from: month.firstDay, through: month.lastDay)
    return (store, path)
}

/// What a store derived for the month: its records, its events by kind, its cases.
struct DerivedMonth: Equatable {
    var records: [ServiceRecord]
    var events: [EngineEvent.Kind: Int]
    var cases: [EngineCase]

    init(_ store: SQLiteStore) throws {
        records = try store.records(RecordFilter(month: month))
        events = try store.eventCounts(from: month.firstDay, through: month.lastDay)
        cases = try store.cases(openedFrom: month.firstDay, through: month.lastDay)
    }
}

func run(communities: Int, lateFrom asked: CivilDate) throws {
    guard let (set, scenario) = try district(of: communities) else { return }
    let derivation = { (store: WatchedStore) in Derivation(set: set, store: store, planMonth: Planner(set: set).monthPlanner) }

    // The sheets, a day each, on time but for the late day's, which comes after the rest.
    let (onTime, onTimePath) = try openStore("on-time", communities: communities, set: set)
    let sheets = try sheets(of: set, scenario: scenario, store: onTime.base)
    // The shipped rules sit on four days of the month only: a day with no sheets cannot be late.
    guard let lateSheet = sheets.first(where: { $0.day >= asked && !$0.facts.isEmpty }) else { print("no sheets from \(asked) on"); return }
    let late = lateSheet.day
    let handedIn = sheets.filter { !$0.facts.isEmpty }.count
    let cases = sheets.reduce(0) { $0 + $1.cases }
    let sittings = sheets.reduce(0) { $0 + $1.facts.count { $0.kind == .sitting } }, sessions = sheets.reduce(0) { $0 + $1.facts.count { $0.kind == .session } }
    var daily = Split(), slowest = 0.0
    for sheet in sheets where sheet.day != late && !sheet.facts.isEmpty {
        var split = Split()
        try append(sheet.facts, file: "intake-\(sheet.day).csv", to: onTime, into: &split)
        _ = try derive(derivation(onTime), watching: onTime, into: &split)
        daily += split
        slowest = max(slowest, split.total)
    }
    try onTime.request(through: month.lastDay)
    _ = try derive(derivation(onTime), watching: onTime, into: &daily)

    var lateSplit = Split()
    perfControl("enable")
    try append(lateSheet.facts, file: "intake-\(late)-late.csv", to: onTime, into: &lateSplit)
    let lateOutcome = try derive(derivation(onTime), watching: onTime, into: &lateSplit)
    perfControl("disable")
    let afterLate = try DerivedMonth(onTime.base)
    // What the setup of every derivation starts with: the month's facts read and decoded.
    var start = clock.now
    let facts = try onTime.base.facts(from: month.firstDay, through: month.lastDay)
    let reading = seconds(clock.now - start)
    start = clock.now
    _ = try FactBook(facts, caseType: set.caseType, store: "facts")
    let decoding = seconds(clock.now - start)
    SQLiteStore.removeFiles(at: onTimePath)

    // The same facts at once, in a new store.
    let (rebuild, rebuildPath) = try openStore("rebuild", communities: communities, set: set)
    var rebuildSplit = Split()
    try append(sheets.flatMap(\.facts), file: "intake-\(month).csv", to: rebuild, into: &rebuildSplit)
    try rebuild.request(through: month.lastDay)
    _ = try derive(derivation(rebuild), watching: rebuild, into: &rebuildSplit)
    let rebuilt = try DerivedMonth(rebuild.base)
    SQLiteStore.removeFiles(at: rebuildPath)

    let events = rebuilt.events.values.reduce(0, +)
    let perCase = { (time: Double, count: Int) in time / Double(max(1, count)) * 1e6 }
    let derivedAgain = sheets.filter { $0.day >= late }.reduce(0) { $0 + $1.cases }
    let days = lateOutcome.days.map { "\($0.lowerBound)…\($0.upperBound)" } ?? "nothing"
    print(String(format: "%6d communities: ", communities) + "\(cases) cases, \(sittings) sittings and \(sessions) visits and panels on \(handedIn) days' sheets; "
          + "\(rebuilt.records.count) records, \(events) events; peak \(fixed(peakMemoryMiB(), 0)) MiB")
    print("  on time:  \(handedIn - 1) days' sheets, each derived on arrival, then through \(month.lastDay): \(fixed(daily.total)) s "
          + "(\(fixed(perCase(daily.total, cases), 1)) µs a case; slowest sheet \(fixed(slowest)) s)")
    print("            " + daily.parts)
    print("  late day: \(late)'s sheets (\(lateSheet.cases) cases, \(lateSheet.facts.count) facts), derived \(days) again: "
          + "\(fixed(lateSplit.total)) s (engine \(fixed(lateSplit.engine)) s; \(fixed(perCase(lateSplit.total, derivedAgain), 1)) µs "
          + "a case derived again, \(derivedAgain) cases)")
    print("            " + lateSplit.parts)
    print("            the month's \(facts.count) facts alone: read \(fixed(reading)) s, decoded (FactBook) \(fixed(decoding)) s")
    print("  rebuild:  every sheet at once into a new store: \(fixed(rebuildSplit.total)) s "
          + "(engine \(fixed(perCase(rebuildSplit.engine, cases), 1)) µs a case, total \(fixed(perCase(rebuildSplit.total, cases), 1)) µs a case)")
    print("            " + rebuildSplit.parts)
    let same = afterLate == rebuilt
    print("  same month: \(same ? "yes" : "no") (records \(afterLate.records.count) / \(rebuilt.records.count), "
          + "events \(afterLate.events.values.reduce(0, +)) / \(events), cases \(afterLate.cases.count) / \(rebuilt.cases.count))")
}

let lateDay = ProcessInfo.processInfo.environment["LATE_DAY"].flatMap { CivilDate(iso: $0) } ?? CivilDate(year: 2026, month: 12, day: 23)!
print("derivation benchmark (release build expected): \(month)'s sheets as facts, derived on arrival but for one day's (\(lateDay) or the next with sheets), which come last")
let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
for size in sizes.isEmpty ? [138, 10_000] : sizes {
    try run(communities: size, lateFrom: lateDay)
}
