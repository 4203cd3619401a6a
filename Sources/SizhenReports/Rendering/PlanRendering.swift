import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords

/// How `plan` prints: a table (with `--explain`, each assignment's runners-up), JSON of
/// exactly `{"assignments":[…],"unfilled":[…]}` (and `"changes"` with `--pinned`), CSV for
/// Excel, or an iCalendar file.
public struct PlanRendering: Sendable {
    /// The files, for names.
    public let set: WorkflowSet
    /// Only this person's assignments, when given.
    public let person: String?
    /// Only the assignments (and unfilled slots) at the sites of this street or town, when given.
    public let street: String?
    /// The words of the reasons.
    public let messages: MessageRenderer
    /// With `person`: the person's sessions (home visits, panels) of the month, from the
    /// database; nil when there is none (the table then says where they come from).
    public let sessions: [PersonSession]?

    /// A rendering.
    public init(set: WorkflowSet, person: String?, street: String? = nil, sessions: [PersonSession]? = nil, messages: MessageRenderer) {
        self.set = set
        self.person = person
        self.street = street
        self.sessions = person == nil ? nil : sessions?.filter { session in street == nil || session.siteID.flatMap(set.streetOfSite)?.id == street }
        self.messages = messages
    }

    /// What a session is called: 送法到家, or the panel's workflow name.
    private func sessionName(_ session: PersonSession) -> String { text(set.sessionWord(session.name, of: session.workflowID)) }

    /// Why a session is in the person's month: booked, or held (and on which day it was booked).
    private func sessionReason(_ session: PersonSession) -> Message {
        session.isHeld
            ? PlanTableMessage.sessionHeld(["case": .text(session.caseID), "booked": .text(session.bookedOn == session.date ? "" : session.bookedOn.description)])
            : PlanTableMessage.sessionBooked(["case": .text(session.caseID)])
    }

    private func sessionSite(_ session: PersonSession) -> String { session.siteID.map(siteName) ?? "—" }

    private func siteName(_ id: String) -> String { set.siteName(id) }

    private func workflowName(_ id: String) -> String { set.workflowName(id) }

    private func personLabel(_ id: String) -> String {
        guard let found = set.person(id) else { return id }
        return "\(id) \(found.name)"
    }

    private func text(_ message: Message) -> String { messages.render(message) }

    private func slotWord(_ slot: String, _ workflow: String) -> String { text(set.slotWord(slot, of: workflow)) }

    private func time(_ assignment: Assignment) -> String { Self.hours(from: assignment.start, to: assignment.end) }

    /// The hours of two RFC 3339 stamps: 2026-12-09T09:00:00+08:00 … 12:00 → 09:00-12:00.
    static func hours(from start: String, to end: String) -> String {
        func hhmm(_ stamp: String) -> String {
            guard let t = stamp.firstIndex(of: "T") else { return stamp }
            return String(stamp[stamp.index(after: t)...].prefix(5))
        }
        return hhmm(start) + "-" + hhmm(end)
    }

    private func shown(_ plan: SizhenRecords.Plan) -> [Assignment] {
        let assignments = person.map(plan.assignments(of:)) ?? plan.assignments
        return assignments.filter { isOnStreet($0.site) }
    }

    /// Whether a site is one `--street` shows (every site without it).
    private func isOnStreet(_ site: String) -> Bool { street == nil || set.streetOfSite(site)?.id == street }

    /// The unfilled slots shown: none for a person, a street's only with `--street`.
    private func unfilledShown(_ plan: SizhenRecords.Plan) -> [UnfilledSlot] {
        person == nil ? plan.unfilled.filter { isOnStreet($0.site) } : []
    }

    /// Who and where the title names: the person, the street.
    private var subject: String {
        [person.map(personLabel), street.flatMap { set.street($0)?.name }].compactMap { $0 }.joined(separator: " · ")
    }

    private func say(_ word: PlanTableMessage, _ arguments: KeyValuePairs<String, MessageValue> = [:]) -> String { messages.render(word(arguments)) }

