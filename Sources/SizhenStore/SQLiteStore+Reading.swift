import Foundation
import GRDB
import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords

extension SQLiteStore {
    // MARK: Purpose

    public func purpose() throws -> StorePurpose? {
        try read { db in try Self.storedPurpose(db, path: path) }
    }

    public func holdsNothing() throws -> Bool {
        try read { db in try Self.holdsNothing(Self.query(db)) }
    }

    // MARK: Engine state

    public func lastProcessedDay() throws -> CivilDate? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT max(date) AS date FROM days") else { return nil }
            return try reader(row, "days").optionalDate("date")
        }
    }

    public func openCases() throws -> [EngineCase] {
        try read { db in try readers(Row.fetchAll(db, sql: "SELECT * FROM cases WHERE status = 'open' ORDER BY id"), "cases").map { try $0.engineCase(as: caseType) } }
    }

    public func pendingTimers() throws -> [EngineTimer] {
        try read { db in try readers(Row.fetchAll(db, sql: "SELECT * FROM timers WHERE done = 0 ORDER BY due, id"), "timers").map { try $0.timer() } }
    }

    public func openCounts() throws -> (cases: Int, timers: Int) {
        try read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM cases WHERE status = 'open'") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM timers WHERE done = 0") ?? 0)
        }
    }

    public func caseExists(_ id: String) throws -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM cases WHERE id = ?)", arguments: [id]) ?? false }
    }

    public func engineCase(_ id: String) throws -> EngineCase? {
        try read { db in try Row.fetchOne(db, sql: "SELECT * FROM cases WHERE id = ?", arguments: [id]).map(engineCase) }
    }

    public func cases(openedFrom first: CivilDate, through last: CivilDate) throws -> [EngineCase] {
        try read { db in
            try readers(Row.fetchAll(db, sql: "SELECT * FROM cases WHERE opened_on BETWEEN ? AND ? ORDER BY opened_on, id",
                                     arguments: [first.description, last.description]), "cases").map { try $0.engineCase(as: caseType) }
        }
    }

    public func caseIDs(withPrefix prefix: String, limit: Int) throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT id FROM cases WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?",
                                arguments: [Self.likePrefix(prefix), max(0, limit)])
                // LIKE ignores ASCII case; a prefix does not.
                .filter { $0.hasPrefix(prefix) }
        }
    }

    public func wasImported(digest: String) throws -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM imports WHERE digest = ?)", arguments: [digest]) ?? false }
    }

    // MARK: Months

    public func isMonthStored(_ month: YearMonth) throws -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM months WHERE month = ?)", arguments: [month.description]) ?? false }
    }

    public func storedPlan(_ month: YearMonth) throws -> Plan? {
        let stored: String? = try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT plan FROM months WHERE month = ?", arguments: [month.description]) else { return nil }
            return try reader(row, "months").optionalText("plan")
        }
        guard let stored else { return nil }
        guard let plan = try? JSONDecoder().decode(Plan.self, from: Data(stored.utf8)) else {
            throw StoreError.undecodable(path, table: "months", column: "plan", value: stored)
        }
        return plan
    }

    public func occurrences(on date: CivilDate) throws -> [OccurrenceRef] {
        try read { db in
            try readers(Row.fetchAll(db, sql: "SELECT * FROM occurrences WHERE date = ? OR held_on = ? ORDER BY start, workflow, site, id",
                                     arguments: [date.description, date.description]), "occurrences").map { try $0.occurrence() }
        }
    }

    public func occurrences(in month: YearMonth) throws -> [OccurrenceRef] {
        try read { db in
            try readers(Row.fetchAll(db, sql: "SELECT * FROM occurrences WHERE month = ? ORDER BY date, workflow, site, id",
                                     arguments: [month.description]), "occurrences").map { try $0.occurrence() }
        }
    }

    public func assignments(from first: CivilDate, through last: CivilDate) throws -> [String: [String]] {
        try read { db in
            var result: [String: [String]] = [:]
            // As published: a seat a substitute took on a derived day reads as planned.
            for row in try Row.fetchAll(db, sql: """
                SELECT a.occurrence, a.slot, a.position, a.person FROM (
                    SELECT occurrence, slot, position, person FROM assignments x WHERE NOT EXISTS (
                        SELECT 1 FROM substitutions s WHERE s.occurrence = x.occurrence AND s.slot = x.slot AND s.position = x.position)
                    UNION ALL SELECT occurrence, slot, position, person FROM substitutions) a
                JOIN occurrences o ON o.id = a.occurrence
                WHERE o.date BETWEEN ? AND ? ORDER BY a.occurrence, a.slot, a.position
                """, arguments: [first.description, last.description]) {
                let columns = reader(row, "assignments")
                result[try columns.text("occurrence"), default: []].append(try columns.text("person"))
            }
            return result
        }
    }

    public func assignmentRows(on date: CivilDate) throws -> [AssignmentRow] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.* FROM assignments a JOIN occurrences o ON o.id = a.occurrence
                WHERE o.date = ? ORDER BY a.occurrence, a.slot, a.position
                """, arguments: [date.description]).map(assignment)
        }
    }

    public func assignmentRows(in month: YearMonth) throws -> [AssignmentRow] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.* FROM assignments a JOIN occurrences o ON o.id = a.occurrence
                WHERE o.month = ? ORDER BY a.occurrence, a.slot, a.position
                """, arguments: [month.description]).map(assignment)
        }
    }

    public func sittings(in month: YearMonth) throws -> [(personID: String, date: CivilDate)] {
        try read { db in
            var result: [(personID: String, date: CivilDate)] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT a.person, o.date FROM assignments a JOIN occurrences o ON o.id = a.occurrence WHERE o.month = ?",
                                           arguments: [month.description])
            while let row = try rows.next() {
                let columns = reader(row, "assignments")
                result.append((try columns.text("person"), try columns.date("date")))
            }
            return result
        }
    }

    public func unfilled(in month: YearMonth) throws -> [UnfilledRow] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT u.* FROM unfilled u JOIN occurrences o ON o.id = u.occurrence
                WHERE o.month = ? ORDER BY u.occurrence, u.slot, u.position
                """, arguments: [month.description]).map { row in try reader(row, "unfilled").unfilledSlot() }
        }
    }

    public func skipped(in month: YearMonth) throws -> [SkippedOccurrence] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM skipped WHERE month = ? ORDER BY date, workflow, site", arguments: [month.description]).map { row in try reader(row, "skipped").skippedOccurrence() }
        }
    }

    public func sessions(from first: CivilDate, through last: CivilDate) throws -> [SessionRow] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT t.*, c.workflow AS case_workflow FROM timers t LEFT JOIN cases c ON c.id = t.case_id
                WHERE t.kind = 'session' AND t.due BETWEEN ? AND ? ORDER BY t.due, t.id
                """, arguments: [first.description, last.description]).map { row in
                let columns = reader(row, "timers")
                return SessionRow(timer: try timer(row), workflowID: try columns.optionalText("case_workflow"), isDone: try columns.bool("done"))
            }
        }
    }

    // MARK: Records and events

    public func records(_ filter: RecordFilter) throws -> [ServiceRecord] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let month = filter.month {
            conditions.append("date BETWEEN ? AND ?")
            arguments += [month.firstDay.description, month.lastDay.description]
        }
        if let site = filter.site { conditions.append("site = ?"); arguments.append(site) }
        if let type = filter.type { conditions.append("type = ?"); arguments.append(type) }
        let sql = "SELECT * FROM records" + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")) + " ORDER BY date, id"
        return try read { db in
            try readers(Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)), "records").map { try $0.serviceRecord() }
        }
    }

    public func events(from first: CivilDate, through last: CivilDate, kinds: Set<EngineEvent.Kind>?) throws -> [StoredEvent] {
        let names = kinds.map { $0.map(\.rawValue).sorted() } ?? []
        // A row holds an event of a kind asked for when its first is, or its `kinds` names it.
        let filter = kinds == nil ? "" : " AND (kind IN (" + names.map { _ in "?" }.joined(separator: ",") + ") OR (kinds IS NOT NULL AND ("
            + names.map { _ in "instr(' ' || kinds || ' ', ?) > 0" }.joined(separator: " OR ") + ")))"
        let arguments = [first.description, last.description] + names + names.map { " \($0) " }
        return try read { db in
            try readers(Row.fetchAll(db, sql: "SELECT * FROM events WHERE date BETWEEN ? AND ?\(filter) ORDER BY seq", arguments: StatementArguments(arguments)),
                        "events").flatMap { try $0.storedEvents().filter { kinds?.contains($0.event.kind) ?? true } }
        }
    }

    public func eventCounts(from first: CivilDate, through last: CivilDate) throws -> [EngineEvent.Kind: Int] {
        try read { db in
            var counts: [EngineEvent.Kind: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT kind, kinds, count(*) AS n FROM events WHERE date BETWEEN ? AND ? GROUP BY kind, kinds",
                                        arguments: [first.description, last.description]) {
                counts.merge(try reader(row, "events").eventKindCounts(), uniquingKeysWith: +)
            }
            return counts
        }
    }

    public func story(of caseID: String) throws -> [StoredEvent] {
        try read { db in
            // The log is indexed by (date, case): walk the days from the case's opening to the
            // last day logged, each a seek to the case's id and the ids escalated from it
            // ("<id>>…"); a case's events are never dated before it opened.
            guard let opened = try Row.fetchOne(db, sql: "SELECT opened_on FROM cases WHERE id = ?", arguments: [caseID]),
                  let lastRow = try Row.fetchOne(db, sql: "SELECT max(date) AS date FROM events"),
                  let last = try reader(lastRow, "events").optionalDate("date") else { return [] }
            // Ids from the case's own up to the prefix's successor: "<id>" < "<id>>…" < "<id>?".
            let statement = try db.cachedStatement(sql: "SELECT * FROM events WHERE date = ? AND case_id >= ? AND case_id < ?")
            let upper = caseID + "?"
            var events: [StoredEvent] = []
            var day = try reader(opened, "cases").date("opened_on")
            while day <= last {
                for row in try Row.fetchAll(statement, arguments: [day.description, caseID, upper]) {
                    for stored in try reader(row, "events").storedEvents() {
                        if let id = stored.event.caseID, id == caseID || id.hasPrefix(caseID + ">") { events.append(stored) }
                    }
                }
                day = day.adding(days: 1)
            }
            return events.sorted { $0.sequence < $1.sequence }
        }
    }

    public func personalData() throws -> [String: PersonalData] {
        try read { db in
            var result: [String: PersonalData] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT case_id, name, phone, id_number FROM intake") {
                let columns = reader(row, "intake")
                result[try columns.text("case_id")] = PersonalData(name: try columns.optionalText("name"), phone: try columns.optionalText("phone"),
                                                                  idNumber: try columns.optionalText("id_number"))
            }
            return result
        }
    }

    // MARK: Facts

    public func facts(from first: CivilDate, through last: CivilDate) throws -> [Fact] {
        try read { db in
            // The latest of each kind and key only: a correction that moved a fact to another
            // day leaves nothing behind on the day it was first about.
            try readers(Row.fetchAll(db, sql: """
                SELECT * FROM facts AS f WHERE on_date BETWEEN ? AND ?
                AND NOT EXISTS (SELECT 1 FROM facts AS later WHERE later.key = f.key AND later.kind = f.kind AND later.arrival > f.arrival)
                ORDER BY arrival
                """, arguments: [first.description, last.description]), "facts").map { try $0.fact() }
        }
    }

    public func facts(arrivedAfter arrival: Int, limit: Int) throws -> [Fact] {
        try read { db in
            try readers(Row.fetchAll(db, sql: "SELECT * FROM facts WHERE arrival > ? ORDER BY arrival LIMIT ?", arguments: [arrival, max(0, limit)]),
                        "facts").map { try $0.fact() }
        }
    }

    public func sittingChanges(from first: CivilDate, through last: CivilDate) throws -> [SittingChange] {
        try read { db in
            // Payloads are canonical JSON: a status is written `"status":"moved"` and nowhere else.
            SittingChange.changes(among: try Row.fetchAll(db, sql: """
                SELECT * FROM facts AS f WHERE on_date BETWEEN ? AND ? AND kind = 'sitting'
                AND (instr(payload, '"status":"moved"') > 0 OR instr(payload, '"status":"extra"') > 0)
                AND NOT EXISTS (SELECT 1 FROM facts AS later WHERE later.key = f.key AND later.kind = f.kind AND later.arrival > f.arrival)
                ORDER BY arrival
                """, arguments: [first.description, last.description]).map(fact))
        }
    }

    public func facts(key: String) throws -> [Fact] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM facts WHERE key = ? ORDER BY arrival", arguments: [key]).map(fact) }
    }

    public func derivationState() throws -> DerivationState {
        try read { db in
            let meta = Dictionary(try Row.fetchAll(db, sql: "SELECT key, value FROM meta").map { row in
                let columns = reader(row, "meta")
                return (try columns.text("key"), try columns.text("value"))
            }, uniquingKeysWith: { first, _ in first })
            let undecodable = { (key: String, value: String) in StoreError.undecodable(self.path, table: "meta", column: key, value: value) }
            let derivedArrival = try DerivationState.number(meta, "derived_arrival", undecodable: undecodable)
            // The facts not yet derived come first (CROSS JOIN keeps SQLite from walking every
            // earlier fact to find the few with a newer one): each looks up its key's earlier facts.
            guard let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT max(date) FROM days) AS through, (SELECT coalesce(max(arrival), 0) FROM facts) AS last,
                       (SELECT min(on_date) FROM (SELECT on_date FROM facts WHERE arrival > ?1 UNION ALL
                            SELECT earlier.on_date FROM facts AS later CROSS JOIN facts AS earlier ON earlier.key = later.key AND earlier.kind = later.kind
                            WHERE later.arrival > ?1 AND earlier.arrival <= ?1)) AS pending,
                       (SELECT min(on_date) FROM facts) AS first_day, (SELECT max(on_date) FROM facts) AS last_day
                """, arguments: [derivedArrival]) else { throw StoreError.database(path, detail: "no summary of the facts") }
            return try reader(row, "facts").derivationState(meta: meta, derivedArrival: derivedArrival, undecodableMeta: undecodable)
        }
    }

    public func closing(_ month: YearMonth) throws -> MonthClosing? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM closings WHERE month = ?", arguments: [month.description]).map { row in
                try reader(row, "closings").monthClosing(month)
            }
        }
    }

    public func closedMonths() throws -> [YearMonth] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT month FROM closings ORDER BY month").map { text in
                guard let month = YearMonth(iso: text) else { throw StoreError.undecodable(path, table: "closings", column: "month", value: text) }
                return month
            }
        }
    }

    public func checkpoint(onOrBefore day: CivilDate) throws -> EngineCheckpoint? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM checkpoints WHERE day <= ? ORDER BY day DESC LIMIT 1",
                                             arguments: [day.description]) else { return nil }
            let columns = reader(row, "checkpoints")
            let day = try columns.date("day")
            guard let checkpoint = CheckpointJSON.decode(day: day, cases: try columns.text("cases"), timers: try columns.text("timers"),
                                                         bookings: try columns.text("bookings"), caseType: caseType) else {
                throw StoreError.undecodable(path, table: "checkpoints", column: "cases", value: day.description)
            }
            return checkpoint
        }
    }

    // MARK: Rows

    func fact(_ row: Row) throws -> Fact { try reader(row, "facts").fact() }

    func reader(_ row: Row, _ table: String) -> RowReader { RowReader(row: row, table: table, path: path) }

    /// Readers of one result set's rows, its columns found by name once.
    func readers(_ rows: [Row], _ table: String) -> [RowReader] { ColumnNames.readers(rows, table: table, path: path) }

    func engineCase(_ row: Row) throws -> EngineCase { try reader(row, "cases").engineCase(as: caseType) }

    func timer(_ row: Row) throws -> EngineTimer { try reader(row, "timers").timer() }

    func assignment(_ row: Row) throws -> AssignmentRow { try reader(row, "assignments").assignment() }

    static func likePrefix(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
    }
}
