// A simulated month (plan, demand, engine, SQLite) for the shipped district and scaffolded
// districts, each in its own process so that its peak memory is its own. Release build:
//
//     swift run -c release simulation-benchmarks                 # 138, 10000, 100000 communities
//     swift run -c release simulation-benchmarks 138 1380        # chosen sizes
//     REPEAT=3 swift run -c release simulation-benchmarks        # each size three times
//     SIZHEN_BENCH_POSTGRES=postgres:///postgres?host=/tmp/pg swift run -c release simulation-benchmarks 10000
//                                                   # each size into SQLite, then into PostgreSQL
//
// With SIZHEN_BENCH_POSTGRES (a server's URL, as Tests/postgres/start.sh prints it), each size
// runs twice in the one run, into an SQLite file and into a schema of its own on that server
// (dropped after), and a last line compares the two months' times.
//
// The month runs through the product's path (SimulationRunner): each day's drawn visitors and
// absences become facts, appended and derived like a real month's. A second line splits the
// time per record: planning, storing the plan, the store's writes (facts and derived days) and
// reads, and the rest (the demand and absence models, the engine, the derivation's
// bookkeeping), so that a cost that grows with the district shows where it is.
import BenchmarkSupport
import Foundation
import SizhenCalendar
import SizhenEngine
import SizhenRecords
import SizhenLoader
import SizhenModel
import SizhenPostgres
import SizhenRules
import SizhenStore

let month = YearMonth(year: 2026, month: 12)!

/// The shipped district for 138, else a scaffolded one of that many communities.
func folder(for communities: Int) throws -> String {
    if communities == 138 { return repositoryRoot().appendingPathComponent("Workflows").path }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-sim-bench-\(communities)")
    try writeScaffoldedDistrict(communities: communities, into: folder)
    return folder.path
}

/// Time spent in each phase of the month, in seconds.
final class Phases {
    var plan = 0.0, storeMonth = 0.0, commit = 0.0, reads = 0.0
    let clock = ContinuousClock()
    func time<T>(_ into: ReferenceWritableKeyPath<Phases, Double>, _ body: () throws -> T) rethrows -> T {
        let start = clock.now
        defer { self[keyPath: into] += seconds(clock.now - start) }
        return try body()
    }
}

