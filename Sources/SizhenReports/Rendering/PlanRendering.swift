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
    /// The words of the reasons.
    public let messages: MessageRenderer

    /// A rendering.
    public init(set: WorkflowSet, person: String?, messages: MessageRenderer) {
        self.set = set
        self.person = person
        self.messages = messages
    }

    private func siteName(_ id: String) -> String { set.siteName(id) }

    private func workflowName(_ id: String) -> String { set.workflowName(id) }

    private func personLabel(_ id: String) -> String {
        guard let found = set.person(id) else { return id }
        return "\(id) \(found.name)"
    }

    private func text(_ message: Message) -> String { messages.render(message) }

    private func time(_ assignment: Assignment) -> String {
        // 2026-12-09T09:00:00+08:00 → 09:00
        func hhmm(_ stamp: String) -> String {
            guard let t = stamp.firstIndex(of: "T") else { return stamp }
            return String(stamp[stamp.index(after: t)...].prefix(5))
        }
        return hhmm(assignment.start) + "-" + hhmm(assignment.end)
    }

    private func shown(_ plan: SizhenRecords.Plan) -> [Assignment] {
        guard let person else { return plan.assignments }
        return plan.assignments(of: person)
    }

    /// The plan as a table; with `explain`, each assignment with its runners-up.
    public func table(_ plan: SizhenRecords.Plan, audit: PlanAudit, explain: Bool, difference: PlanDifference?, travelBuffer: Int) -> String {
        var out = "\(plan.month) · \(set.district.name) · plan · travel buffer \(travelBuffer) min"
        if let person { out += " · \(personLabel(person))" }
        out += "\n\n"
        let assignments = shown(plan)
        if explain {
            for assignment in assignments {
                out += "\(assignment.date) \(time(assignment)) \(workflowName(assignment.workflow)) · \(siteName(assignment.site)) · "
                out += "\(assignment.slot): \(personLabel(assignment.person))\(assignment.isPinned ? " (pinned)" : "")\n"
                out += "  why: \(text(assignment.reason))\n"
                for alternative in assignment.alternatives {
                    out += "  runner-up \(personLabel(alternative.person)): \(text(alternative.reason))\n"
                }
            }
        } else {
            var table = TextTable(header: ["DATE", "TIME", "WORKFLOW", "SITE", "SLOT", "PERSON", "REASON"])
            for assignment in assignments {
                table.append([assignment.date, time(assignment), workflowName(assignment.workflow), siteName(assignment.site),
                              assignment.slot, personLabel(assignment.person), text(assignment.reason)])
            }
            out += table.render()
        }
        out += "\n"
        if let person {
            out += "\(personLabel(person)): \(assignments.count) assignment\(assignments.count == 1 ? "" : "s")\n"
        } else {
            out += "\(audit.seats) seat\(audit.seats == 1 ? "" : "s"): \(audit.filled) filled, \(audit.unfilled) unfilled"
            out += " · \(audit.doubleBookings.count) double-booked\n"
            for workflow in set.workflows {
                let share = audit.pairedShare(of: workflow.id)
                guard share.total > 0 else { continue }
                out += "\(workflow.name): \(share.paired) of \(share.total) held by the paired person (\(percent(share.paired, share.total)))\n"
            }
            for pool in audit.fairness {
                out += "load (\(pool.roles.joined(separator: ", "))): \(pool.qualified) qualified, \(pool.minimum)–\(pool.maximum) a person, "
                out += "spread \(pool.spread), mean \(String(format: "%.2f", pool.mean))\n"
            }
        }
        if person == nil, !plan.unfilled.isEmpty {
            var table = TextTable(header: ["UNFILLED", "WORKFLOW", "SITE", "SLOT", "REASON"])
            for slot in plan.unfilled {
                table.append([slot.date, workflowName(slot.workflow), siteName(slot.site), slot.slot, text(slot.reason)])
            }
            out += "\n" + table.render()
        }
        if let difference {
            out += "\nchanges against the pinned plan: \(difference.moved.count) moved, \(difference.added.count) added, \(difference.removed.count) removed\n"
            if !difference.isEmpty {
                var table = TextTable(header: ["CHANGE", "DATE", "WORKFLOW", "SITE", "SLOT", "PERSON", "WHY"])
                for move in difference.moved {
                    table.append(["moved", move.after.date, workflowName(move.after.workflow), siteName(move.after.site), move.after.slot,
                                  "\(personLabel(move.before.person)) → \(personLabel(move.after.person))", text(move.reason)])
                }
                for added in difference.added {
                    table.append(["added", added.date, workflowName(added.workflow), siteName(added.site), added.slot,
                                  personLabel(added.person), text(added.reason)])
                }
                for removal in difference.removed {
                    let item = removal.assignment
                    table.append(["removed", item.date, workflowName(item.workflow), siteName(item.site), item.slot,
                                  personLabel(item.person), text(removal.reason)])
                }
                out += table.render()
            }
        }
        return out
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
        let unfilled = (person == nil ? plan.unfilled : []).map { item in
            JSONText.object([
                ("occurrence", JSONText.string(item.occurrence)),
                ("workflow", JSONText.string(item.workflow)),
                ("site", JSONText.string(item.site)),
                ("date", JSONText.string(item.date)),
                ("slot", JSONText.string(item.slot)),
            ] + JSONText.message("reason", item.reason, messages))
        }
        var pairs: [(String, String?)] = [("assignments", JSONText.array(assignments)), ("unfilled", JSONText.array(unfilled))]
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
        var csv = CSVWriter(header: ["status", "occurrence", "workflow", "site", "site_name", "date", "start", "end", "slot", "person", "person_name", "reason"])
        for item in shown(plan) {
            let name = set.person(item.person)?.name ?? ""
            csv.append(["assigned", item.occurrence, item.workflow, item.site, siteName(item.site), item.date, item.start, item.end,
                         item.slot, item.person, name, text(item.reason)])
        }
        if person == nil {
            for item in plan.unfilled {
                csv.append(["unfilled", item.occurrence, item.workflow, item.site, siteName(item.site), item.date, "", "", item.slot, "", "", text(item.reason)])
            }
        }
        return csv.render()
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
            var summary = workflowName(item.workflow) + " · " + siteName(item.site)
            if person == nil, let name = set.person(item.person)?.name { summary += " · " + name }
            return ICSEvent(uid: "\(item.occurrence)/\(item.slot)/\(item.person)@sizhen.\(set.district.id)", interval: occurrence.interval,
                            summary: summary, location: place.joined(separator: " "), description: text(item.reason))
        }
        let title = person.map { "\(personLabel($0)) \(plan.month) 排班" } ?? "\(set.district.name) \(plan.month) 排班"
        return ICSWriter(name: title, zone: zone).render(events)
    }
}
