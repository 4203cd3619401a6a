import GRDB
import SizhenCalendar
import SizhenRecords

extension SQLiteStore {
    /// Service records, filtered, in date then id order.
    public func records(month: YearMonth? = nil, site: String? = nil, type: String? = nil) throws -> [ServiceRecord] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let month {
            conditions.append("date BETWEEN ? AND ?")
            arguments += [month.firstDay.description, month.lastDay.description]
        }
        if let site { conditions.append("site = ?"); arguments.append(site) }
        if let type { conditions.append("type = ?"); arguments.append(type) }
        let sql = "SELECT * FROM records" + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")) + " ORDER BY date, id"
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                ServiceRecord(id: row["id"], type: row["type"], workflowID: row["workflow"], occurrenceID: row["occurrence"], siteID: row["site"],
                              streetID: row["street"], date: CivilDate(iso: row["date"] as String) ?? CivilDate(daysSinceEpoch: 0),
                              staff: Self.list(row["staff"]), caseID: row["case_id"], outcome: row["outcome"],
                              subsidyYuan: row["subsidy_yuan"], subsidyTier: row["subsidy_tier"])
            }
        }
    }

    /// The events of a case and of the cases escalated from it, in the order written.
    public func story(of caseID: String) throws -> [StoredEvent] {
        try read { db in
            // The log is indexed by (date, case): walk the days from the case's opening to the
            // last day logged, each a seek to the case's id and the ids escalated from it
            // ("<id>>…"); a case's events are never dated before it opened.
            guard let opened = try String.fetchOne(db, sql: "SELECT opened_on FROM cases WHERE id = ?", arguments: [caseID]).flatMap(CivilDate.init(iso:)),
                  let last = try String.fetchOne(db, sql: "SELECT max(date) FROM events").flatMap(CivilDate.init(iso:)) else { return [] }
            // Ids from the case's own up to the prefix's successor: "<id>" < "<id>>…" < "<id>?".
            let statement = try db.cachedStatement(sql: "SELECT * FROM events WHERE date = ? AND case_id >= ? AND case_id < ?")
            let upper = caseID + "?"
            var events: [StoredEvent] = []
            var day = opened
            while day <= last {
                for row in try Row.fetchAll(statement, arguments: [day.description, caseID, upper]) {
                    let id: String = row["case_id"]
                    if id == caseID || id.hasPrefix(caseID + ">") { events.append(Self.storedEvent(row)) }
                }
                day = day.adding(days: 1)
            }
            return events.sorted { $0.sequence < $1.sequence }
        }
    }

    /// The events of a day of the given kinds, in the order written.
    public func events(on date: CivilDate, kinds: [String]) throws -> [StoredEvent] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM events WHERE date = ? AND kind IN (\(kinds.map { _ in "?" }.joined(separator: ","))) ORDER BY seq",
                             arguments: StatementArguments([date.description] + kinds)).map(Self.storedEvent)
        }
    }

    /// A case by id.
    public func engineCase(_ id: String) throws -> EngineCase? {
        try read { db in try Row.fetchOne(db, sql: "SELECT * FROM cases WHERE id = ?", arguments: [id]).map(self.engineCase) }
    }

    /// Case ids close to `id` (for "did you mean"): those sharing its occurrence.
    public func caseIDs(like prefix: String, limit: Int = 20) throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT id FROM cases WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?", arguments: [Self.likePrefix(prefix), limit])
        }
    }

    /// Sessions (panels, home visits) due on a day, whether held yet or not.
    public func sessions(on date: CivilDate) throws -> [EngineTimer] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM timers WHERE kind = 'session' AND due = ? ORDER BY id", arguments: [date.description]).map {
                EngineTimer(caseID: $0["case_id"], kind: .session, name: $0["name"], due: date, people: Self.list($0["people"]))
            }
        }
    }

    /// The assignments of the occurrences of a day, with slots and reasons.
    public func assignmentRows(on date: CivilDate) throws -> [(occurrence: String, slot: String, person: String, reason: String)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.occurrence, a.slot, a.person, a.reason FROM assignments a JOIN occurrences o ON o.id = a.occurrence
                WHERE o.date = ? ORDER BY a.occurrence, a.slot, a.position
                """, arguments: [date.description]).map { ($0["occurrence"], $0["slot"], $0["person"], $0["reason"]) }
        }
    }

    static func storedEvent(_ row: Row) -> StoredEvent {
        let kindName: String = row["kind"]
        return StoredEvent(sequence: row["seq"], event: EngineEvent(date: CivilDate(iso: row["date"] as String) ?? CivilDate(daysSinceEpoch: 0),
                                                                   kind: EngineEvent.Kind(rawValue: kindName) ?? .stepRun,
                                                                   caseID: row["case_id"], occurrenceID: row["occurrence"], message: row["message"]),
                           kindName: kindName)
    }

    static func likePrefix(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
    }
}

extension SQLiteStore {
    /// The facts of a month, for summaries and reports.
    public func monthFacts(_ month: YearMonth) throws -> MonthFacts {
        var facts = MonthFacts(month: month)
        let first = month.firstDay.description, last = month.lastDay.description
        try read { db in
            for row in try Row.fetchAll(db, sql: "SELECT workflow, site, status, date <> rule_date AS moved FROM occurrences WHERE month = ? ORDER BY id",
                                        arguments: [month.description]) {
                facts.occurrences.append((row["workflow"], row["site"], (row["status"] as String) == "held", row["moved"]))
            }
            for row in try Row.fetchAll(db, sql: "SELECT workflow, count(*) AS n FROM skipped WHERE month = ? GROUP BY workflow", arguments: [month.description]) {
                facts.skipped[row["workflow"]] = row["n"]
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT workflow, count(*) AS n FROM cases WHERE source = 'escalation' AND opened_on BETWEEN ? AND ? GROUP BY workflow
                """, arguments: [first, last]) {
                facts.escalations[row["workflow"]] = row["n"]
            }
            for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) AS n FROM events WHERE date BETWEEN ? AND ? GROUP BY kind", arguments: [first, last]) {
                facts.events[row["kind"]] = row["n"]
            }
            facts.deadlinesMet = facts.events["deadline_met"] ?? 0
            facts.deadlinesMissed = facts.events["overdue"] ?? 0
            facts.openCases = try Int.fetchOne(db, sql: "SELECT count(*) FROM cases WHERE status = 'open'") ?? 0
            facts.pendingTimers = try Int.fetchOne(db, sql: "SELECT count(*) FROM timers WHERE done = 0") ?? 0
            for row in try Row.fetchAll(db, sql: """
                SELECT a.person, count(*) AS n FROM assignments a JOIN occurrences o ON o.id = a.occurrence WHERE o.month = ? GROUP BY a.person
                """, arguments: [month.description]) {
                facts.load[row["person"], default: 0] += row["n"]
            }
            for row in try Row.fetchAll(db, sql: "SELECT people FROM timers WHERE kind = 'session' AND due BETWEEN ? AND ?", arguments: [first, last]) {
                for person in Self.list(row["people"]) { facts.load[person, default: 0] += 1 }
            }
            facts.unfilled = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM unfilled u JOIN occurrences o ON o.id = u.occurrence WHERE o.month = ?
                """, arguments: [month.description]) ?? 0
        }
        facts.records = try records(month: month)
        return facts
    }
}

extension SQLiteStore {
    /// What the database is for: `simulation` for a simulation's database, nil for real records.
    public func purpose() throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'purpose'") }
    }

    /// Whether the database holds nothing at all: no plan, case, record, processed day nor
    /// import (a simulation killed between creating its file and marking it leaves one).
    public func holdsNothing() throws -> Bool {
        try read { db in
            try ["months", "cases", "records", "days", "imports", "intake"].allSatisfy { table in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM \(table) LIMIT 1)") == 0
            }
        }
    }

    /// Marks the database as a simulation's, which a later simulation may overwrite.
    public func markAsSimulation() throws {
        try write { db in try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('purpose', 'simulation')") }
    }
}

extension SQLiteStore {
    /// Residents' personal data from intake, by case id: read only for `--include-personal`.
    public func personalData() throws -> [String: (name: String?, phone: String?, idNumber: String?)] {
        try read { db in
            var result: [String: (name: String?, phone: String?, idNumber: String?)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT case_id, name, phone, id_number FROM intake") {
                result[row["case_id"]] = (row["name"], row["phone"], row["id_number"])
            }
            return result
        }
    }
}