/// The store, timing what the runner asks of it.
final class TimedStore: Store, @unchecked Sendable {
    let store: any Store
    let phases: Phases
    init(_ store: any Store, phases: Phases) { self.store = store; self.phases = phases }
    func reading<T>(_ body: () throws -> T) rethrows -> T { try phases.time(\.reads, body) }
    func purpose() throws -> StorePurpose? { try reading { try store.purpose() } }
    func holdsNothing() throws -> Bool { try reading { try store.holdsNothing() } }
    func lastProcessedDay() throws -> CivilDate? { try reading { try store.lastProcessedDay() } }
    func openCases() throws -> [EngineCase] { try reading { try store.openCases() } }
    func pendingTimers() throws -> [EngineTimer] { try reading { try store.pendingTimers() } }
    func openCounts() throws -> (cases: Int, timers: Int) { try reading { try store.openCounts() } }
    func caseExists(_ id: String) throws -> Bool { try reading { try store.caseExists(id) } }
    func engineCase(_ id: String) throws -> EngineCase? { try reading { try store.engineCase(id) } }
    func cases(openedFrom first: CivilDate, through last: CivilDate) throws -> [EngineCase] { try reading { try store.cases(openedFrom: first, through: last) } }
    func caseIDs(withPrefix prefix: String, limit: Int) throws -> [String] { try reading { try store.caseIDs(withPrefix: prefix, limit: limit) } }
    func wasImported(digest: String) throws -> Bool { try reading { try store.wasImported(digest: digest) } }
    func isMonthStored(_ month: YearMonth) throws -> Bool { try reading { try store.isMonthStored(month) } }
    func storedPlan(_ month: YearMonth) throws -> Plan? { try reading { try store.storedPlan(month) } }
    func occurrences(on date: CivilDate) throws -> [OccurrenceRef] { try reading { try store.occurrences(on: date) } }
    func occurrences(in month: YearMonth) throws -> [OccurrenceRef] { try reading { try store.occurrences(in: month) } }
    func assignments(from first: CivilDate, through last: CivilDate) throws -> [String: [String]] {
        try reading { try store.assignments(from: first, through: last) }
    }
    func assignmentRows(on date: CivilDate) throws -> [AssignmentRow] { try reading { try store.assignmentRows(on: date) } }
    func assignmentRows(in month: YearMonth) throws -> [AssignmentRow] { try reading { try store.assignmentRows(in: month) } }
    func sittings(in month: YearMonth) throws -> [(personID: String, date: CivilDate)] { try reading { try store.sittings(in: month) } }
    func unfilled(in month: YearMonth) throws -> [UnfilledRow] { try reading { try store.unfilled(in: month) } }
    func skipped(in month: YearMonth) throws -> [SkippedOccurrence] { try reading { try store.skipped(in: month) } }
    func sessions(from first: CivilDate, through last: CivilDate) throws -> [SessionRow] { try reading { try store.sessions(from: first, through: last) } }
    func records(_ filter: RecordFilter) throws -> [ServiceRecord] { try reading { try store.records(filter) } }
    func events(from first: CivilDate, through last: CivilDate, kinds: Set<EngineEvent.Kind>?) throws -> [StoredEvent] {
        try reading { try store.events(from: first, through: last, kinds: kinds) }
    }
    func eventCounts(from first: CivilDate, through last: CivilDate) throws -> [EngineEvent.Kind: Int] {
        try reading { try store.eventCounts(from: first, through: last) }
    }
    func story(of caseID: String) throws -> [StoredEvent] { try reading { try store.story(of: caseID) } }
    func personalData() throws -> [String: PersonalData] { try reading { try store.personalData() } }
    func commit(_ changes: ChangeSet) throws -> Bool { try phases.time(\.commit) { try store.commit(changes) } }
    func storeMonth(_ plan: MonthPlan) throws { try phases.time(\.storeMonth) { try store.storeMonth(plan) } }
    func replaceAssignments(_ plan: MonthPlan, from firstDay: CivilDate) throws {
        try phases.time(\.storeMonth) { try store.replaceAssignments(plan, from: firstDay) }
    }
    func startSimulation() throws { try store.startSimulation() }
    func facts(from first: CivilDate, through last: CivilDate) throws -> [Fact] { try reading { try store.facts(from: first, through: last) } }
    func sittingChanges(from first: CivilDate, through last: CivilDate) throws -> [SittingChange] { try reading { try store.sittingChanges(from: first, through: last) } }
    func facts(key: String) throws -> [Fact] { try reading { try store.facts(key: key) } }
    func derivationState() throws -> DerivationState { try reading { try store.derivationState() } }
    func checkpoint(onOrBefore day: CivilDate) throws -> EngineCheckpoint? { try reading { try store.checkpoint(onOrBefore: day) } }
    func closing(_ month: YearMonth) throws -> MonthClosing? { try reading { try store.closing(month) } }
    func closedMonths() throws -> [YearMonth] { try reading { try store.closedMonths() } }
    func close(_ closing: MonthClosing) throws -> Bool { try store.close(closing) }
    func append(_ facts: [Fact], imported: (digest: String, file: String, rows: Int)?,
                personal: [(caseID: String, data: PersonalData?, note: String?)]) throws -> FactAppend? {
        try phases.time(\.commit) { try store.append(facts, imported: imported, personal: personal) }
    }
    func request(through day: CivilDate) throws { try store.request(through: day) }
    func markShown(through arrival: Int) throws { try store.markShown(through: arrival) }
    func facts(arrivedAfter arrival: Int, limit: Int) throws -> [Fact] { try reading { try store.facts(arrivedAfter: arrival, limit: limit) } }
    func writeDerived(_ derived: DerivedDays) throws -> Bool { try phases.time(\.commit) { try store.writeDerived(derived) } }
}

