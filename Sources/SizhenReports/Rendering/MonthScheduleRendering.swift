import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords

/// How `schedule --month` prints.
public struct MonthScheduleRendering: Sendable {
    /// The files, for names.
    public let set: WorkflowSet
    /// The words of messages (holiday reasons).
    public let messages: MessageRenderer

    /// A rendering.
    public init(set: WorkflowSet, messages: MessageRenderer) {
        self.set = set
        self.messages = messages
    }

    private func siteName(_ id: String) -> String { set.siteName(id) }

    private func streetName(ofSite id: String) -> String? { set.streetOfSite(id)?.name }

    private func workflowName(_ id: String) -> String { set.workflowName(id) }

    /// The month as an aligned table.
    public func table(_ schedule: MonthSchedule) -> String {
        let moved = schedule.occurrences.count { $0.movedFrom != nil }
        var out = "\(schedule.month) · \(set.district.name) · calendar: \(set.calendar.id) · \(set.district.timeZone)\n\n"
        var table = TextTable(header: ["DATE", "DAY", "TIME", "WORKFLOW", "STREET", "SITE", "NOTE"])
        for occurrence in schedule.occurrences {
            var notes: [String] = []
            if let name = occurrence.scheduleName { notes.append(name) }
            if let reason = occurrence.reason { notes.append(messages.render(reason)) }
            if case .makeupWorkday(let holiday) = occurrence.dayKind {
                notes.append("调休 make-up workday" + (holiday.map { " (\($0))" } ?? ""))
            }
            table.append([occurrence.date.description, "\(occurrence.date.weekday.code) \(occurrence.date.weekday.chineseName)",
                          occurrence.window.description, workflowName(occurrence.workflowID), streetName(ofSite: occurrence.siteID) ?? "—",
                          siteName(occurrence.siteID), notes.joined(separator: "; ")])
        }
        out += table.render()
        out += "\n\(schedule.occurrences.count) occurrence\(schedule.occurrences.count == 1 ? "" : "s"), \(moved) moved, \(schedule.skipped.count) skipped\n"
        var perWorkflow: [String: Int] = [:]
        for occurrence in schedule.occurrences { perWorkflow[occurrence.workflowID, default: 0] += 1 }
        let counts = set.workflows.compactMap { flow in perWorkflow[flow.id].map { "\(flow.name) \($0)" } }
        if !counts.isEmpty { out += counts.joined(separator: " · ") + "\n" }
        if !schedule.skipped.isEmpty {
            var skipped = TextTable(header: ["SKIPPED", "WORKFLOW", "SITE", "REASON"])
            for item in schedule.skipped {
                skipped.append([item.date.description, workflowName(item.workflowID), siteName(item.siteID), messages.render(item.reason)])
            }
            out += "\n" + skipped.render()
        }
        return out
    }

    /// The month as JSON: an array of occurrences.
    public func json(_ schedule: MonthSchedule) -> String {
        JSONText.array(schedule.occurrences.map { occurrence in
            JSONText.object([
                ("workflow", JSONText.string(occurrence.workflowID)),
                ("site", JSONText.string(occurrence.siteID)),
                ("date", JSONText.string(occurrence.date.description)),
                ("start", JSONText.string(occurrence.interval.startRFC3339)),
                ("end", JSONText.string(occurrence.interval.endRFC3339)),
                ("moved_from", occurrence.movedFrom.map { JSONText.string($0.description) }),
            ] + JSONText.message("reason", occurrence.movedFrom == nil ? nil : occurrence.reason, messages))
        })
    }

    /// The month as an iCalendar file for phones.
    public func ics(_ schedule: MonthSchedule) -> String {
        let zone = (try? CivilTimeZone(identifier: set.district.timeZone)) ?? .shanghai
        let events = schedule.occurrences.map { occurrence in
            let community = set.community(occurrence.siteID)
            let place = [streetName(ofSite: occurrence.siteID), siteName(occurrence.siteID), community?.address].compactMap { $0 }
            var description: [String] = []
            if let name = occurrence.scheduleName { description.append(name) }
            if let reason = occurrence.reason { description.append(messages.render(reason)) }
            return ICSEvent(uid: occurrence.id + "@sizhen." + set.district.id, interval: occurrence.interval,
                            summary: workflowName(occurrence.workflowID) + " · " + siteName(occurrence.siteID),
                            location: place.joined(separator: " "),
                            description: description.isEmpty ? nil : description.joined(separator: "\n"))
        }
        return ICSWriter(name: "\(set.district.name) \(schedule.month) 四诊日程", zone: zone).render(events)
    }
}
