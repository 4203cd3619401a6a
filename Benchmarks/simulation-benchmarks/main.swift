// A simulated month (plan, demand, engine, SQLite) for the shipped district and scaffolded
// districts, each in its own process so that its peak memory is its own. Release build:
//
//     swift run -c release simulation-benchmarks                 # 138, 10000, 100000 communities
//     swift run -c release simulation-benchmarks 138 1380        # chosen sizes
import Foundation
import SizhenCalendar
import SizhenEngine
import SizhenLoader
import SizhenModel
import SizhenRules
import SizhenStore

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let month = YearMonth(year: 2026, month: 12)!

func peakMemoryMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return .nan }
    return kilobytes / 1024
}

func seconds(_ d: Swift.Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

func folder(for communities: Int) throws -> String {
    if communities == 138 { return root.appendingPathComponent("Workflows").path }
    let calendar = try String(contentsOf: root.appendingPathComponent("Workflows/calendars/cn.yaml"), encoding: .utf8)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-sim-bench-\(communities)")
    try? FileManager.default.removeItem(at: folder)
    for (path, text) in DistrictScaffold(communities: communities, calendarText: calendar).files() {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    return folder.path
}

func runOne(communities: Int) throws {
    let clock = ContinuousClock()
    let start = clock.now
    let outcome = WorkflowSetLoader().load(folder: try folder(for: communities))
    guard let set = outcome.set, let scenario = set.scenarios.first, case .object(let caseType)? = set.caseSchema?.ruleType else {
        print("\(communities): does not load"); return
    }
    let loaded = clock.now
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-sim-bench-\(communities).db").path
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    let store = try SQLiteStore(path: path, caseType: caseType)
    let demand = DemandModel(set: set, scenario: scenario, seed: scenario.seed)
    let absences = AbsenceModel(set: set, scenario: scenario, seed: scenario.seed)
    let runner = RoundsRunner(set: set, store: store, planMonth: { schedule in
        let plan = Planner(set: set).plan(schedule)
        var positions: [String: Int] = [:]
        let assignments = plan.assignments.map { a -> MonthPlan.Assignment in
            let key = a.occurrence + "/" + a.slot
            defer { positions[key, default: 0] += 1 }
            return MonthPlan.Assignment(occurrenceID: a.occurrence, slot: a.slot, position: positions[key, default: 0], personID: a.person, reason: a.reason)
        }
        return MonthPlan(month: schedule.month, occurrences: schedule.occurrences, assignments: assignments, unfilled: [])
    })
    _ = try runner.advance(through: month.lastDay, opening: { demand.cases(for: $0) },
                           absences: { absences.reassignments(on: $0, occurrences: $1, assignments: $2, used: $3) })
    let simulated = clock.now
    let facts = try store.monthFacts(month)
    let records = facts.records.count
    let events = facts.events.values.reduce(0, +)
    let run = seconds(simulated - loaded)
    print(String(format: "%7d communities: load %6.2f s, simulate %7.2f s; %8d records, %9d events = %7.0f records/s, %8.0f events/s, %6.1f µs a record; peak %6.0f MiB",
                 communities, seconds(loaded - start), run, records, events, Double(records) / run, Double(events) / run,
                 run / Double(max(1, records)) * 1e6, peakMemoryMiB()))
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
}

let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
if sizes.count == 1, CommandLine.arguments.contains("--one") || ProcessInfo.processInfo.environment["SIZHEN_BENCH_CHILD"] != nil {
    try runOne(communities: sizes[0])
} else {
    FileHandle.standardOutput.write(Data("simulated month 2026-12 (release build expected); each size in its own process\n".utf8))
    for size in sizes.isEmpty ? [138, 10_000, 100_000] : sizes {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = [String(size)]
        process.environment = ProcessInfo.processInfo.environment.merging(["SIZHEN_BENCH_CHILD": "1"]) { $1 }
        try process.run()
        process.waitUntilExit()
    }
}