    /// The plan as a table; with `explain`, each assignment with its runners-up.
    public func table(_ plan: SizhenRecords.Plan, audit: PlanAudit, explain: Bool, difference: PlanDifference?, travelBuffer: Int) -> String {
        var out = say(.title, ["month": .text(plan.month), "district": .text(set.district.name), "minutes": .int(travelBuffer),
                               "person": .text(subject)]) + "\n\n"
        let assignments = shown(plan)
        let sessions = self.sessions ?? []
        if explain {
            for assignment in assignments {
                out += say(.assignment, ["date": .text(dateCell(assignment.date)), "time": .text(time(assignment)), "workflow": .text(workflowName(assignment.workflow)),
                                         "site": .text(siteName(assignment.site)), "slot": .message(set.slotWord(assignment.slot, of: assignment.workflow)),
                                         "person": .text(personLabel(assignment.person)), "pinned": .text(assignment.isPinned ? say(.pinned) : "")]) + "\n"
                out += "  " + say(.because, ["reason": .message(assignment.reason)]) + "\n"
                for alternative in assignment.alternatives {
                    out += "  " + say(.runnerUp, ["person": .text(personLabel(alternative.person)), "reason": .message(alternative.reason)]) + "\n"
                }
            }
            for session in sessions {
                out += say(.assignment, ["date": .text(dateCell(session.date.description)), "time": .text(say(.allDay)), "workflow": .text(sessionName(session)),
                                         "site": .text(sessionSite(session)), "slot": .text("—"), "person": .text(person.map(personLabel) ?? ""),
                                         "pinned": .text("")]) + "\n"
                out += "  " + say(.because, ["reason": .message(sessionReason(session))]) + "\n"
            }
        } else {
            var table = TextTable(header: [say(.date), say(.time), say(.workflow), say(.site), say(.slot), say(.person), say(.reason)])
            // Sittings and sessions by day; a day's sittings first (they have hours).
            var rows: [(date: String, cells: [String])] = assignments.map { assignment in
                (assignment.date, [dateCell(assignment.date), time(assignment), workflowName(assignment.workflow), siteName(assignment.site),
                                   slotWord(assignment.slot, assignment.workflow), personLabel(assignment.person), text(assignment.reason)])
            }
            for session in sessions {
                let cells = [dateCell(session.date.description), say(.allDay), sessionName(session), sessionSite(session), "—",
                             person.map(personLabel) ?? "", text(sessionReason(session))]
                let index = rows.firstIndex { $0.date > session.date.description } ?? rows.endIndex
                rows.insert((session.date.description, cells), at: index)
            }
            for row in rows { table.append(row.cells) }
            out += table.render()
        }
        out += "\n"
        if let person {
            if let booked = self.sessions {
                out += say(.personSessions, ["person": .text(personLabel(person)), "count": .int(assignments.count), "sessions": .int(booked.count)]) + "\n"
            } else {
                out += say(.personCount, ["person": .text(personLabel(person)), "count": .int(assignments.count)]) + "\n"
                out += say(.sessionsNeedDatabase) + "\n"
            }
        } else if let street {
            let unfilled = unfilledShown(plan)
            out += say(.streetCount, ["street": .text(set.street(street)?.name ?? street), "filled": .int(assignments.count),
                                      "unfilled": .int(unfilled.count)]) + "\n"
        } else {
            out += say(.seats, ["seats": .int(audit.seats), "filled": .int(audit.filled), "unfilled": .int(audit.unfilled),
                                "doubleBooked": .int(audit.doubleBookings.count)]) + "\n"
            for workflow in set.workflows {
                let share = audit.pairedShare(of: workflow.id)
                guard share.total > 0 else { continue }
                out += say(.paired, ["workflow": .text(workflow.name), "paired": .int(share.paired), "total": .int(share.total),
                                     "percent": .text(percent(share.paired, share.total))]) + "\n"
            }
            for pool in audit.fairness {
                let roles = pool.roles.map { id in MessageValue.message(PlanMessage.role(id: id, name: set.district.roles.first { $0.id == id }?.name)) }
                out += say(.load, ["roles": .list(roles), "qualified": .int(pool.qualified), "minimum": .int(pool.minimum), "maximum": .int(pool.maximum),
                                   "spread": .int(pool.spread), "mean": .text(String(format: "%.2f", pool.mean))]) + "\n"
            }
        }
        if !unfilledShown(plan).isEmpty {
            var table = TextTable(header: [say(.unfilled), say(.workflow), say(.site), say(.slot), say(.reason)])
            for slot in unfilledShown(plan) {
                table.append([slot.date, workflowName(slot.workflow), siteName(slot.site), slotWord(slot.slot, slot.workflow), text(slot.reason)])
            }
            out += "\n" + table.render()
        }
        if let difference {
            out += "\n" + differenceSummary(difference) + "\n"
            if !difference.isEmpty {
                let rows = differenceRows(difference)
                var table = TextTable(header: rows.header)
                for row in rows.rows { table.append(row) }
                out += table.render()
            }
        }
        return out
    }

