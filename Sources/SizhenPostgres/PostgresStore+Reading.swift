import Foundation
import PostgresNIO
import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords

extension PostgresStore {
    // MARK: Purpose

    public func purpose() throws -> StorePurpose? {
        try read { link in try Self.storedPurpose(link, shown: shown) }
    }

    public func holdsNothing() throws -> Bool {
        try read { link in
            try ["months", "cases", "records", "days", "imports", "intake"].allSatisfy { table in
                try link.run("SELECT 1 FROM \(table) LIMIT 1").isEmpty
            }
        }
    }

    // MARK: Engine state

    public func lastProcessedDay() throws -> CivilDate? {
        try read { link in try one(link, "SELECT max(date) AS date FROM days", table: "days").flatMap { try $0.optionalDate("date") } }
    }

    public func openCases() throws -> [EngineCase] {
        try read { link in try link.run("SELECT * FROM cases WHERE status = 'open' ORDER BY id").map(engineCase) }
    }

    public func pendingTimers() throws -> [EngineTimer] {
        try read { link in try link.run("SELECT * FROM timers WHERE done = 0 ORDER BY due, id").map(timer) }
    }

    public func openCounts() throws -> (cases: Int, timers: Int) {
        try read { link in
            let row = try one(link, """
                SELECT (SELECT count(*) FROM cases WHERE status = 'open') AS cases, (SELECT count(*) FROM timers WHERE done = 0) AS timers
                """, table: "cases")
            return (try row?.int("cases") ?? 0, try row?.int("timers") ?? 0)
        }
    }

    public func caseExists(_ id: String) throws -> Bool {
        try read { link in try Self.exists(link, "SELECT 1 FROM cases WHERE id = $1", id) }
    }

    public func engineCase(_ id: String) throws -> EngineCase? {
        try read { link in try link.run("SELECT * FROM cases WHERE id = $1", Self.binds(id)).first.map(engineCase) }
    }

    public func cases(openedFrom first: CivilDate, through last: CivilDate) throws -> [EngineCase] {
        try read { link in
            try link.run("SELECT * FROM cases WHERE opened_on BETWEEN $1 AND $2 ORDER BY opened_on, id", Self.binds(first, last)).map(engineCase)
        }
    }

    public func caseIDs(withPrefix prefix: String, limit: Int) throws -> [String] {
        try read { link in
            // A prefix compared as one, without LIKE's wildcards.
            try link.run("SELECT id FROM cases WHERE left(id, length($1)) = $1 ORDER BY id LIMIT $2", Self.binds(prefix, max(0, limit)))
                .map { try StoredRow(row: $0, table: "cases", shown: shown).text("id") }
        }
    }

    public func wasImported(digest: String) throws -> Bool {
        try read { link in try Self.exists(link, "SELECT 1 FROM imports WHERE digest = $1", digest) }
    }

    // MARK: Months

    public func isMonthStored(_ month: YearMonth) throws -> Bool {
        try read { link in try Self.exists(link, "SELECT 1 FROM months WHERE month = $1", month.description) }
    }

    public func storedPlan(_ month: YearMonth) throws -> Plan? {
        let stored: String? = try read { link in
            try one(link, "SELECT plan FROM months WHERE month = $1", Self.binds(month.description), table: "months")?.optionalText("plan")
        }
        guard let stored else { return nil }
        guard let plan = try? JSONDecoder().decode(Plan.self, from: Data(stored.utf8)) else {
            throw StoreError.undecodable(shown, table: "months", column: "plan", value: stored)
        }
        return plan
    }

    public func occurrences(on date: CivilDate) throws -> [OccurrenceRef] {
        try read { link in
            try link.run("SELECT * FROM occurrences WHERE date = $1 OR held_on = $1 ORDER BY start, workflow, site, id", Self.binds(date)).map(occurrence)
        }
    }

    public func occurrences(in month: YearMonth) throws -> [OccurrenceRef] {
        try read { link in
            try link.run("SELECT * FROM occurrences WHERE month = $1 ORDER BY date, workflow, site, id", Self.binds(month.description)).map(occurrence)
        }
    }

