// What a command costs to print: `schedule --month` and `plan` for a scaffolded district, the
// operation once, then each output format rendered from its result, timed apart. A table must
// cost about what JSON costs (looking names up by id, not by walking the district). Release
// build:
//
//     swift run -c release output-benchmarks            # 10,000 communities
//     swift run -c release output-benchmarks 1380 30000 # chosen sizes
import BenchmarkSupport
import Foundation
import SizhenDiagnostics
import SizhenOperations
import SizhenReports

let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let messages = MessageRenderer(book: .sizhen, language: .english)
let clock = ContinuousClock()

func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = clock.now
    let value = try body()
    return (value, seconds(clock.now - start))
}

print("output formats of schedule --month and plan, 2026-12 (release build expected)")
for communities in sizes.isEmpty ? [10_000] : sizes {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-output-bench-\(communities)")
    try writeScaffoldedDistrict(communities: communities, into: folder)
    defer { try? FileManager.default.removeItem(at: folder) }
    let workspace = Workspace(workflowsFolder: folder.path)

    let (month, scheduleSeconds) = time { MonthScheduleOperation(workspace: workspace, month: "2026-12").run().value! }
    let rendering = MonthScheduleRendering(set: month.set, messages: messages)
    let (table, tableSeconds) = time { rendering.table(month.schedule) }
    let (json, jsonSeconds) = time { rendering.json(month.schedule) }
    print(String(format: "%7d communities · schedule --month: %d occurrences; load and expand %.2f s; table %.3f s (%d bytes), json %.3f s (%d bytes); whole command table/json %.2f",
                 communities, month.schedule.occurrences.count, scheduleSeconds, tableSeconds, table.utf8.count, jsonSeconds, json.utf8.count,
                 (scheduleSeconds + tableSeconds) / (scheduleSeconds + jsonSeconds)))

    let (result, planSeconds) = time { PlanOperation(workspace: workspace, month: "2026-12").run().value! }
    let plan = PlanRendering(set: result.set, person: nil, messages: messages)
    let (planTable, planTableSeconds) = time {
        plan.table(result.plan, audit: result.audit, explain: false, difference: nil, travelBuffer: result.options.travelBufferMinutes)
    }
    let (planJSON, planJSONSeconds) = time { plan.json(result.plan, difference: nil) }
    print(String(format: "%7d communities · plan: %d assignments; load, plan and audit %.2f s; table %.3f s (%d bytes), json %.3f s (%d bytes); whole command table/json %.2f",
                 communities, result.plan.assignments.count, planSeconds, planTableSeconds, planTable.utf8.count, planJSONSeconds, planJSON.utf8.count,
                 (planSeconds + planTableSeconds) / (planSeconds + planJSONSeconds)))
}