    /// The changes against the pinned plan as a table's header and rows: a move, an added seat
    /// or a removed one, its date, workflow, site, slot, people and why.
    public func differenceRows(_ difference: PlanDifference) -> (header: [String], rows: [[String]]) {
        var rows: [[String]] = []
        for move in difference.moved {
            rows.append([say(.moved), move.after.date, workflowName(move.after.workflow), siteName(move.after.site), slotWord(move.after.slot, move.after.workflow),
                         "\(personLabel(move.before.person)) → \(personLabel(move.after.person))", text(move.reason)])
        }
        for added in difference.added {
            rows.append([say(.added), added.date, workflowName(added.workflow), siteName(added.site), slotWord(added.slot, added.workflow),
                         personLabel(added.person), text(added.reason)])
        }
        for removal in difference.removed {
            let item = removal.assignment
            rows.append([say(.removed), item.date, workflowName(item.workflow), siteName(item.site), slotWord(item.slot, item.workflow),
                         personLabel(item.person), text(removal.reason)])
        }
        return ([say(.change), say(.date), say(.workflow), say(.site), say(.slot), say(.person), say(.why)], rows)
    }

    /// The one line that counts the changes (调换、新增、取消).
    public func differenceSummary(_ difference: PlanDifference) -> String {
        say(.changes, ["moved": .int(difference.moved.count), "added": .int(difference.added.count), "removed": .int(difference.removed.count)])
    }

    private func percent(_ part: Int, _ whole: Int) -> String {
        String(format: "%.1f%%", Double(part) * 100 / Double(max(1, whole)))
    }

    /// The plan as JSON.
    public func json(_ plan: SizhenRecords.Plan, difference: PlanDifference?) -> String {
        let assignments = shown(plan).map { item in
            JSONText.object([
                ("occurrence", JSONText.string(item.occurrence)),
                ("workflow", JSONText.string(item.workflow)),
                ("site", JSONText.string(item.site)),
                ("date", JSONText.string(item.date)),
                ("start", JSONText.string(item.start)),
                ("end", JSONText.string(item.end)),
                ("slot", JSONText.string(item.slot)),
                ("person", JSONText.string(item.person)),
            ] + JSONText.message("reason", item.reason, messages))
        }
        let unfilled = unfilledShown(plan).map { item in
            JSONText.object([
                ("occurrence", JSONText.string(item.occurrence)),
                ("workflow", JSONText.string(item.workflow)),
                ("site", JSONText.string(item.site)),
                ("date", JSONText.string(item.date)),
                ("slot", JSONText.string(item.slot)),
            ] + JSONText.message("reason", item.reason, messages))
        }
        var pairs: [(String, String?)] = [("assignments", JSONText.array(assignments)), ("unfilled", JSONText.array(unfilled))]
        if let sessions {
            let items = sessions.map { session in
                JSONText.object([
                    ("case", JSONText.string(session.caseID)),
                    ("session", JSONText.string(session.name)),
                    ("workflow", session.workflowID.map(JSONText.string)),
                    ("site", session.siteID.map(JSONText.string)),
                    ("date", JSONText.string(session.date.description)),
                    ("booked", JSONText.string(session.bookedOn.description)),
                    ("held", session.isHeld ? "true" : "false"),
                    ("people", JSONText.array(session.people.map(JSONText.string))),
                ] + JSONText.message("reason", sessionReason(session), messages))
            }
            pairs.append(("sessions", JSONText.array(items)))
        }
        if let difference {
            let moved = difference.moved.map { move in
                JSONText.object([
                    ("occurrence", JSONText.string(move.after.occurrence)), ("slot", JSONText.string(move.after.slot)),
                    ("from", JSONText.string(move.before.person)), ("to", JSONText.string(move.after.person)),
                ] + JSONText.message("reason", move.reason, messages))
            }
            let added = difference.added.map { item in
                JSONText.object([("occurrence", JSONText.string(item.occurrence)), ("slot", JSONText.string(item.slot)),
                                 ("person", JSONText.string(item.person))])
            }
            let removed = difference.removed.map { removal in
                JSONText.object([("occurrence", JSONText.string(removal.assignment.occurrence)), ("slot", JSONText.string(removal.assignment.slot)),
                                 ("person", JSONText.string(removal.assignment.person))] + JSONText.message("reason", removal.reason, messages))
            }
            pairs.append(("changes", JSONText.object([("moved", JSONText.array(moved)), ("added", JSONText.array(added)),
                                                      ("removed", JSONText.array(removed))])))
        }
        return JSONText.object(pairs)
    }