    public func assignments(from first: CivilDate, through last: CivilDate) throws -> [String: [String]] {
        try read { link in
            var result: [String: [String]] = [:]
            // As published: a seat a substitute took on a derived day reads as planned.
            for row in try link.run("""
                SELECT a.occurrence, a.slot, a.position, a.person FROM (
                    SELECT occurrence, slot, position, person FROM assignments x WHERE NOT EXISTS (
                        SELECT 1 FROM substitutions s WHERE s.occurrence = x.occurrence AND s.slot = x.slot AND s.position = x.position)
                    UNION ALL SELECT occurrence, slot, position, person FROM substitutions) a
                JOIN occurrences o ON o.id = a.occurrence
                WHERE o.date BETWEEN $1 AND $2 ORDER BY a.occurrence, a.slot, a.position
                """, Self.binds(first, last)) {
                let columns = StoredRow(row: row, table: "assignments", shown: shown)
                result[try columns.text("occurrence"), default: []].append(try columns.text("person"))
            }
            return result
        }
    }

    public func assignmentRows(on date: CivilDate) throws -> [AssignmentRow] {
        try read { link in
            try link.run("""
                SELECT a.* FROM assignments a JOIN occurrences o ON o.id = a.occurrence
                WHERE o.date = $1 ORDER BY a.occurrence, a.slot, a.position
                """, Self.binds(date)).map(assignment)
        }
    }

    public func assignmentRows(in month: YearMonth) throws -> [AssignmentRow] {
        try read { link in
            try link.run("""
                SELECT a.* FROM assignments a JOIN occurrences o ON o.id = a.occurrence
                WHERE o.month = $1 ORDER BY a.occurrence, a.slot, a.position
                """, Self.binds(month.description)).map(assignment)
        }
    }

    public func sittings(in month: YearMonth) throws -> [(personID: String, date: CivilDate)] {
        try read { link in
            try link.run("SELECT a.person, o.date FROM assignments a JOIN occurrences o ON o.id = a.occurrence WHERE o.month = $1",
                         Self.binds(month.description)).map { row in
                let columns = StoredRow(row: row, table: "assignments", shown: shown)
                return (try columns.text("person"), try columns.date("date"))
            }
        }
    }

    public func unfilled(in month: YearMonth) throws -> [UnfilledRow] {
        try read { link in
            try link.run("""
                SELECT u.* FROM unfilled u JOIN occurrences o ON o.id = u.occurrence
                WHERE o.month = $1 ORDER BY u.occurrence, u.slot, u.position
                """, Self.binds(month.description)).map { row in try columns(row, "unfilled").unfilledSlot() }
        }
    }

    public func skipped(in month: YearMonth) throws -> [SkippedOccurrence] {
        try read { link in
            try link.run("SELECT * FROM skipped WHERE month = $1 ORDER BY date, workflow, site", Self.binds(month.description)).map { row in try columns(row, "skipped").skippedOccurrence() }
        }
    }

    public func sessions(from first: CivilDate, through last: CivilDate) throws -> [SessionRow] {
        try read { link in
            try link.run("""
                SELECT t.*, c.workflow AS case_workflow FROM timers t LEFT JOIN cases c ON c.id = t.case_id
                WHERE t.kind = 'session' AND t.due BETWEEN $1 AND $2 ORDER BY t.due, t.id
                """, Self.binds(first, last)).map { row in
                let columns = StoredRow(row: row, table: "timers", shown: shown)
                return SessionRow(timer: try timer(row), workflowID: columns.optionalText("case_workflow"), isDone: try columns.bool("done"))
            }
        }
    }

    // MARK: Records and events

    public func records(_ filter: RecordFilter) throws -> [ServiceRecord] {
        var conditions: [String] = []
        var values: [String] = []
        func condition(_ sql: String, _ value: String) {
            values.append(value)
            conditions.append(sql.replacingOccurrences(of: "?", with: "$\(values.count)"))
        }
        if let month = filter.month {
            condition("date >= ?", month.firstDay.description)
            condition("date <= ?", month.lastDay.description)
        }
        if let site = filter.site { condition("site = ?", site) }
        if let type = filter.type { condition("type = ?", type) }
        let sql = "SELECT * FROM records" + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")) + " ORDER BY date, id"
        var bindings = Self.binds()
        for value in values { bindings.append(value) }
        return try read { link in
            try link.run(sql, bindings).map { row in try columns(row, "records").serviceRecord() }
        }
    }