/// Simulates the month of a district of `communities` into SQLite, or into the PostgreSQL
/// server `postgres` names; prints its figures and returns the seconds the month took.
@discardableResult
func runOne(communities: Int, postgres: String? = nil) throws -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    let outcome = WorkflowSetLoader().load(folder: try folder(for: communities))
    guard let set = outcome.set, let scenario = set.scenarios.first, case .object(let caseType)? = set.caseSchema?.ruleType else {
        print("\(communities): does not load"); return .nan
    }
    let loaded = clock.now
    let loadPeak = peakMemoryMiB()
    var planPeak = Double.nan
    // The database is the process's own: two benchmarks of one size at once (another worktree's)
    // on one file would wait for each other's transactions and re-read each other's days.
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("sizhen-sim-bench-\(communities)-\(ProcessInfo.processInfo.processIdentifier).db").path
    SQLiteStore.removeFiles(at: path)
    let schema = "bench_\(communities)_\(ProcessInfo.processInfo.processIdentifier)"
    let database: any Store = try postgres.map { url in
        try PostgresStore(url: url + (url.contains("?") ? "&" : "?") + "schema=" + schema, access: .writing(.simulation), caseType: caseType)
    } ?? SQLiteStore(path: path, access: .writing(.simulation), caseType: caseType)
    defer {
        SQLiteStore.removeFiles(at: path)
        if let postgres { try? PostgresAdmin.execute("DROP SCHEMA IF EXISTS \(schema) CASCADE", at: postgres) }
    }
    let phases = Phases()
    let store = TimedStore(database, phases: phases)
    let demand = DemandModel(set: set, scenario: scenario, seed: scenario.seed)
    let absences = AbsenceModel(set: set, scenario: scenario, seed: scenario.seed)
    let runner = SimulationRunner(set: set, store: store, planMonth: { schedule, sessionDays in
        let plan = phases.time(\.plan) { Planner(set: set).plan(schedule, sessionDays: sessionDays) }
        var positions: [String: Int] = [:]
        let assignments = plan.assignments.map { a -> MonthPlan.Assignment in
            let key = a.occurrence + "/" + a.slot
            defer { positions[key, default: 0] += 1 }
            return MonthPlan.Assignment(occurrenceID: a.occurrence, slot: a.slot, position: positions[key, default: 0], personID: a.person, reason: a.reason)
        }
        planPeak = peakMemoryMiB()
        return MonthPlan(month: schedule.month, occurrences: schedule.occurrences, assignments: assignments, unfilled: [])
    }, demand: demand, absences: absences)
    // The product's path: each day's drawn visitors and absences appended as facts, then derived.
    _ = try runner.run(month)
    let simulated = clock.now
    let facts = try MonthFacts(month: month, reading: database)
    let records = facts.records.count
    let events = facts.events.values.reduce(0, +)
    let run = seconds(simulated - loaded)
    print(postgres == nil ? "SQLite:" : "PostgreSQL:")
    print(String(format: "%7d communities: load %6.2f s, simulate %7.2f s; %8d records, %9d events = %7.0f records/s, %8.0f events/s, %6.1f µs a record; peak %6.0f MiB",
                 communities, seconds(loaded - start), run, records, events, Double(records) / run, Double(events) / run,
                 run / Double(max(1, records)) * 1e6, peakMemoryMiB()))
    let engine = run - phases.plan - phases.storeMonth - phases.commit - phases.reads
    let perRecord = { (s: Double) in s / Double(max(1, records)) * 1e6 }
    print(String(format: "                   µs a record: plan %5.1f, store month %5.1f, demand, absences and engine %5.1f, facts and derived writes %5.1f, reads %5.1f; peak after loading %.0f MiB, planning %.0f MiB",
                 perRecord(phases.plan), perRecord(phases.storeMonth), perRecord(engine), perRecord(phases.commit), perRecord(phases.reads),
                 loadPeak, planPeak))
    return run
}

let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let postgres = ProcessInfo.processInfo.environment["SIZHEN_BENCH_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
if sizes.count == 1, CommandLine.arguments.contains("--one") || ProcessInfo.processInfo.environment["SIZHEN_BENCH_CHILD"] != nil {
    let sqlite = try runOne(communities: sizes[0])
    if let postgres {
        let server = try runOne(communities: sizes[0], postgres: postgres)
        print(String(format: "%7d communities: PostgreSQL %.2f s against SQLite %.2f s: %.2f×", sizes[0], server, sqlite, server / sqlite))
    }
} else {
    FileHandle.standardOutput.write(Data("simulated month 2026-12 (release build expected); each size in its own process\n".utf8))
    // REPEAT=n runs each size n times (a month of the shipped district takes 0.06 s, so one
    // run of it is at the mercy of whatever else the machine is doing).
    let repeats = max(1, Int(ProcessInfo.processInfo.environment["REPEAT"] ?? "") ?? 1)
    for size in (sizes.isEmpty ? [138, 10_000, 100_000] : sizes).flatMap({ Array(repeating: $0, count: repeats) }) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = [String(size)]
        process.environment = ProcessInfo.processInfo.environment.merging(["SIZHEN_BENCH_CHILD": "1"]) { $1 }
        try process.run()
        process.waitUntilExit()
    }
}
