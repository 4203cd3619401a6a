import SizhenDiagnostics
import SizhenCalendar
import SizhenModel
import SizhenRecords

/// One seat: a place for one person in a slot of an occurrence.
struct Seat {
    var occurrence: Int
    var slotIndex: Int
    var slot: Slot
    /// Preferences as ranked: the slot's, then `least_loaded` when the slot leaves it out.
    var ranking: [Slot.Preference]
    var pool: Int
}

/// Why a person cannot take a seat.
enum Rejection: Hashable {
    case lacksRole
    case onLeave(Leave)
    case unavailable
    case monthLimit(Int)
    case weekLimit(Int)
    case dayLimit(Int)
    case busy(occurrence: Int)
    case travel(occurrence: Int)
    case session
}

/// A seat's person and the reason, once decided.
struct Decision {
    var person: Int
    var reason: Message
    var alternatives: [Alternative]
    var isPinned: Bool
    var pinnedSource: Assignment?
}

/// The state of one planning run: indexes over the staff, the bookings so far, the decisions.
struct PlanningRun {
    let set: WorkflowSet
    let schedule: MonthSchedule
    let options: PlannerOptions
    let occurrences: [Occurrence]
    /// People sorted by id, so that index order is id order.
    let people: [Person]
    let personIndex: [String: Int]
    let pairedSets: [Set<String>]
    let skillSets: [Set<String>]
    let roleHolders: [String: [Int]]
    let pairedBySite: [String: [Int]]
    let byStreet: [String: [Int]]
    let bySkill: [String: [Int]]
    let siteStreet: [String: String]
    let siteNames: [String: String]
    /// The streets that are towns (镇), for "same town" in explanations.
    let townIDs: Set<String>
    /// Role names from the district file, for reasons in Chinese.
    let roleNames: [String: String]
    let workflowNames: [String: String]
    var seats: [Seat] = []
    var seatsByKey: [String: [Int]] = [:]
    /// Pools: the distinct role sets of planned slots, their members and summed load.
    var poolRoles: [[String]] = []
    var poolMembers: [[Int]] = []
    var poolLoad: [Int] = []
    var personPools: [[Int]]
    /// Bookings per person: seat indices.
    var bookings: [[Int]]
    var load: [Int]
    var bookersBySite: [String: Set<Int>] = [:]
    var decisions: [Decision?]
    var released: [ReleasedAssignment] = []
    /// Seats by time window (a date and its hours), and each seat's window.
    var windowGroups: [[Int]] = []
    var windowOfSeat: [Int] = []
    /// Seats of the window being planned whose reasons are still to write.
    var pendingReasons: [(seat: Int, ranked: [(person: Int, cost: LexicographicCost)], poolOrder: [Int])] = []

    /// By person number: the days they have a session.
    let sessionDays: [Set<CivilDate>]

