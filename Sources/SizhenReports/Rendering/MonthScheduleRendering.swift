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
        func say(_ word: ScheduleMessage, _ arguments: KeyValuePairs<String, MessageValue> = [:]) -> String { messages.render(word(arguments)) }
        let moved = schedule.occurrences.count { $0.movedFrom != nil }
        var out = say(.monthTitle, ["month": .text(schedule.month.description), "district": .text(set.district.name), "calendar": .text(set.calendar.id),
                                    "zone": .text(set.district.timeZone)]) + "\n\n"
        var table = TextTable(header: [say(.date), say(.day), say(.time), say(.workflow), say(.street), say(.site), say(.note)])
        for occurrence in schedule.occurrences {
            var notes: [String] = []
            if let name = occurrence.scheduleName { notes.append(name) }
            if let reason = occurrence.reason { notes.append(messages.render(reason)) }
            if let note = ScheduleMessage.makeupNote(occurrence.dayKind) { notes.append(messages.render(note)) }
            if set.calendar.isProvisional(occurrence.date) { notes.append(say(.provisional)) }
            table.append([occurrence.date.description, messages.render(ScheduleMessage.weekday(of: occurrence.date)),
                          occurrence.window.description, workflowName(occurrence.workflowID), streetName(ofSite: occurrence.siteID) ?? "—",
                          siteName(occurrence.siteID), notes.joined(separator: messages.clauseSeparator)])
        }
        out += table.render()
        out += "\n" + say(.counts, ["count": .int(schedule.occurrences.count), "moved": .int(moved), "skipped": .int(schedule.skipped.count)]) + "\n"
        var perWorkflow: [String: Int] = [:]
        for occurrence in schedule.occurrences { perWorkflow[occurrence.workflowID, default: 0] += 1 }
        let counts = set.workflows.compactMap { flow in perWorkflow[flow.id].map { say(.workflowCount, ["workflow": .text(flow.name), "count": .int($0)]) } }
        if !counts.isEmpty { out += counts.joined(separator: " · ") + "\n" }
        if !schedule.skipped.isEmpty {
            var skipped = TextTable(header: [say(.skipped), say(.workflow), say(.site), say(.reason)])
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
                ("provisional", set.calendar.isProvisional(occurrence.date) ? "true" : nil),
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
            let provisional = set.calendar.isProvisional(occurrence.date)
            if provisional { description.append(messages.render(ScheduleMessage.provisional())) }
            return ICSEvent(uid: occurrence.id + "@sizhen." + set.district.id, interval: occurrence.interval,
                            summary: (provisional ? "（暂定）" : "") + workflowName(occurrence.workflowID) + " · " + siteName(occurrence.siteID),
                            location: place.joined(separator: " "),
                            description: description.isEmpty ? nil : description.joined(separator: "\n"))
        }
        return ICSWriter(name: "\(set.district.name) \(schedule.month) 四诊日程", zone: zone).render(events)
    }
}
