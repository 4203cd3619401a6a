import SizhenCalendar

extension ReportFacts {
    /// The facts of some sites only: a street's (司法所) report. An occurrence, an unfilled or
    /// skipped slot belongs to its site; a case, its records, sessions and events to the site
    /// `siteOfCase` gives (a panel's case sits at the district: its site is the case escalated
    /// from). The summary is counted again from what is kept; what the month's facts do not
    /// tell by site (the kinds of events a report does not read, timers pending) is left out.
    public func restricted(to sites: Set<String>, siteOfCase: (String) throws -> String?) rethrows -> ReportFacts {
        var kept = ReportFacts(summary: MonthFacts(month: month))
        kept.derivedThrough = derivedThrough
        var caseSites: [String: Bool] = [:]
        func isKept(_ caseID: String) throws -> Bool {
            if let known = caseSites[caseID] { return known }
            let found = try siteOfCase(caseID).map(sites.contains) ?? false
            caseSites[caseID] = found
            return found
        }
        kept.occurrences = occurrences.filter { sites.contains($0.siteID) }
        let occurrenceIDs = Set(kept.occurrences.map(\.id))
        kept.assignments = assignments.filter { occurrenceIDs.contains($0.occurrenceID) }
        kept.unfilled = unfilled.filter { occurrenceIDs.contains($0.occurrenceID) }
        kept.skipped = skipped.filter { sites.contains($0.siteID) }
        kept.sessions = try sessions.filter { try isKept($0.timer.caseID) }
        kept.cases = try cases.filter { try isKept($0.id) }
        kept.events = try events.filter { event in try event.caseID.map(isKept) ?? event.occurrenceID.map(occurrenceIDs.contains) ?? false }

        var summary = MonthFacts(month: month)
        summary.occurrences = self.summary.occurrences.filter { sites.contains($0.siteID) }
        for item in kept.skipped { summary.skipped[item.workflowID, default: 0] += 1 }
        for item in kept.cases where item.source == .escalation && month.days.contains(item.openedOn) {
            summary.escalations[item.workflowID, default: 0] += 1
        }
        for event in kept.events { summary.events[event.kind.rawValue, default: 0] += 1 }
        summary.deadlinesMet = summary.events[EngineEvent.Kind.deadlineMet.rawValue] ?? 0
        summary.deadlinesMissed = summary.events[EngineEvent.Kind.overdue.rawValue] ?? 0
        summary.openCases = kept.cases.count { $0.status == .open }
        summary.pendingTimers = kept.sessions.count { !$0.isDone }
        for row in kept.assignments { summary.load[row.personID, default: 0] += 1 }
        for session in kept.sessions { for person in session.timer.people { summary.load[person, default: 0] += 1 } }
        summary.unfilled = kept.unfilled.count
        summary.records = try records.filter { record in try sites.contains(record.siteID) || isKept(record.caseID) }
        kept.summary = summary
        return kept
    }
}