    public func events(from first: CivilDate, through last: CivilDate, kinds: Set<EngineEvent.Kind>?) throws -> [StoredEvent] {
        try read { link in
            if let kinds {
                // A row holds an event of a kind asked for when its first is, or its `kinds` names it.
                return try link.run("""
                    SELECT * FROM events WHERE date BETWEEN $1 AND $2
                        AND (kind = ANY($3) OR (kinds IS NOT NULL AND string_to_array(kinds, ' ') && $3::text[])) ORDER BY seq
                    """, Self.binds(first, last, kinds.map(\.rawValue).sorted()))
                    .flatMap { row in try storedEvents(row).filter { kinds.contains($0.event.kind) } }
            }
            return try link.run("SELECT * FROM events WHERE date BETWEEN $1 AND $2 ORDER BY seq", Self.binds(first, last)).flatMap(storedEvents)
        }
    }

    public func eventCounts(from first: CivilDate, through last: CivilDate) throws -> [EngineEvent.Kind: Int] {
        try read { link in
            var counts: [EngineEvent.Kind: Int] = [:]
            for row in try link.run("SELECT kind, kinds, count(*) AS n FROM events WHERE date BETWEEN $1 AND $2 GROUP BY kind, kinds",
                                    Self.binds(first, last)) {
                counts.merge(try StoredRow(row: row, table: "events", shown: shown).eventKindCounts(), uniquingKeysWith: +)
            }
            return counts
        }
    }

    public func story(of caseID: String) throws -> [StoredEvent] {
        try read { link in
            // The case's own events and those of the cases escalated from it ("<id>>…"), from the
            // day it opened on: a case's events are never dated before it opened.
            guard let opened = try one(link, "SELECT opened_on FROM cases WHERE id = $1", Self.binds(caseID), table: "cases") else { return [] }
            return try link.run("""
                SELECT * FROM events WHERE date >= $1 AND (case_id = $2 OR left(case_id, length($3)) = $3) ORDER BY seq
                """, Self.binds(try opened.text("opened_on"), caseID, caseID + ">")).flatMap(storedEvents)
        }
    }

    public func personalData() throws -> [String: PersonalData] {
        try read { link in
            var result: [String: PersonalData] = [:]
            for row in try link.run("SELECT case_id, name, phone, id_number FROM intake") {
                let columns = StoredRow(row: row, table: "intake", shown: shown)
                result[try columns.text("case_id")] = PersonalData(name: columns.optionalText("name"), phone: columns.optionalText("phone"),
                                                                  idNumber: columns.optionalText("id_number"))
            }
            return result
        }
    }

    // MARK: Facts

    public func facts(from first: CivilDate, through last: CivilDate) throws -> [Fact] {
        try read { link in
            // The latest of each kind and key only: a correction that moved a fact to another
            // day leaves nothing behind on the day it was first about.
            try link.run("""
                SELECT * FROM facts AS f WHERE on_date BETWEEN $1 AND $2
                AND NOT EXISTS (SELECT 1 FROM facts AS later WHERE later.key = f.key AND later.kind = f.kind AND later.arrival > f.arrival)
                ORDER BY arrival
                """, Self.binds(first, last)).map(fact)
        }
    }

    public func facts(arrivedAfter arrival: Int, limit: Int) throws -> [Fact] {
        try read { link in
            try link.run("SELECT * FROM facts WHERE arrival > $1 ORDER BY arrival LIMIT $2", Self.binds(arrival, max(0, limit))).map(fact)
        }
    }

    public func sittingChanges(from first: CivilDate, through last: CivilDate) throws -> [SittingChange] {
        try read { link in
            // Payloads are canonical JSON: a status is written `"status":"moved"` and nowhere else.
            SittingChange.changes(among: try link.run("""
                SELECT * FROM facts AS f WHERE on_date BETWEEN $1 AND $2 AND kind = 'sitting'
                AND (strpos(payload, '"status":"moved"') > 0 OR strpos(payload, '"status":"extra"') > 0)
                AND NOT EXISTS (SELECT 1 FROM facts AS later WHERE later.key = f.key AND later.kind = f.kind AND later.arrival > f.arrival)
                ORDER BY arrival
                """, Self.binds(first, last)).map(fact))
        }
    }

