// Cases through the full engine into SQLite on disk: steps, decision tables, records,
// subsidies, escalations, sessions and events, one transaction per day, at the load the
// demand model draws for a month of a district. Release build:
//
//     swift run -c release engine-benchmarks [COMMUNITIES …]     # default: 138 10000
//
// Benchmarks/sqlite-floor/run.sh measures the floor under the SQLite part: the same rows
// stored by SQLite alone, from C.
import BenchmarkSupport
import Foundation
import SizhenCalendar
import SizhenEngine
import SizhenRecords
import SizhenLoader
import SizhenModel
import SizhenRules
import SizhenStore

let month = YearMonth(year: 2026, month: 12)!

/// The shipped district for 138, else a scaffolded one of that many communities.
func folder(for communities: Int) throws -> String {
    if communities == 138 { return repositoryRoot().appendingPathComponent("Workflows").path }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-engine-bench-\(communities)")
    try writeScaffoldedDistrict(communities: communities, into: folder)
    return folder.path
}

func run(communities: Int) throws {
    let outcome = WorkflowSetLoader().load(folder: try folder(for: communities))
    guard let set = outcome.set, let scenario = set.scenarios.first, case .object(let caseType)? = set.caseSchema?.ruleType else {
        print("\(communities): the district does not load: [\(outcome.diagnostics.sorted.prefix(3).map { SizhenLoaderMessages.describe($0) }.joined(separator: ", "))]")
        return
    }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-engine-bench-\(communities).db").path
    SQLiteStore.removeFiles(at: path)
    let store = try SQLiteStore(path: path, access: .writing(.simulation), caseType: caseType)
    _ = try RoundsRunner(set: set, store: store).storeMonths(from: month.firstDay, through: month.lastDay)
    let demand = DemandModel(set: set, scenario: scenario, seed: 1)
    var days: [(CivilDate, [CaseInput])] = []
    for day in month.days {
        days.append((day, demand.cases(for: try store.occurrences(on: day))))
    }
    let total = days.reduce(0) { $0 + $1.1.count }
    let clock = ContinuousClock()
    var engine = CaseEngine(set: set)
    var records = 0, events = 0
    var engineTime = Swift.Duration.zero, storeTime = Swift.Duration.zero
    for (day, inputs) in days {
        var changes = ChangeSet()
        engineTime += clock.measure {
            engine.open(inputs, into: &changes)
            engine.process(day: day, held: [], into: &changes)
        }
        records += changes.records.count
        events += changes.events.count
        storeTime += clock.measure { try! store.commit(changes) }
    }
    let elapsed = seconds(engineTime + storeTime)
    print(String(format: "%6d communities: %7d cases, %7d records, %8d events in %6.2f s (engine %.2f s, SQLite %.2f s) = %6.0f cases/s, %7.0f rows/s",
                 communities, total, records, events, elapsed, seconds(engineTime), seconds(storeTime), Double(total) / elapsed,
                 Double(total + records + events) / elapsed))
    let perCase = { (time: Swift.Duration) in seconds(time) / Double(max(1, total)) * 1e6 }
    print(String(format: "%6@  a case: %.1f rows (%.2f records, %.2f events), engine %.1f µs, SQLite %.1f µs",
                 "", Double(total + records + events) / Double(max(1, total)), Double(records) / Double(max(1, total)),
                 Double(events) / Double(max(1, total)), perCase(engineTime), perCase(storeTime)))
    SQLiteStore.removeFiles(at: path)
}

print("engine benchmark (release build expected): a month (2026-12) of the demand model's cases, one transaction per day")
let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
for size in sizes.isEmpty ? [138, 10_000] : sizes {
    try run(communities: size)
}
