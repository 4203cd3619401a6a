import SizhenDiagnostics
import SizhenCalendar
import SizhenModel
import SizhenRecords

extension PlanningRun {
    /// Plans every time window (a date and its hours) in date order.
    mutating func planWindows() {
        var groups: [[Int]] = []
        var groupIndex: [String: Int] = [:]
        for seat in seats.indices {
            let occurrence = occurrences[seats[seat].occurrence]
            let key = "\(occurrence.date.daysSinceEpoch)|\(occurrence.window)"
            if let index = groupIndex[key] {
                groups[index].append(seat)
            } else {
                groupIndex[key] = groups.count
                groups.append([seat])
            }
        }
        windowGroups = groups
        windowOfSeat = [Int](repeating: 0, count: seats.count)
        for (index, group) in groups.enumerated() {
            for seat in group { windowOfSeat[seat] = index }
        }
        for group in groups {
            planWindow(group.filter { decisions[$0] == nil })
        }
    }

    /// Plans the free seats of one time window: an exact min-cost assignment per group of
    /// seats sharing candidates, then the best free candidate for seats left empty.
    mutating func planWindow(_ free: [Int]) {
        guard !free.isEmpty else { return }
        let window = Set(free)
        let perSeat = options.candidatesPerSeat
        // Each seat's candidates who meet a preference, best first; the first few go to the solver.
        var ranked: [Int: [(person: Int, cost: LexicographicCost)]] = [:]
        for seat in free {
            ranked[seat] = specialCandidates(seat)
                .filter { rejection($0, seat) == nil }
                .map { ($0, cost($0, seat)) }
                .sorted { $0.cost != $1.cost ? $0.cost < $1.cost : $0.person < $1.person }
        }
        let poolOrderAtStart = poolMembers.map { members in
            members.sorted { load[$0] != load[$1] ? load[$0] < load[$1] : $0 < $1 }
        }
        var leftover: [Int] = []
        for component in components(free, ranked: ranked, perSeat: perSeat) {
            var columns = Set<Int>()
            for seat in component { columns.formUnion(ranked[seat]!.prefix(perSeat).map(\.person)) }
            let people = columns.sorted()
            let columnOf = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($1, $0) })
            let fallback = LexicographicCost(1 << 20, 1 << 20, 1 << 20, 1 << 20, 1 << 20, 1 << 20)
            var matrix: [[LexicographicCost]] = []
            for (row, seat) in component.enumerated() {
                var line = [LexicographicCost](repeating: .infinity, count: people.count + component.count)
                for candidate in ranked[seat]!.prefix(perSeat) { line[columnOf[candidate.person]!] = candidate.cost }
                line[people.count + row] = fallback   // a private "nobody who meets a preference" column
                matrix.append(line)
            }
            let chosen = MinCostAssignment.solve(matrix)
            for (row, seat) in component.enumerated() {
                let column = chosen[row]
                if column >= 0, column < people.count {
                    decide(seat, person: people[column], ranked: ranked[seat]!, poolOrder: poolOrderAtStart[seats[seat].pool], window: window)
                } else {
                    leftover.append(seat)
                }
            }
        }
        defer { explainWindow(window) }
        for seat in leftover.sorted() {
            let list = ranked[seat]!
            if let best = list.first(where: { rejection($0.person, seat) == nil }) {
                decide(seat, person: best.person, ranked: list, poolOrder: poolOrderAtStart[seats[seat].pool], window: window)
            } else if let any = poolOrderAtStart[seats[seat].pool].first(where: { rejection($0, seat) == nil }) {
                decide(seat, person: any, ranked: list, poolOrder: poolOrderAtStart[seats[seat].pool], window: window)
            }
        }
    }

    /// Groups of seats linked by shared candidates (union-find), each in seat order, groups in
    /// the order of their first seat.
    func components(_ free: [Int], ranked: [Int: [(person: Int, cost: LexicographicCost)]], perSeat: Int) -> [[Int]] {
        var parent = Array(free.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var owner: [Int: Int] = [:]
        for (index, seat) in free.enumerated() {
            for candidate in ranked[seat]!.prefix(perSeat) {
                if let other = owner[candidate.person] {
                    let a = find(index), b = find(other)
                    if a != b { parent[max(a, b)] = min(a, b) }
                } else {
                    owner[candidate.person] = index
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        var order: [Int] = []
        for (index, seat) in free.enumerated() {
            let root = find(index)
            if groups[root] == nil { order.append(root) }
            groups[root, default: []].append(seat)
        }
        return order.map { groups[$0]! }
    }

    /// Books `person` for `seat`; the reason is written once the whole window is decided.
    mutating func decide(_ seat: Int, person: Int, ranked: [(person: Int, cost: LexicographicCost)], poolOrder: [Int], window: Set<Int>) {
        book(person, seat)
        decisions[seat] = Decision(person: person, reason: PlanMessage.replanned(), alternatives: [], isPinned: false, pinnedSource: nil)
        pendingReasons.append((seat, ranked, poolOrder))
    }

    /// Writes why each seat of the window got its person, with the runners-up, now that every
    /// seat of the window is decided (so a runner-up taken by another seat says so).
    mutating func explainWindow(_ window: Set<Int>) {
        for (seat, ranked, poolOrder) in pendingReasons {
            guard let person = decisions[seat]?.person else { continue }
            unbook(person, seat)
            let reason = explain(seat, chosen: person, window: window)
            let chosenCost = cost(person, seat)
            var alternatives: [Alternative] = []
            var considered = Set([person])
            for candidate in ranked where !considered.contains(candidate.person) && alternatives.count < 3 {
                considered.insert(candidate.person)
                alternatives.append(Alternative(person: people[candidate.person].id,
                                                reason: whyLost(candidate.person, to: person, seat: seat, chosenCost: chosenCost, window: window)))
            }
            if alternatives.count < 3 {
                var scanned = 0
                for candidate in poolOrder {
                    // Stop, rather than filter the rest of a pool that may hold every worker of
                    // the district.
                    if alternatives.count >= 3 || scanned >= 64 { break }
                    guard !considered.contains(candidate) else { continue }
                    scanned += 1
                    if rejection(candidate, seat) != nil, !isTakenInWindow(candidate, window: window) { continue }
                    considered.insert(candidate)
                    alternatives.append(Alternative(person: people[candidate].id,
                                                    reason: whyLost(candidate, to: person, seat: seat, chosenCost: chosenCost, window: window)))
                }
            }
            book(person, seat)
            decisions[seat] = Decision(person: person, reason: reason, alternatives: alternatives, isPinned: false, pinnedSource: nil)
        }
        pendingReasons = []
    }

    /// Whether `person` holds another seat of this window.
    func isTakenInWindow(_ person: Int, window: Set<Int>) -> Bool {
        bookings[person].contains { window.contains($0) }
    }
}
