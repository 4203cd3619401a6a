import GRDB
import SizhenCalendar
import SizhenEngine

/// A stored audit event with its sequence number.
public struct StoredEvent: Sendable, Hashable {
    /// The order it was written in.
    public var sequence: Int
    /// The event.
    public var event: EngineEvent
    /// The kind as stored (also kinds the engine type does not list, like `month_planned`).
    public var kindName: String
}

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
            try Row.fetchAll(db, sql: "SELECT * FROM events WHERE case_id = ? OR case_id LIKE ? ESCAPE '\\' ORDER BY seq",
                             arguments: [caseID, Self.likePrefix(caseID + ">")]).map(Self.storedEvent)
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
