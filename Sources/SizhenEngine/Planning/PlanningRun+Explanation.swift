import SizhenCalendar
import SizhenModel
import SizhenRecords

/// The wording of the planner's reasons: English, with the files' Chinese names.
extension PlanningRun {
    func personName(_ person: Int) -> String { people[person].name }

    func siteName(_ site: String) -> String { siteNames[site] ?? site }

    func roleLabel(_ role: String) -> String { String(role.map { $0 == "_" ? " " : $0 }) }

    static func shortDate(_ date: CivilDate) -> String { String(date.description.dropFirst(5)) }

    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }

    /// `on leave 12-14…12-18 (年假)`, `not available 周三 09:00-12:00`, `busy at 烟雨社区 09:00-12:00`.
    func describe(_ rejection: Rejection, seat: Int) -> String {
        let occurrence = occurrences[seats[seat].occurrence]
        switch rejection {
        case .lacksRole: return "does not hold a role the slot accepts"
        case .onLeave(let leave):
            let days = leave.first == leave.last ? Self.shortDate(leave.first) : Self.shortDate(leave.first) + "…" + Self.shortDate(leave.last)
            return "on leave " + days + (leave.reason.map { " (\($0))" } ?? "")
        case .unavailable: return "not available \(occurrence.date.weekday.chineseName) \(occurrence.window)"
        case .monthLimit(let limit): return "at the monthly limit (\(limit))"
        case .weekLimit(let limit): return "at the weekly limit (\(limit))"
        case .dayLimit(let limit): return "at the daily limit (\(limit))"
        case .busy(let other):
            let held = occurrences[other]
            return "busy at \(siteName(held.siteID)) \(held.window)"
        case .travel(let other):
            let held = occurrences[other]
            return "busy at \(siteName(held.siteID)) \(held.window), less than \(options.travelBufferMinutes) min to travel"
        }
    }

    /// Why `chosen` takes `seat`: the paired person's absence when the chosen is not paired,
    /// the preferences met, and the load.
    func explain(_ seat: Int, chosen: Int, window: Set<Int>) -> String {
        let target = seats[seat]
        let occurrence = occurrences[target.occurrence]
        let site = occurrence.siteID
        let roleOfChosen = target.slot.roles.first { people[chosen].holds($0.id) }?.id ?? "person"
        if target.ranking.first == .paired, pairedSets[chosen].contains(site) {
            return "paired \(roleLabel(roleOfChosen)) of \(siteName(site))"
        }
        var parts: [String] = []
        if target.ranking.contains(.paired), !pairedSets[chosen].contains(site) {
            let paired = (pairedBySite[site] ?? []).filter { person in target.slot.roles.contains { people[person].holds($0.id) } }
            if paired.isEmpty {
                parts.append("no one paired with \(siteName(site))")
            }
            for person in paired {
                let role = target.slot.roles.first { people[person].holds($0.id) }!.id
                let why: String
                if let taken = bookings[person].first(where: { window.contains($0) }) {
                    why = "sits at \(siteName(occurrences[seats[taken].occurrence].siteID)) at the same time"
                } else if let rejection = rejection(person, seat) {
                    why = describe(rejection, seat: seat)
                } else {
                    why = "left for a better overall plan"
                }
                parts.append("paired \(roleLabel(role)) \(personName(person)) \(why)")
            }
        }
        var met: [String] = []
        for preference in target.ranking {
            switch preference {
            case .paired: if pairedSets[chosen].contains(site) { met.append("paired with \(siteName(site))") }
            case .sameStreet:
                if let street = siteStreet[site], people[chosen].street?.id == street {
                    met.append(townIDs.contains(street) ? "same town" : "same street")
                }
            case .skills:
                let matched = target.slot.skills.filter { skillSets[chosen].contains($0) }
                if !matched.isEmpty { met.append("skills " + matched.joined(separator: ", ")) }
            case .continuity:
                if bookersBySite[site]?.contains(chosen) == true { met.append("already at \(siteName(site)) this month") }
            case .leastLoaded: break
            }
        }
        let members = poolMembers[target.pool]
        let mean = members.isEmpty ? 0 : Double(poolLoad[target.pool]) / Double(members.count)
        met.append(Self.count(load[chosen], "assignment") + " this month, mean " + Self.decimal(mean))
        parts.append(personName(chosen) + ": " + met.joined(separator: ", "))
        return parts.joined(separator: "; ")
    }

    /// Why `candidate` lost `seat` to `chosen`.
    func whyLost(_ candidate: Int, to chosen: Int, seat: Int, chosenCost: LexicographicCost, window: Set<Int>) -> String {
        if let taken = bookings[candidate].first(where: { window.contains($0) && $0 != seat }) {
            return "chosen for \(siteName(occurrences[seats[taken].occurrence].siteID)) at the same time"
        }
        if let rejection = rejection(candidate, seat) { return describe(rejection, seat: seat) }
        let target = seats[seat]
        let site = occurrences[target.occurrence].siteID
        let mine = cost(candidate, seat).array
        let theirs = chosenCost.array
        for (level, preference) in target.ranking.enumerated() where mine[level] != theirs[level] {
            guard mine[level] > theirs[level] else { return "better on \(preference.rawValue), kept for balance" }
            switch preference {
            case .paired: return "not paired with \(siteName(site))"
            case .sameStreet: return "from another street"
            case .skills: return "has \(target.slot.skills.count - mine[level]) of the \(target.slot.skills.count) skills asked"
            case .continuity: return "not at \(siteName(site)) yet this month"
            case .leastLoaded: return "more assignments this month (\(mine[level]) vs \(theirs[level]))"
            }
        }
        return "equal on every preference; the lower id wins"
    }

    /// Why nobody can take `seat`, per role the slot accepts.
    func unfilledReason(_ seat: Int) -> String {
        let target = seats[seat]
        var parts: [String] = []
        for role in target.slot.roles.map(\.id) {
            let holders = roleHolders[role] ?? []
            guard !holders.isEmpty else {
                parts.append("\(roleLabel(role)): nobody holds the role")
                continue
            }
            var tally: [String: Int] = [:]
            for person in holders {
                let key: String
                switch rejection(person, seat) {
                case nil: key = "free"
                case .onLeave?: key = "on leave"
                case .busy?, .travel?: key = "busy at the time"
                case let other?: key = describe(other, seat: seat)
                }
                tally[key, default: 0] += 1
            }
            let reasons = tally.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\($0.value) \($0.key)" }
            parts.append("\(roleLabel(role)): \(holders.count) \(holders.count == 1 ? "holds" : "hold") the role — " + reasons.joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }
}