    init(set: WorkflowSet, schedule: MonthSchedule, options: PlannerOptions, sessionDays: [String: Set<CivilDate>] = [:]) {
        self.set = set
        self.schedule = schedule
        self.options = options
        occurrences = schedule.occurrences
        let sorted = set.people.sorted { $0.id < $1.id }
        people = sorted
        personIndex = Dictionary(sorted.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        pairedSets = sorted.map { Set($0.paired.map(\.id)) }
        skillSets = sorted.map { Set($0.skills) }
        var holders: [String: [Int]] = [:], paired: [String: [Int]] = [:], street: [String: [Int]] = [:], skill: [String: [Int]] = [:]
        for (index, person) in sorted.enumerated() {
            for role in Set(person.roles.map(\.id)).sorted() { holders[role, default: []].append(index) }
            for site in Set(person.paired.map(\.id)).sorted() { paired[site, default: []].append(index) }
            if let id = person.street?.id { street[id, default: []].append(index) }
            for label in Set(person.skills).sorted() { skill[label, default: []].append(index) }
        }
        roleHolders = holders
        pairedBySite = paired
        byStreet = street
        bySkill = skill
        var streets: [String: String] = [:], names: [String: String] = [set.district.id: set.district.name]
        for community in set.district.communities {
            streets[community.id] = community.streetID
            names[community.id] = community.name
        }
        siteStreet = streets
        siteNames = names
        townIDs = Set(set.district.streets.filter { $0.kind == .town }.map(\.id))
        roleNames = Dictionary(set.district.roles.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        workflowNames = Dictionary(set.workflows.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        self.sessionDays = sorted.map { sessionDays[$0.id] ?? [] }
        personPools = [[Int]](repeating: [], count: sorted.count)
        bookings = [[Int]](repeating: [], count: sorted.count)
        load = [Int](repeating: 0, count: sorted.count)
        decisions = []
        buildSeats()
    }

    private mutating func buildSeats() {
        var poolIndex: [[String]: Int] = [:]
        for (occurrenceIndex, occurrence) in occurrences.enumerated() {
            guard let workflow = set.workflow(occurrence.workflowID) else { continue }
            for (slotIndex, slot) in workflow.slots.enumerated() where !slot.onDemand {
                let roles = Set(slot.roles.map(\.id)).sorted()
                let pool: Int
                if let known = poolIndex[roles] {
                    pool = known
                } else {
                    pool = poolRoles.count
                    poolIndex[roles] = pool
                    poolRoles.append(roles)
                    let members = Set(roles.flatMap { roleHolders[$0] ?? [] }).sorted()
                    poolMembers.append(members)
                    poolLoad.append(0)
                    for member in members { personPools[member].append(pool) }
                }
                var ranking = slot.prefer.isEmpty ? Slot.Preference.allCases : slot.prefer
                if !ranking.contains(.leastLoaded) { ranking.append(.leastLoaded) }
                for _ in 0..<max(0, slot.count) {
                    seatsByKey[occurrence.id + "#" + slot.name, default: []].append(seats.count)
                    seats.append(Seat(occurrence: occurrenceIndex, slotIndex: slotIndex, slot: slot, ranking: ranking, pool: pool))
                }
            }
        }
        decisions = [Decision?](repeating: nil, count: seats.count)
    }

    // MARK: Hard constraints

    static func weekIndex(_ date: CivilDate) -> Int {
        let shifted = date.daysSinceEpoch + 3   // 1969-12-29 was a Monday
        return shifted >= 0 ? shifted / 7 : (shifted - 6) / 7
    }

    /// Whether the person's weekly availability covers the occurrence's hours. No windows
    /// means every workday 09:00-17:00 (a make-up workday counts); with windows, those of the
    /// date's weekday apply (a make-up Saturday uses Saturday's).
    func isAvailable(_ person: Person, for occurrence: Occurrence) -> Bool {
        person.works(on: occurrence.date, isWorkday: occurrence.dayKind.isWorkday, hours: occurrence.window)
    }

    /// Why `person` cannot take `seat` given the bookings so far (ignoring the booking of
    /// `ignoring`, for moves), or nil when they can.
    func rejection(_ person: Int, _ seat: Int, ignoring: Int? = nil) -> Rejection? {
        let target = seats[seat]
        let who = people[person]
        if !target.slot.roles.contains(where: { who.holds($0.id) }) { return .lacksRole }
        let occurrence = occurrences[target.occurrence]
        if let leave = who.leave.first(where: { $0.contains(occurrence.date) }) { return .onLeave(leave) }
        if !isAvailable(who, for: occurrence) { return .unavailable }
        if sessionDays[person].contains(occurrence.date) { return .session }
        let booked = ignoring == nil ? bookings[person] : bookings[person].filter { $0 != ignoring }
        if let limit = who.limits.perMonth, booked.count >= limit { return .monthLimit(limit) }
        let week = Self.weekIndex(occurrence.date)
        var sameWeek = 0, sameDay = 0
        var conflict: Rejection?
        let start = occurrence.window.start.minutesSinceMidnight, end = occurrence.window.end.minutesSinceMidnight
        let street = siteStreet[occurrence.siteID]
        for other in booked {
            let held = occurrences[seats[other].occurrence]
            if Self.weekIndex(held.date) == week { sameWeek += 1 }
            guard held.date == occurrence.date else { continue }
            sameDay += 1
            let otherStart = held.window.start.minutesSinceMidnight, otherEnd = held.window.end.minutesSinceMidnight
            if start < otherEnd && otherStart < end {
                if conflict == nil { conflict = .busy(occurrence: seats[other].occurrence) }
                continue
            }
            let sameStreet = held.siteID == occurrence.siteID || (street != nil && street == siteStreet[held.siteID])
            if !sameStreet {
                let gap = start >= otherEnd ? start - otherEnd : otherStart - end
                if gap < options.travelBufferMinutes, conflict == nil { conflict = .travel(occurrence: seats[other].occurrence) }
            }
        }
        if let conflict, case .busy = conflict { return conflict }
        if let limit = who.limits.perWeek, sameWeek >= limit { return .weekLimit(limit) }
        if let limit = who.limits.perDay, sameDay >= limit { return .dayLimit(limit) }
        return conflict
    }

    // MARK: Preferences

    /// The seat's cost of `person`, level by level in the seat's ranking; lower is better.
    func cost(_ person: Int, _ seat: Int) -> LexicographicCost {
        let target = seats[seat]
        let site = occurrences[target.occurrence].siteID
        var levels: [Int] = []
        for preference in target.ranking {
            switch preference {
            case .paired: levels.append(pairedSets[person].contains(site) ? 0 : 1)
            case .sameStreet:
                let street = siteStreet[site]
                levels.append(street != nil && people[person].street?.id == street ? 0 : 1)
            case .skills: levels.append(target.slot.skills.count { !skillSets[person].contains($0) })
            case .continuity: levels.append(bookersBySite[site]?.contains(person) == true ? 0 : 1)
            case .leastLoaded: levels.append(load[person])
            }
        }
        return LexicographicCost(levels)
    }

    /// The cost with the load level zeroed: what a move must not make worse.
    func preferenceCost(_ person: Int, _ seat: Int) -> LexicographicCost {
        var levels = cost(person, seat).array
        if let index = seats[seat].ranking.firstIndex(of: .leastLoaded) { levels[index] = 0 }
        return LexicographicCost(levels)
    }

    /// People who meet at least one of the seat's preferences other than load, holding a role
    /// of the slot, in id order.
    func specialCandidates(_ seat: Int) -> [Int] {
        let target = seats[seat]
        let site = occurrences[target.occurrence].siteID
        var found = Set<Int>()
        for preference in target.ranking {
            switch preference {
            case .paired: found.formUnion(pairedBySite[site] ?? [])
            case .sameStreet: if let street = siteStreet[site] { found.formUnion(byStreet[street] ?? []) }
            case .skills: for label in target.slot.skills { found.formUnion(bySkill[label] ?? []) }
            case .continuity: found.formUnion(bookersBySite[site] ?? [])
            case .leastLoaded: break
            }
        }
        return found.filter { person in target.slot.roles.contains { people[person].holds($0.id) } }.sorted()
    }

    // MARK: Bookings

    mutating func book(_ person: Int, _ seat: Int) {
        bookings[person].append(seat)
        load[person] += 1
        for pool in personPools[person] { poolLoad[pool] += 1 }
        bookersBySite[occurrences[seats[seat].occurrence].siteID, default: []].insert(person)
    }

    mutating func unbook(_ person: Int, _ seat: Int) {
        bookings[person].removeAll { $0 == seat }
        load[person] -= 1
        for pool in personPools[person] { poolLoad[pool] -= 1 }
        let site = occurrences[seats[seat].occurrence].siteID
        if !bookings[person].contains(where: { occurrences[seats[$0].occurrence].siteID == site }) {
            bookersBySite[site]?.remove(person)
        }
    }

    // MARK: Pinned plan

    /// Keeps every assignment of `pinned` that still holds, in date order, and releases the
    /// rest with why.
    mutating func reserve(_ pinned: Plan) {
        var byKey: [String: [Assignment]] = [:]
        for assignment in pinned.assignments { byKey[assignment.seatKey, default: []].append(assignment) }
        var used = Set<String>()
        for seat in seats.indices {
            let target = seats[seat]
            let key = occurrences[target.occurrence].id + "#" + target.slot.name
            guard let candidates = byKey[key] else { continue }
            let ordinal = seatsByKey[key]!.firstIndex(of: seat)!
            let ordered = candidates.sorted { $0.person < $1.person }
            guard ordinal < ordered.count else { continue }
            let assignment = ordered[ordinal]
            used.insert(key + "@" + assignment.person)
            guard let person = personIndex[assignment.person] else {
                released.append(ReleasedAssignment(assignment: assignment, reason: PlanMessage.noLongerOnStaff(["person": .text(assignment.person)])))
                continue
            }
            if let why = rejection(person, seat) {
                released.append(ReleasedAssignment(assignment: assignment,
                                                   reason: PlanMessage.personCannot(["person": .text(personName(person)), "why": .message(describe(why, seat: seat))])))
                continue
            }
            book(person, seat)
            decisions[seat] = Decision(person: person, reason: assignment.reason, alternatives: assignment.alternatives,
                                       isPinned: true, pinnedSource: assignment)
        }
        for assignment in pinned.assignments where !used.contains(assignment.seatKey + "@" + assignment.person) {
            let why = seatsByKey[assignment.seatKey] == nil ? PlanMessage.occurrenceGone() : PlanMessage.fewerSeats()
            released.append(ReleasedAssignment(assignment: assignment, reason: why))
        }
    }
}
