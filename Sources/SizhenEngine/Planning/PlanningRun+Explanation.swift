import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords

/// The planner's reasons, as messages (see `PlanMessage`), with the files' names.
extension PlanningRun {
    func personName(_ person: Int) -> String { people[person].name }

    func siteName(_ site: String) -> String { siteNames[site] ?? site }

    /// A role as the reasons show it: its id in English (`legal worker`), its name in Chinese.
    func role(_ id: String) -> MessageValue {
        .message(PlanMessage.role(id: id, name: roleNames[id]))
    }

    static func shortDate(_ date: CivilDate) -> String { String(date.description.dropFirst(5)) }

    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// `on leave 12-14…12-18 (年假)`, `not available 周三 09:00-12:00`, `busy at 烟雨社区 09:00-12:00`.
    func describe(_ rejection: Rejection, seat: Int) -> Message {
        let occurrence = occurrences[seats[seat].occurrence]
        switch rejection {
        case .lacksRole: return PlanMessage.lacksRole()
        case .onLeave(let leave):
            let days = leave.first == leave.last ? Self.shortDate(leave.first) : Self.shortDate(leave.first) + "…" + Self.shortDate(leave.last)
            return PlanMessage.onLeave(["days": .text(days), "reason": .text(leave.reason ?? "")])
        case .unavailable:
            return PlanMessage.notAvailable(["weekday": .text(occurrence.date.weekday.chineseName), "window": .text(occurrence.window.description)])
        case .monthLimit(let limit): return PlanMessage.monthLimit(["limit": .int(limit)])
        case .weekLimit(let limit): return PlanMessage.weekLimit(["limit": .int(limit)])
        case .dayLimit(let limit): return PlanMessage.dayLimit(["limit": .int(limit)])
        case .busy(let other):
            let held = occurrences[other]
            return PlanMessage.busyAt(["site": .text(siteName(held.siteID)), "window": .text(held.window.description)])
        case .session:
            return PlanMessage.hasSession(["date": .text(Self.shortDate(occurrence.date))])
        case .travel(let other):
            let held = occurrences[other]
            return PlanMessage.tooFarFrom(["site": .text(siteName(held.siteID)), "window": .text(held.window.description),
                                           "minutes": .int(options.travelBufferMinutes)])
        }
    }

    /// Why `chosen` takes `seat`: the paired person's absence when the chosen is not paired,
    /// the preferences met, and the load.
    func explain(_ seat: Int, chosen: Int, window: Set<Int>) -> Message {
        let target = seats[seat]
        let occurrence = occurrences[target.occurrence]
        let site = occurrence.siteID
        let roleOfChosen = target.slot.roles.first { people[chosen].holds($0.id) }?.id ?? "person"
        if target.ranking.first == .paired, pairedSets[chosen].contains(site) {
            return PlanMessage.pairedOf(["role": role(roleOfChosen), "site": .text(siteName(site))])
        }
        var parts: [Message] = []
        if target.ranking.contains(.paired), !pairedSets[chosen].contains(site) {
            let paired = (pairedBySite[site] ?? []).filter { person in target.slot.roles.contains { people[person].holds($0.id) } }
            if paired.isEmpty {
                parts.append(PlanMessage.nobodyPaired(["site": .text(siteName(site))]))
            }
            for person in paired {
                let roleID = target.slot.roles.first { people[person].holds($0.id) }!.id
                let why: Message
                if let taken = bookings[person].first(where: { window.contains($0) }) {
                    why = PlanMessage.sitsElsewhere(["site": .text(siteName(occurrences[seats[taken].occurrence].siteID))])
                } else if let rejection = rejection(person, seat) {
                    why = describe(rejection, seat: seat)
                } else {
                    why = PlanMessage.leftForBetterPlan()
                }
                parts.append(PlanMessage.pairedCannot(["role": role(roleID), "person": .text(personName(person)), "why": .message(why)]))
            }
        }
        var met: [Message] = []
        for preference in target.ranking {
            switch preference {
            case .paired: if pairedSets[chosen].contains(site) { met.append(PlanMessage.pairedWith(["site": .text(siteName(site))])) }
            case .sameStreet:
                if let street = siteStreet[site], people[chosen].street?.id == street {
                    met.append(townIDs.contains(street) ? PlanMessage.sameTown() : PlanMessage.sameStreet())
                }
            case .skills:
                let matched = target.slot.skills.filter { skillSets[chosen].contains($0) }
                if !matched.isEmpty { met.append(PlanMessage.skills(["skills": .texts(matched)])) }
            case .continuity:
                if bookersBySite[site]?.contains(chosen) == true { met.append(PlanMessage.alreadyHere(["site": .text(siteName(site))])) }
            case .leastLoaded: break
            }
        }
        let members = poolMembers[target.pool]
        let mean = members.isEmpty ? 0 : Double(poolLoad[target.pool]) / Double(members.count)
        met.append(PlanMessage.load(["count": .int(load[chosen]), "mean": .text(Self.decimal(mean))]))
        parts.append(PlanMessage.chosen(["person": .text(personName(chosen)), "met": .messages(met)]))
        return PlanMessage.joined(parts)
    }

