import SizhenCalendar
import SizhenDiagnostics
import SizhenModel

/// A month's occurrences of the loaded workflows, site by site.
public struct MonthSchedule: Sendable {
    /// The month.
    public var month: YearMonth
    /// Held occurrences, by date, start time, workflow (file order) and site (file order).
    public var occurrences: [Occurrence]
    /// Rule dates not held.
    public var skipped: [SkippedOccurrence]
    /// Uses of a fallback calendar year, to report as warnings.
    public var warnings: CalendarWarnings
}

/// Expands the schedules of a workflow set into occurrences.
///
/// An occurrence belongs to the month of its rule date (the obligation: "twice a month"),
/// and is shown on the date it is held; a sitting of 31 December moved into January is
/// December's.
public struct OccurrenceExpander: Sendable {
    /// The loaded workflows.
    public var set: WorkflowSet

    /// Creates an expander.
    public init(set: WorkflowSet) { self.set = set }

    /// The district's time zone (Shanghai when the file names none this program knows).
    var zone: CivilTimeZone { (try? CivilTimeZone(identifier: set.district.timeZone)) ?? .shanghai }

    /// A sitting of `workflow` at `site` held on `date` besides the plan (加开): the id of the
    /// first sitting of that day, at the hours of the workflow's first schedule; nil for a
    /// workflow without schedules.
    public func extra(workflow: String, site: String, on date: CivilDate) -> OccurrenceRef? {
        guard let flow = set.workflow(workflow), let schedule = flow.schedules.first else { return nil }
        let interval = zone.interval(on: date, window: schedule.time)
        var occurrence = OccurrenceRef(id: Occurrence.makeID(workflow: workflow, site: site, date: date, ordinal: 1), workflowID: workflow,
                                       siteID: site, date: date, start: interval.startRFC3339, end: interval.endRFC3339, reason: nil)
        occurrence.isExtra = true
        return occurrence
    }

    /// The occurrences of `month`, optionally of one workflow and one site.
    public func expand(month: YearMonth, workflow: String? = nil, site: String? = nil) throws(CalendarCoverageError) -> MonthSchedule {
        let zone = self.zone
        var occurrences: [(order: (Int, Int, Int), occurrence: Occurrence)] = []
        var skipped: [SkippedOccurrence] = []
        var warnings = CalendarWarnings()
        let communityOrder = Dictionary(set.district.communities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (workflowIndex, flow) in set.workflows.enumerated() where workflow == nil || flow.id == workflow {
            let sites: [String] = flow.sites == .district ? [set.district.id] : set.sites(of: flow).map(\.id)
            for siteID in sites where site == nil || siteID == site {
                var ordinals: [CivilDate: Int] = [:]
                for schedule in flow.schedules {
                    let expansion = try ScheduleExpander(rule: schedule.rule, policy: schedule.onHoliday, calendar: set.calendar)
                        .expand(from: month.firstDay, through: month.lastDay, ruleStart: schedule.from)
                    warnings.merge(expansion.warnings)
                    for held in expansion.occurrences {
                        let ordinal = (ordinals[held.date] ?? 0) + 1
                        ordinals[held.date] = ordinal
                        let occurrence = Occurrence(
                            id: Occurrence.makeID(workflow: flow.id, site: siteID, date: held.date, ordinal: ordinal),
                            workflowID: flow.id, siteID: siteID, scheduleName: schedule.name, ruleDate: held.movedFrom ?? held.date,
                            date: held.date, reason: held.reason, window: schedule.time,
                            interval: zone.interval(on: held.date, window: schedule.time), dayKind: held.dayKind)
                        occurrences.append(((held.date.daysSinceEpoch, workflowIndex, communityOrder[siteID] ?? -1), occurrence))
                    }
                    skipped += expansion.skipped.map { SkippedOccurrence(workflowID: flow.id, siteID: siteID, date: $0.date, reason: $0.reason) }
                }
            }
        }
        occurrences.sort { a, b in
            if a.order.0 != b.order.0 { return a.order.0 < b.order.0 }
            let startA = a.occurrence.window.start.minutesSinceMidnight, startB = b.occurrence.window.start.minutesSinceMidnight
            if startA != startB { return startA < startB }
            if a.order.1 != b.order.1 { return a.order.1 < b.order.1 }
            if a.order.2 != b.order.2 { return a.order.2 < b.order.2 }
            return a.occurrence.id < b.occurrence.id
        }
        skipped.sort { ($0.date, $0.workflowID, $0.siteID) < ($1.date, $1.workflowID, $1.siteID) }
        return MonthSchedule(month: month, occurrences: occurrences.map(\.occurrence), skipped: skipped, warnings: warnings)
    }
}
