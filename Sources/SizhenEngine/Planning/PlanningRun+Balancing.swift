import SizhenDiagnostics
import SizhenModel
import SizhenRecords

extension PlanningRun {
    /// Local search for fairness: while some person in a pool has at least two more
    /// assignments than someone else, moves one of the busiest person's assignments (not a
    /// pinned one) to the least busy person who may take it, when that breaks no hard
    /// constraint and worsens no preference ranked above load. Each move lowers the sum of
    /// squared loads, so the search ends; it stops at the first plan no single such move improves.
    mutating func balanceLoads() {
        let maximumMoves = seats.count * 4 + 16
        var moves = 0
        var improved = true
        while improved && moves < maximumMoves {
            improved = false
            for pool in poolMembers.indices {
                let members = poolMembers[pool]
                guard members.count > 1 else { continue }
                let busiestFirst = members.sorted { load[$0] != load[$1] ? load[$0] > load[$1] : $0 < $1 }
                let least = members.map { load[$0] }.min() ?? 0
                for busy in busiestFirst {
                    if load[busy] - least < 2 { break }
                    while moves < maximumMoves, load[busy] - least >= 2, tryMove(from: busy, pool: pool) {
                        improved = true
                        moves += 1
                    }
                }
            }
        }
    }

    /// Moves one of `busy`'s assignments in `pool` to a less busy person, if any may take it.
    mutating func tryMove(from busy: Int, pool: Int) -> Bool {
        for seat in bookings[busy].sorted() where seats[seat].pool == pool && decisions[seat]?.isPinned == false {
            let current = preferenceCost(busy, seat)
            let candidates: [Int]
            if current.array.enumerated().contains(where: { index, value in
                seats[seat].ranking.indices.contains(index) && seats[seat].ranking[index] != .leastLoaded && value < worstLevel(seat, index)
            }) {
                candidates = specialCandidates(seat)
            } else {
                candidates = poolMembers[pool]
            }
            var best: (person: Int, cost: LexicographicCost)?
            for candidate in candidates where candidate != busy && load[candidate] <= load[busy] - 2 {
                let preference = preferenceCost(candidate, seat)
                guard !(current < preference) else { continue }
                guard rejection(candidate, seat) == nil else { continue }
                let full = cost(candidate, seat)
                if best == nil || full < best!.cost || (full == best!.cost && candidate < best!.person) { best = (candidate, full) }
            }
            guard let chosen = best else { continue }
            let from = people[busy]
            let hadLoad = load[busy]
            unbook(busy, seat)
            let window = Set(windowGroups[windowOfSeat[seat]])
            let reason = PlanMessage.movedToEvenLoad(["reason": .message(explain(seat, chosen: chosen.person, window: window)),
                                                      "from": .text(from.name), "load": .int(hadLoad)])
            book(chosen.person, seat)
            let previous = decisions[seat]!
            var alternatives = [Alternative(person: from.id, reason: PlanMessage.hadMore(["load": .int(hadLoad)]))]
            alternatives += previous.alternatives.filter { $0.person != people[chosen.person].id }.prefix(2)
            decisions[seat] = Decision(person: chosen.person, reason: reason, alternatives: alternatives, isPinned: false, pinnedSource: nil)
            return true
        }
        return false
    }

    /// The value of a level when no preference of it is met.
    func worstLevel(_ seat: Int, _ level: Int) -> Int {
        switch seats[seat].ranking[level] {
        case .skills: seats[seat].slot.skills.count
        case .leastLoaded: Int.max
        default: 1
        }
    }

    /// The plan as values, in seat order.
    func result(month: String) -> Plan {
        var assignments: [Assignment] = []
        var unfilled: [UnfilledSlot] = []
        for seat in seats.indices {
            let target = seats[seat]
            let occurrence = occurrences[target.occurrence]
            if let decision = decisions[seat] {
                assignments.append(Assignment(
                    occurrence: occurrence.id, workflow: occurrence.workflowID, site: occurrence.siteID, date: occurrence.date.description,
                    start: occurrence.interval.startRFC3339, end: occurrence.interval.endRFC3339, slot: target.slot.name,
                    person: people[decision.person].id, reason: decision.reason, alternatives: decision.alternatives, isPinned: decision.isPinned))
            } else {
                unfilled.append(UnfilledSlot(occurrence: occurrence.id, workflow: occurrence.workflowID, site: occurrence.siteID,
                                             date: occurrence.date.description, slot: target.slot.name, reason: unfilledReason(seat)))
            }
        }
        return Plan(month: month, assignments: assignments, unfilled: unfilled, released: released)
    }
}
