import SizhenDiagnostics
import SizhenCalendar
import SizhenModel
import SizhenRecords

extension PlanAudit {
    /// Audits `plan` against the workflows and the month it was made for.
    public init(plan: Plan, schedule: MonthSchedule, set: WorkflowSet, options: PlannerOptions? = nil) {
        var run = PlanningRun(set: set, schedule: schedule, options: options ?? PlannerOptions(district: set.district))
        var next: [String: Int] = [:]
        var placed: [(person: Int, seat: Int)] = []
        var counts: [String: (paired: Int, total: Int)] = [:]
        for assignment in plan.assignments {
            guard let person = run.personIndex[assignment.person], let list = run.seatsByKey[assignment.seatKey] else { continue }
            let ordinal = next[assignment.seatKey, default: 0]
            guard ordinal < list.count else { continue }
            next[assignment.seatKey] = ordinal + 1
            placed.append((person, list[ordinal]))
            let hasPaired = (run.pairedBySite[assignment.site] ?? []).contains { candidate in
                run.seats[list[ordinal]].slot.roles.contains { run.people[candidate].holds($0.id) }
            }
            if hasPaired {
                var count = counts[assignment.workflow] ?? (0, 0)
                count.total += 1
                if run.pairedSets[person].contains(assignment.site) { count.paired += 1 }
                counts[assignment.workflow] = count
            }
        }
        var clashes: [Message] = []
        for (person, seat) in placed {
            if let why = run.rejection(person, seat), case .busy = why {
                clashes.append(PlanMessage.doubleBooked(["person": .text(run.people[person].id), "occurrence": .text(run.occurrences[run.seats[seat].occurrence].id),
                                                         "why": .message(run.describe(why, seat: seat))]))
            } else if let why = run.rejection(person, seat), case .travel = why {
                clashes.append(PlanMessage.doubleBooked(["person": .text(run.people[person].id), "occurrence": .text(run.occurrences[run.seats[seat].occurrence].id),
                                                         "why": .message(run.describe(why, seat: seat))]))
            }
            run.book(person, seat)
        }
        var fairness: [PlanAudit.Fairness] = []
        for pool in run.poolMembers.indices {
            let poolSeats = run.seats.indices.filter { run.seats[$0].pool == pool }
            var windows: [Int] = []
            var seen = Set<String>()
            for seat in poolSeats {
                let occurrence = run.occurrences[run.seats[seat].occurrence]
                if seen.insert("\(occurrence.date)|\(occurrence.window)").inserted { windows.append(seat) }
            }
            let qualified = run.poolMembers[pool].filter { person in
                windows.contains { seat in
                    let occurrence = run.occurrences[run.seats[seat].occurrence]
                    return !run.people[person].leave.contains { $0.contains(occurrence.date) } && run.isAvailable(run.people[person], for: occurrence)
                }
            }
            let loads = qualified.map { run.load[$0] }
            fairness.append(Fairness(roles: run.poolRoles[pool], qualified: qualified.count, minimum: loads.min() ?? 0,
                                     maximum: loads.max() ?? 0, mean: loads.isEmpty ? 0 : Double(loads.reduce(0, +)) / Double(loads.count)))
        }
        self.init(seats: run.seats.count, filled: plan.assignments.count, unfilled: plan.unfilled.count, doubleBookings: clashes,
                  fairness: fairness, pairedCounts: counts)
    }
}
