import GRDB
import SizhenCalendar
import SizhenRecords

extension SQLiteStore {
    /// The event kinds a report reads: escalations, deadlines, and absences should the engine
    /// record them.
    public static let reportEventKinds = ["escalated", "deadline_met", "overdue", "absence"]

    /// Everything the monthly report reads, read-only. The intake table (personal data) is
    /// never read.
    public func reportFacts(_ month: YearMonth) throws -> ReportFacts {
        var facts = ReportFacts(summary: try monthFacts(month))
        let first = month.firstDay.description, last = month.lastDay.description
        try read { db in
            for row in try Row.fetchAll(db, sql: "SELECT * FROM occurrences WHERE month = ? ORDER BY date, workflow, site, id",
                                        arguments: [month.description]) {
                facts.occurrences.append(.init(id: row["id"], workflowID: row["workflow"], siteID: row["site"],
                                               date: Self.date(row["date"]), held: (row["status"] as String) == "held",
                                               movedReason: row["reason"]))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT a.occurrence, a.slot, a.person FROM assignments a JOIN occurrences o ON o.id = a.occurrence
                WHERE o.month = ? ORDER BY a.occurrence, a.slot, a.position
                """, arguments: [month.description]) {
                facts.assignments.append(.init(occurrenceID: row["occurrence"], slot: row["slot"], personID: row["person"]))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT u.occurrence, u.slot, u.reason FROM unfilled u JOIN occurrences o ON o.id = u.occurrence
                WHERE o.month = ? ORDER BY u.occurrence, u.slot, u.position
                """, arguments: [month.description]) {
                facts.unfilled.append(.init(occurrenceID: row["occurrence"], slot: row["slot"], reason: row["reason"]))
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM skipped WHERE month = ? ORDER BY date, workflow, site", arguments: [month.description]) {
                facts.skipped.append(.init(workflowID: row["workflow"], siteID: row["site"], date: Self.date(row["date"]), reason: row["reason"]))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT t.case_id, c.workflow, t.due, t.people, t.done FROM timers t LEFT JOIN cases c ON c.id = t.case_id
                WHERE t.kind = 'session' AND t.due BETWEEN ? AND ? ORDER BY t.due, t.id
                """, arguments: [first, last]) {
                facts.sessions.append(.init(caseID: row["case_id"], workflowID: row["workflow"] ?? "", due: Self.date(row["due"]),
                                            people: Self.list(row["people"]), done: row["done"]))
            }
            facts.cases = try Row.fetchAll(db, sql: """
                SELECT * FROM cases WHERE opened_on BETWEEN ? AND ? OR (status = 'open' AND opened_on < ?) ORDER BY opened_on, id
                """, arguments: [first, last, first]).map(self.engineCase)
            let kinds = Self.reportEventKinds
            for row in try Row.fetchAll(db, sql: """
                SELECT * FROM events WHERE date BETWEEN ? AND ? AND kind IN (\(kinds.map { _ in "?" }.joined(separator: ","))) ORDER BY seq
                """, arguments: StatementArguments([first, last] + kinds)) {
                let stored = Self.storedEvent(row)
                facts.events.append((stored.kindName, stored.event))
            }
        }
        return facts
    }

    static func date(_ text: String) -> CivilDate {
        CivilDate(iso: text) ?? CivilDate(daysSinceEpoch: 0)
    }
}