    /// The plan as CSV for Excel.
    public func csv(_ plan: SizhenRecords.Plan) -> String {
        let header: [PlanTableMessage] = [.csvStatus, .csvOccurrence, .csvWorkflow, .csvSite, .csvSiteName, .csvDate, .csvStart, .csvEnd, .csvSlot,
                                          .csvPerson, .csvPersonName, .csvReason]
        var csv = CSVWriter(header: header.map { say($0) })
        for item in shown(plan) {
            let name = set.person(item.person)?.name ?? ""
            csv.append([say(.csvAssigned), item.occurrence, item.workflow, item.site, siteName(item.site), item.date, item.start, item.end,
                         item.slot, item.person, name, text(item.reason)])
        }
        for item in unfilledShown(plan) {
            csv.append([say(.csvUnfilled), item.occurrence, item.workflow, item.site, siteName(item.site), item.date, "", "", item.slot, "", "", text(item.reason)])
        }
        // A person's home visits and panels (with --db): a row each, by its case, without hours.
        for session in sessions ?? [] {
            let name = person.flatMap { set.person($0)?.name } ?? ""
            csv.append([say(.csvSession), session.caseID, session.workflowID ?? "", session.siteID ?? "", session.siteID.map(siteName) ?? "",
                        session.date.description, "", "", sessionName(session), person ?? "", name, text(sessionReason(session))])
        }
        return csv.render()
    }

    /// A date as the table shows it: marked 暂定 when its year's calendar is a draft.
    func dateCell(_ date: String) -> String {
        guard let day = CivilDate(iso: date), set.calendar.isProvisional(day) else { return date }
        return messages.render(ScheduleMessage.provisionalDate(["date": .text(date)]))
    }

    /// The plan (or the person's month) as an iCalendar file.
    public func ics(_ plan: SizhenRecords.Plan) -> String {
        let zone = (try? CivilTimeZone(identifier: set.district.timeZone)) ?? .shanghai
        var occurrenceByID: [String: Occurrence] = [:]
        if let month = YearMonth(iso: plan.month), let schedule = try? OccurrenceExpander(set: set).expand(month: month) {
            for occurrence in schedule.occurrences { occurrenceByID[occurrence.id] = occurrence }
        }
        let events = shown(plan).compactMap { item -> ICSEvent? in
            guard let occurrence = occurrenceByID[item.occurrence] else { return nil }
            let community = set.community(item.site)
            let street = set.streetOfSite(item.site)?.name
            let place = [street, siteName(item.site), community?.address].compactMap { $0 }
            let provisional = set.calendar.isProvisional(occurrence.date)
            var summary = (provisional ? "（暂定）" : "") + workflowName(item.workflow) + " · " + siteName(item.site)
            if person == nil, let name = set.person(item.person)?.name { summary += " · " + name }
            let reason = text(item.reason)
            let description = provisional ? reason + "\n" + messages.render(ScheduleMessage.provisional()) : reason
            return ICSEvent(uid: "\(item.occurrence)/\(item.slot)/\(item.person)@sizhen.\(set.district.id)", interval: occurrence.interval,
                            summary: summary, location: place.joined(separator: " "), description: description,
                            reminder: say(.reminder, ["summary": .text(summary)]))
        }
        // A session has a day, no hours: a whole-day event on the day held (else booked).
        let midnight = TimeOfDay(hour: 0, minute: 0)
        let sessionEvents = (sessions ?? []).compactMap { session -> ICSEvent? in
            guard let midnight else { return nil }
            let day = ZonedInterval(start: zone.instant(on: session.date, at: midnight), end: zone.instant(on: session.date.adding(days: 1), at: midnight),
                                    zone: zone)
            let provisional = set.calendar.isProvisional(session.date)
            let summary = (provisional ? "（暂定）" : "") + sessionName(session) + (session.siteID.map { " · " + siteName($0) } ?? "")
            let place = session.siteID.map { site in
                [set.streetOfSite(site)?.name, siteName(site), set.community(site)?.address].compactMap { $0 }.joined(separator: " ")
            }
            let names = session.people.map(set.personName).joined(separator: "、")
            return ICSEvent(uid: "\(session.caseID)@session:\(session.name)/\(person ?? "")@sizhen.\(set.district.id)", interval: day, summary: summary,
                            location: place, description: text(sessionReason(session)) + "\n" + names, isAllDay: true,
                            reminder: say(.reminder, ["summary": .text(summary)]))
        }
        let title = subject.isEmpty ? "\(set.district.name) \(plan.month) 排班" : "\(subject) \(plan.month) 排班"
        var all = events
        for event in sessionEvents {
            all.insert(event, at: all.firstIndex { $0.interval.start > event.interval.start } ?? all.endIndex)
        }
        return ICSWriter(name: title, zone: zone).render(all)
    }
}