    public func facts(key: String) throws -> [Fact] {
        try read { link in try link.run("SELECT * FROM facts WHERE key = $1 ORDER BY arrival", Self.binds(key)).map(fact) }
    }

    public func derivationState() throws -> DerivationState {
        try read { link in
            var meta: [String: String] = [:]
            for row in try link.run("SELECT key, value FROM meta ORDER BY key") {
                let columns = columns(row, "meta")
                meta[try columns.text("key")] = try columns.text("value")
            }
            let undecodable = { (key: String, value: String) in StoreError.undecodable(self.shown, table: "meta", column: key, value: value) }
            let derivedArrival = try DerivationState.number(meta, "derived_arrival", undecodable: undecodable)
            guard let summary = try one(link, """
                SELECT (SELECT max(date) FROM days) AS through, (SELECT coalesce(max(arrival), 0) FROM facts) AS last,
                       (SELECT min(on_date) FROM (SELECT on_date FROM facts WHERE arrival > $1 UNION ALL
                            SELECT earlier.on_date FROM facts AS earlier JOIN facts AS later ON later.key = earlier.key AND later.kind = earlier.kind
                            WHERE later.arrival > $1 AND earlier.arrival <= $1) AS pending_days) AS pending,
                       (SELECT min(on_date) FROM facts) AS first_day, (SELECT max(on_date) FROM facts) AS last_day
                """, Self.binds(derivedArrival), table: "facts") else { throw StoreError.database(shown, detail: "no summary of the facts") }
            return try summary.derivationState(meta: meta, derivedArrival: derivedArrival, undecodableMeta: undecodable)
        }
    }

    public func closing(_ month: YearMonth) throws -> MonthClosing? {
        try read { link in
            try one(link, "SELECT * FROM closings WHERE month = $1", Self.binds(month.description), table: "closings")?.monthClosing(month)
        }
    }

    public func closedMonths() throws -> [YearMonth] {
        try read { link in
            try link.run("SELECT month FROM closings ORDER BY month").map { row in
                let text = try StoredRow(row: row, table: "closings", shown: shown).text("month")
                guard let month = YearMonth(iso: text) else { throw StoreError.undecodable(shown, table: "closings", column: "month", value: text) }
                return month
            }
        }
    }

    public func checkpoint(onOrBefore day: CivilDate) throws -> EngineCheckpoint? {
        try read { link in
            guard let columns = try one(link, "SELECT * FROM checkpoints WHERE day <= $1 ORDER BY day DESC LIMIT 1", Self.binds(day),
                                        table: "checkpoints") else { return nil }
            let day = try columns.date("day")
            guard let checkpoint = CheckpointJSON.decode(day: day, cases: try columns.text("cases"), timers: try columns.text("timers"),
                                                         bookings: try columns.text("bookings"), caseType: caseType) else {
                throw StoreError.undecodable(shown, table: "checkpoints", column: "cases", value: day.description)
            }
            return checkpoint
        }
    }

    // MARK: Rows

    /// The first row of a query, if any.
    func one(_ link: PostgresLink, _ sql: String, _ binds: PostgresBindings = PostgresBindings(), table: String) throws -> StoredRow? {
        try link.run(sql, binds).first.map { StoredRow(row: $0, table: table, shown: shown) }
    }

    func columns(_ row: TextRow, _ table: String) -> StoredRow { StoredRow(row: row, table: table, shown: shown) }

    func fact(_ row: TextRow) throws -> Fact { try columns(row, "facts").fact() }

    func engineCase(_ row: TextRow) throws -> EngineCase { try columns(row, "cases").engineCase(as: caseType) }

    func timer(_ row: TextRow) throws -> EngineTimer { try columns(row, "timers").timer() }

    func occurrence(_ row: TextRow) throws -> OccurrenceRef { try columns(row, "occurrences").occurrence() }

    func assignment(_ row: TextRow) throws -> AssignmentRow { try columns(row, "assignments").assignment() }

    func storedEvents(_ row: TextRow) throws -> [StoredEvent] { try columns(row, "events").storedEvents() }
}
