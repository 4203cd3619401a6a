import ArgumentParser
import SizhenCalendar
import SizhenDefaults
import SizhenDiagnostics
import SizhenEngine
import SizhenRecords
import SizhenLoader
import SizhenModel
import SizhenReports

/// `sizhen schedule --month`: the month's occurrences of the loaded workflows, per site, with
/// moves and skips and their reasons; as a table, JSON, or an iCalendar file.
struct ScheduleMonth {
    let month: String
    let workflow: String?
    let site: String?
    let workflows: String?
    let format: Schedule.Format

    func run() throws {
        var diagnostics = Diagnostics()
        var sources = SourceFiles()
        defer { Output.report(diagnostics, sources: sources) }
        let (yearMonth, set) = try Workspace.loadMonth(month, workflows: workflows, diagnostics: &diagnostics, sources: &sources)
        if let workflow, set.workflow(workflow) == nil {
            diagnostics.append(.error(ScheduleMessages.unknownWorkflow(workflow) + Suggestions.didYouMean(workflow, in: set.workflows.map(\.id)),
                                      at: SourceLocation(file: "--workflow", line: 1, column: 1), hint: ScheduleMessages.known(set.workflows.map(\.id))))
        }
        if let site, !set.district.communities.contains(where: { $0.id == site }), site != set.district.id {
            diagnostics.append(.error(ScheduleMessages.unknownSite(site) + Suggestions.didYouMean(site, in: set.district.communities.map(\.id)),
                                      at: SourceLocation(file: "--site", line: 1, column: 1)))
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
        let schedule: MonthSchedule
        do {
            schedule = try OccurrenceExpander(set: set).expand(month: yearMonth, workflow: workflow, site: site)
        } catch {
            diagnostics.append(error.diagnostic())
            throw ExitCode(1)
        }
        diagnostics.append(schedule.warnings)
        let rendering = MonthScheduleRendering(set: set)
        switch format {
        case .table: Output.write(rendering.table(schedule))
        case .json: Output.write(rendering.json(schedule) + "\n")
        case .ics: Output.write(rendering.ics(schedule))
        }
    }
}

/// How `schedule --month` prints.
struct MonthScheduleRendering {
    let set: WorkflowSet

    private func siteName(_ id: String) -> String {
        if id == set.district.id { return set.district.name }
        return set.district.communities.first { $0.id == id }?.name ?? id
    }

    private func streetName(ofSite id: String) -> String? {
        guard let community = set.district.communities.first(where: { $0.id == id }) else { return nil }
        return set.district.streets.first { $0.id == community.streetID }?.name
    }

    private func workflowName(_ id: String) -> String { set.workflow(id)?.name ?? id }

    func table(_ schedule: MonthSchedule) -> String {
        let moved = schedule.occurrences.count { $0.movedFrom != nil }
        var out = "\(schedule.month) · \(set.district.name) · calendar: \(set.calendar.id) · \(set.district.timeZone)\n\n"
        var table = TextTable(header: ["DATE", "DAY", "TIME", "WORKFLOW", "STREET", "SITE", "NOTE"])
        for occurrence in schedule.occurrences {
            var notes: [String] = []
            if let name = occurrence.scheduleName { notes.append(name) }
            if let reason = occurrence.reason { notes.append(reason) }
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
                skipped.append([item.date.description, workflowName(item.workflowID), siteName(item.siteID), item.reason])
            }
            out += "\n" + skipped.render()
        }
        return out
    }

    func json(_ schedule: MonthSchedule) -> String {
        JSONText.array(schedule.occurrences.map { occurrence in
            JSONText.object([
                ("workflow", JSONText.string(occurrence.workflowID)),
                ("site", JSONText.string(occurrence.siteID)),
                ("date", JSONText.string(occurrence.date.description)),
                ("start", JSONText.string(occurrence.interval.startRFC3339)),
                ("end", JSONText.string(occurrence.interval.endRFC3339)),
                ("moved_from", occurrence.movedFrom.map { JSONText.string($0.description) }),
                ("reason", occurrence.movedFrom == nil ? nil : occurrence.reason.map(JSONText.string)),
            ])
        })
    }

    func ics(_ schedule: MonthSchedule) -> String {
        let zone = (try? CivilTimeZone(identifier: set.district.timeZone)) ?? .shanghai
        let events = schedule.occurrences.map { occurrence in
            let community = set.district.communities.first { $0.id == occurrence.siteID }
            let place = [streetName(ofSite: occurrence.siteID), siteName(occurrence.siteID), community?.address].compactMap { $0 }
            var description: [String] = []
            if let name = occurrence.scheduleName { description.append(name) }
            if let reason = occurrence.reason { description.append(reason) }
            return ICSEvent(uid: occurrence.id + "@sizhen." + set.district.id, interval: occurrence.interval,
                            summary: workflowName(occurrence.workflowID) + " · " + siteName(occurrence.siteID),
                            location: place.joined(separator: " "),
                            description: description.isEmpty ? nil : description.joined(separator: "\n"))
        }
        return ICSWriter(name: "\(set.district.name) \(schedule.month) 四诊日程", zone: zone).render(events)
    }
}