    /// Why `candidate` lost `seat` to `chosen`.
    func whyLost(_ candidate: Int, to chosen: Int, seat: Int, chosenCost: LexicographicCost, window: Set<Int>) -> Message {
        if let taken = bookings[candidate].first(where: { window.contains($0) && $0 != seat }) {
            return PlanMessage.chosenElsewhere(["site": .text(siteName(occurrences[seats[taken].occurrence].siteID))])
        }
        if let rejection = rejection(candidate, seat) { return describe(rejection, seat: seat) }
        let target = seats[seat]
        let site = occurrences[target.occurrence].siteID
        let mine = cost(candidate, seat).array
        let theirs = chosenCost.array
        for (level, preference) in target.ranking.enumerated() where mine[level] != theirs[level] {
            guard mine[level] > theirs[level] else { return PlanMessage.keptForBalance(["preference": .message(Self.word(preference))]) }
            switch preference {
            case .paired: return PlanMessage.notPairedWith(["site": .text(siteName(site))])
            case .sameStreet: return PlanMessage.otherStreet()
            case .skills: return PlanMessage.fewerSkills(["count": .int(target.slot.skills.count - mine[level]), "total": .int(target.slot.skills.count)])
            case .continuity: return PlanMessage.notHereYet(["site": .text(siteName(site))])
            case .leastLoaded: return PlanMessage.moreAssignments(["mine": .int(mine[level]), "theirs": .int(theirs[level])])
            }
        }
        return PlanMessage.lowerIDWins()
    }

    /// A preference's word.
    static func word(_ preference: Slot.Preference) -> Message {
        switch preference {
        case .paired: PlanMessage.preferencePaired()
        case .sameStreet: PlanMessage.preferenceSameStreet()
        case .skills: PlanMessage.preferenceSkills()
        case .continuity: PlanMessage.preferenceContinuity()
        case .leastLoaded: PlanMessage.preferenceLeastLoaded()
        }
    }

    /// Renders reasons in English to order a tally the same way in every language.
    static let englishReasons = MessageRenderer(book: MessageBook([PlanMessage.self]))

    /// Why nobody can take `seat`, per role the slot accepts.
    func unfilledReason(_ seat: Int) -> Message {
        let target = seats[seat]
        var parts: [Message] = []
        for roleID in target.slot.roles.map(\.id) {
            let holders = roleHolders[roleID] ?? []
            guard !holders.isEmpty else {
                parts.append(PlanMessage.nobodyHoldsRole(["role": role(roleID)]))
                continue
            }
            var tally: [Message: Int] = [:]
            for person in holders {
                let key: Message
                switch rejection(person, seat) {
                case nil: key = PlanMessage.free()
                case .onLeave?: key = PlanMessage.onLeaveShort()
                case .busy?, .travel?: key = PlanMessage.busyShort()
                case let other?: key = describe(other, seat: seat)
                }
                tally[key, default: 0] += 1
            }
            // Most first; ties in the order of the English words, so that the order never
            // depends on the language shown.
            let english = Self.englishReasons
            let reasons = tally.map { (message: $0.key, count: $0.value, text: english.render($0.key)) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.text < $1.text }
                .map { PlanMessage.tally(["count": .int($0.count), "what": .message($0.message)]) }
            parts.append(PlanMessage.holdersOfRole(["role": role(roleID), "count": .int(holders.count), "reasons": .messages(reasons)]))
        }
        return PlanMessage.joined(parts)
    }
}
