// Plans a month for the shipped district and for generated districts, and prints the time,
// seats per second, the unfilled and double-booked seats and the fairness spread:
//
//     swift run -c release plan-benchmarks                  # the shipped district, 10,000 communities
//     swift run -c release plan-benchmarks 2026-12 50000    # a month, then sizes to generate
import BenchmarkSupport
import Foundation
import SizhenCalendar
import SizhenEngine
import SizhenRecords
import SizhenLoader
import SizhenModel

func bench(_ label: String, folder: String, month: YearMonth) {
    let clock = ContinuousClock()
    var loaded: WorkflowSetLoader.Outcome?
    let loading = clock.measure { loaded = WorkflowSetLoader().load(folder: folder) }
    guard let set = loaded?.set else {
        print("\(label): does not load: \(loaded?.diagnostics.sorted.prefix(3).map { SizhenLoaderMessages.describe($0) } ?? [])")
        return
    }
    guard let schedule = try? OccurrenceExpander(set: set).expand(month: month) else {
        print("\(label): the calendar does not cover \(month)")
        return
    }
    var plan: Plan?
    let planning = clock.measure { plan = Planner(set: set).plan(schedule) }
    var again: Plan?
    let replanning = clock.measure { again = Planner(set: set).plan(schedule, pinned: plan) }
    guard let plan, let again else { return }
    let audit = PlanAudit(plan: plan, schedule: schedule, set: set)
    let seats = audit.seats
    let time = seconds(planning)
    print(String(format: "%@ · %@: %d people, %d occurrences, %d seats planned in %.3f s = %.0f seats/s (load %.2f s, re-plan with the plan pinned %.3f s, %@)",
                 label, month.description, set.people.count, schedule.occurrences.count, seats, time, Double(seats) / max(time, 1e-9),
                 seconds(loading), seconds(replanning), again.assignments.map { [$0.person, $0.reason.json] } == plan.assignments.map { [$0.person, $0.reason.json] } ? "unchanged" : "CHANGED"))
    print("  \(audit.filled) filled, \(audit.unfilled) unfilled, \(audit.doubleBookings.count) double-booked")
    for workflow in set.workflows {
        let share = audit.pairedShare(of: workflow.id)
        guard share.total > 0 else { continue }
        print(String(format: "  %@: %d of %d held by the paired person (%.1f%%)", workflow.name, share.paired, share.total,
                     Double(share.paired) * 100 / Double(share.total)))
    }
    for pool in audit.fairness {
        print(String(format: "  fairness (%@): %d qualified, %d–%d a person, spread %d, mean %.2f", pool.roles.joined(separator: ", "),
                     pool.qualified, pool.minimum, pool.maximum, pool.spread, pool.mean))
    }
}

var arguments = Array(CommandLine.arguments.dropFirst())
let month = arguments.first.flatMap { YearMonth(iso: $0) } ?? YearMonth(year: 2026, month: 12)!
if arguments.first.flatMap({ YearMonth(iso: $0) }) != nil { arguments.removeFirst() }
let sizes = arguments.isEmpty ? [10_000] : arguments.compactMap { Int($0) }

print("plan a month (release build expected)")
bench("shipped district (Workflows/)", folder: repositoryRoot().appendingPathComponent("Workflows").path, month: month)
for size in sizes {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-plan-bench-\(size)")
    _ = try? writeScaffoldedDistrict(communities: size, into: folder)
    bench("generated district of \(size) communities", folder: folder.path, month: month)
    try? FileManager.default.removeItem(at: folder)
}
