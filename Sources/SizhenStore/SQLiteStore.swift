import Foundation
import GRDB
import SizhenCalendar
import SizhenRecords
import SizhenModel
import SizhenRules

/// The state of a district in one SQLite file (WAL): the months' occurrences and assignments,
/// cases, timers, service records, imported intake files and the append-only event log.
///
/// Every write is one transaction, so a command killed at any moment leaves the database as
/// it was before or after a step, never between; ids are stable, so re-running adds nothing.
/// A second command on the same file waits up to `busyTimeout` seconds, then fails with a
/// clear message.
public final class SQLiteStore: EngineStore, @unchecked Sendable {
    /// The file, or `:memory:`.
    public let path: String
    let writer: any DatabaseWriter
    let caseType: ObjectType?

    /// How long a command waits for another one using the same file.
    public static let busyTimeout: TimeInterval = 10

    /// Opens (creating if needed, readable by its owner only) the database at `path` and
    /// migrates it. `caseType` types the case fields when they are read back.
    public init(path: String, caseType: ObjectType? = nil) throws(StoreError) {
        self.path = path
        self.caseType = caseType
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        // WAL with synchronous=NORMAL: a crash or SIGKILL never corrupts the file nor splits a
        // transaction; only a power cut may lose the last transactions, which re-running redoes.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        configuration.foreignKeysEnabled = true
        do {
            if path == ":memory:" {
                writer = try DatabaseQueue(configuration: configuration)
            } else {
                // Created readable by its owner only, and only if it does not exist: never
                // replaced under another command that has just created it (O_EXCL).
                let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
                if descriptor >= 0 {
                    close(descriptor)
                } else if errno != EEXIST {
                    throw StoreError.cannotOpen(path, "the folder does not exist or is not writable")
                }
                writer = try DatabasePool(path: path, configuration: configuration)
            }
            try Self.migrate(writer)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(error, path: path)
        }
    }

    // MARK: Schema

    /// Migrates, also when another command opens the same new file at the same moment. Each
    /// migration is one transaction that also records its name, but the migrator reads which
    /// ones are applied before it starts them: the slower of two commands may start one the
    /// other has just applied, and its transaction then fails (a table that exists, a name
    /// recorded twice) and rolls back whole. It then reads again and goes on from there.
    static func migrate(_ writer: any DatabaseWriter) throws {
        var attempts = 0
        while true {
            do {
                try migrator.migrate(writer)
                return
            } catch let error as DatabaseError where attempts < 8 && [.SQLITE_CONSTRAINT, .SQLITE_ERROR].contains(error.resultCode) {
                attempts += 1
            }
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-state") { db in
            // Named, append-only migrations: a later change adds "v2-…", never edits this one.
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE months (month TEXT PRIMARY KEY, planned_at_event INTEGER NOT NULL);
                CREATE TABLE occurrences (
                    id TEXT PRIMARY KEY, month TEXT NOT NULL, workflow TEXT NOT NULL, site TEXT NOT NULL,
                    date TEXT NOT NULL, start TEXT NOT NULL, "end" TEXT NOT NULL, rule_date TEXT NOT NULL, reason TEXT,
                    status TEXT NOT NULL DEFAULT 'planned');
                CREATE INDEX occurrences_by_date ON occurrences(date);
                CREATE TABLE assignments (
                    occurrence TEXT NOT NULL REFERENCES occurrences(id), slot TEXT NOT NULL, position INTEGER NOT NULL,
                    person TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (occurrence, slot, position));
                CREATE TABLE unfilled (
                    occurrence TEXT NOT NULL REFERENCES occurrences(id), slot TEXT NOT NULL, position INTEGER NOT NULL,
                    reason TEXT NOT NULL, PRIMARY KEY (occurrence, slot, position));
                CREATE TABLE cases (
                    id TEXT PRIMARY KEY, workflow TEXT NOT NULL, occurrence TEXT, site TEXT NOT NULL, opened_on TEXT NOT NULL,
                    source TEXT NOT NULL, parent TEXT, fields TEXT NOT NULL, status TEXT NOT NULL, staff TEXT NOT NULL,
                    excluded TEXT NOT NULL, deadline TEXT, closed_on TEXT);
                CREATE INDEX open_cases ON cases(status) WHERE status = 'open';
                CREATE TABLE timers (
                    id TEXT PRIMARY KEY, case_id TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, due TEXT NOT NULL,
                    people TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0);
                CREATE INDEX pending_timers ON timers(due) WHERE done = 0;
                CREATE TABLE records (
                    id TEXT PRIMARY KEY, type TEXT NOT NULL, workflow TEXT NOT NULL, occurrence TEXT, site TEXT NOT NULL, street TEXT,
                    date TEXT NOT NULL, staff TEXT NOT NULL, case_id TEXT NOT NULL, outcome TEXT NOT NULL,
                    subsidy_yuan INTEGER, subsidy_tier TEXT);
                CREATE INDEX records_by_date ON records(date);
                CREATE TABLE events (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT, date TEXT NOT NULL, kind TEXT NOT NULL, case_id TEXT, occurrence TEXT,
                    message TEXT NOT NULL);
                CREATE INDEX events_by_case ON events(case_id);
                CREATE TABLE days (date TEXT PRIMARY KEY);
                CREATE TABLE imports (digest TEXT PRIMARY KEY, file TEXT NOT NULL, rows INTEGER NOT NULL);
                CREATE TABLE intake (
                    case_id TEXT PRIMARY KEY, name TEXT, phone TEXT, id_number TEXT, note TEXT);
                -- The event log is append-only.
                CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
                CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
                """)
        }
        migrator.registerMigration("v2-skipped") { db in
            try db.execute(sql: """
                CREATE TABLE skipped (
                    workflow TEXT NOT NULL, site TEXT NOT NULL, date TEXT NOT NULL, month TEXT NOT NULL, reason TEXT NOT NULL,
                    PRIMARY KEY (workflow, site, date));
                """)
        }
        migrator.registerMigration("v3-plan-json") { db in
            try db.execute(sql: "ALTER TABLE months ADD COLUMN plan TEXT")
        }
        migrator.registerMigration("v4-day-ordered") { db in
            // A day's rows go to the end of each B-tree instead of all over it. Record and event
            // ids begin with the workflow and site, so indexes keyed by id alone took a day's
            // inserts into every page of the index: the cost of a day grew with the whole
            // database. Records are now kept in (date, id) order, which is also the order they
            // are read in; the event log keeps its sequence as the row id (no AUTOINCREMENT
            // table) and is indexed by (date, case), which a case's story walks day by day.
            try db.execute(sql: """
                CREATE TABLE records_v4 (
                    id TEXT NOT NULL, type TEXT NOT NULL, workflow TEXT NOT NULL, occurrence TEXT, site TEXT NOT NULL, street TEXT,
                    date TEXT NOT NULL, staff TEXT NOT NULL, case_id TEXT NOT NULL, outcome TEXT NOT NULL,
                    subsidy_yuan INTEGER, subsidy_tier TEXT, PRIMARY KEY (date, id)) WITHOUT ROWID;
                INSERT INTO records_v4 (id, type, workflow, occurrence, site, street, date, staff, case_id, outcome, subsidy_yuan, subsidy_tier)
                    SELECT id, type, workflow, occurrence, site, street, date, staff, case_id, outcome, subsidy_yuan, subsidy_tier FROM records;
                DROP TABLE records;
                ALTER TABLE records_v4 RENAME TO records;
                CREATE TABLE events_v4 (
                    seq INTEGER PRIMARY KEY, date TEXT NOT NULL, kind TEXT NOT NULL, case_id TEXT, occurrence TEXT, message TEXT NOT NULL);
                INSERT INTO events_v4 (seq, date, kind, case_id, occurrence, message)
                    SELECT seq, date, kind, case_id, occurrence, message FROM events ORDER BY seq;
                DROP TABLE events;
                ALTER TABLE events_v4 RENAME TO events;
                CREATE INDEX events_by_day_case ON events(date, case_id);
                CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
                CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
                """)
        }
        return migrator
    }

    // MARK: EngineStore

    public func lastProcessedDay() throws -> CivilDate? {
        try read { db in try String.fetchOne(db, sql: "SELECT max(date) FROM days").flatMap(CivilDate.init(iso:)) }
    }

    public func openCases() throws -> [EngineCase] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM cases WHERE status = 'open' ORDER BY id").map(self.engineCase)
        }
    }

    public func pendingTimers() throws -> [EngineTimer] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM timers WHERE done = 0 ORDER BY due, id").compactMap { row -> EngineTimer? in
                guard let kind = EngineTimer.Kind(rawValue: row["kind"]), let due = CivilDate(iso: row["due"] as String) else { return nil }
                return EngineTimer(caseID: row["case_id"], kind: kind, name: row["name"], due: due, people: Self.list(row["people"]))
            }
        }
    }

    public func wasImported(digest: String) throws -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM imports WHERE digest = ?)", arguments: [digest]) ?? false }
    }

    public func caseExists(_ id: String) throws -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM cases WHERE id = ?)", arguments: [id]) ?? false }
    }

    @discardableResult
    public func commit(_ changes: ChangeSet) throws -> Bool {
        try write { db in
            // Checked inside the write transaction: a second command that did the same work
            // while waiting for the lock writes nothing.
            if let day = changes.processedDay,
               try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM days WHERE date = ?)", arguments: [day.description]) == true {
                return false
            }
            if let imported = changes.imported,
               try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM imports WHERE digest = ?)", arguments: [imported.digest]) == true {
                return false
            }
            try Self.apply(changes, in: db, caseType: self.caseType)
            return true
        }
    }

    static let upsertCases = BulkInsert(head: """
        INSERT INTO cases (id, workflow, occurrence, site, opened_on, source, parent, fields, status, staff, excluded, deadline, closed_on)
        """, columns: 13, tail: """
        ON CONFLICT(id) DO UPDATE SET fields = excluded.fields, status = excluded.status, staff = excluded.staff,
            excluded = excluded.excluded, deadline = excluded.deadline, closed_on = excluded.closed_on
        """)
    static let insertRecords = BulkInsert(head: """
        INSERT OR IGNORE INTO records (id, type, workflow, occurrence, site, street, date, staff, case_id, outcome, subsidy_yuan, subsidy_tier)
        """, columns: 12)
    static let insertTimers = BulkInsert(head: "INSERT OR IGNORE INTO timers (id, case_id, kind, name, due, people)", columns: 6)
    static let insertEvents = BulkInsert(head: "INSERT INTO events (date, kind, case_id, occurrence, message)", columns: 5)

    static func apply(_ changes: ChangeSet, in db: Database, caseType: ObjectType?) throws {
        // In the order the engine first saved them (deterministic, like everything it does).
        try upsertCases.run(changes.caseOrder.compactMap { changes.cases[$0] }, in: db) { row, c in
            row.text(c.id); row.text(c.workflowID); row.text(c.occurrenceID); row.text(c.siteID); row.text(c.openedOn.description)
            row.text(c.source.rawValue); row.text(c.parentID); row.text(CaseFieldsJSON.encode(c.fields, as: caseType)); row.text(c.status.rawValue)
            row.text(c.staff.joined(separator: ";")); row.text(c.excluded.joined(separator: ";")); row.text(c.deadline?.description)
            row.text(c.closedOn?.description)
        }
        try insertRecords.run(changes.records, in: db) { row, r in
            row.text(r.id); row.text(r.type); row.text(r.workflowID); row.text(r.occurrenceID); row.text(r.siteID); row.text(r.streetID)
            row.text(r.date.description); row.text(r.staff.joined(separator: ";")); row.text(r.caseID); row.text(r.outcome)
            row.int(r.subsidyYuan); row.text(r.subsidyTier)
        }
        try insertTimers.run(changes.timersAdded, in: db) { row, t in
            row.text(t.id); row.text(t.caseID); row.text(t.kind.rawValue); row.text(t.name); row.text(t.due.description)
            row.text(t.people.joined(separator: ";"))
        }
        let finishTimer = try db.cachedStatement(sql: "UPDATE timers SET done = 1 WHERE id = ?")
        for id in changes.timersDone { try finishTimer.execute(arguments: [id]) }
        let hold = try db.cachedStatement(sql: "UPDATE occurrences SET status = 'held' WHERE id = ?")
        for id in changes.occurrencesHeld { try hold.execute(arguments: [id]) }
        try insertEvents.run(changes.events, in: db) { row, e in
            row.text(e.date.description); row.text(e.kind.rawValue); row.text(e.caseID); row.text(e.occurrenceID); row.text(e.message)
        }
        for change in changes.reassigned {
            if let replacement = change.replacement {
                try db.execute(sql: "UPDATE assignments SET person = ?, reason = ? WHERE occurrence = ? AND person = ?",
                               arguments: [replacement, change.reason, change.occurrenceID, change.absent])
            } else if let row = try Row.fetchOne(db, sql: "SELECT slot, position FROM assignments WHERE occurrence = ? AND person = ?",
                                                 arguments: [change.occurrenceID, change.absent]) {
                try db.execute(sql: "DELETE FROM assignments WHERE occurrence = ? AND person = ?", arguments: [change.occurrenceID, change.absent])
                try db.execute(sql: "INSERT OR REPLACE INTO unfilled (occurrence, slot, position, reason) VALUES (?, ?, ?, ?)",
                               arguments: [change.occurrenceID, row["slot"] as String, row["position"] as Int, change.reason])
            }
        }
        if let imported = changes.imported {
            try db.execute(sql: "INSERT INTO imports (digest, file, rows) VALUES (?, ?, ?)", arguments: [imported.digest, imported.file, imported.rows])
        }
        let insertPersonal = try db.cachedStatement(sql: "INSERT OR IGNORE INTO intake (case_id, name, phone, id_number, note) VALUES (?, ?, ?, ?, ?)")
        for entry in changes.personal where entry.data != nil || entry.note != nil {
            try insertPersonal.execute(arguments: [entry.caseID, entry.data?.name, entry.data?.phone, entry.data?.idNumber, entry.note])
        }
        if let day = changes.processedDay {
            try db.execute(sql: "INSERT OR IGNORE INTO days (date) VALUES (?)", arguments: [day.description])
        }
    }

    // MARK: Reading

    /// Runs a read.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// Runs a write in one transaction.
    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.write(body)
        } catch {
            throw StoreError(error, path: path)
        }
    }

    func engineCase(_ row: Row) -> EngineCase {
        EngineCase(id: row["id"], workflowID: row["workflow"], occurrenceID: row["occurrence"], siteID: row["site"],
                   openedOn: CivilDate(iso: row["opened_on"] as String) ?? CivilDate(daysSinceEpoch: 0),
                   source: CaseSource(rawValue: row["source"]) ?? .visitor, parentID: row["parent"],
                   fields: CaseFieldsJSON.decode(row["fields"], as: caseType),
                   status: CaseStatus(rawValue: row["status"]) ?? .open, staff: Self.list(row["staff"]), excluded: Self.list(row["excluded"]),
                   deadline: (row["deadline"] as String?).flatMap(CivilDate.init(iso:)),
                   closedOn: (row["closed_on"] as String?).flatMap(CivilDate.init(iso:)))
    }

    static func list(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.split(separator: ";").map(String.init)
    }

    /// Removes a database file with its WAL and shared-memory files, if they exist (a
    /// simulation writes its database afresh; tests and benchmarks clean up).
    public static func removeFiles(at path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// The database's integrity check: "ok" when sound.
    public func integrityCheck() throws -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }
}

/// What can go wrong with the database, in words for the person running the command.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    /// The message.
    public var message: String
    /// How to fix it.
    public var hint: String?

    init(message: String, hint: String?) {
        self.message = message
        self.hint = hint
    }

    static func cannotOpen(_ path: String, _ why: String) -> StoreError {
        StoreError(message: "cannot open the database \(path): \(why)", hint: "give --db a file in a folder you can write to")
    }

    init(_ error: any Error, path: String) {
        if let error = error as? StoreError {
            self = error
            return
        }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                self.init(message: "the database \(path) is busy: another sizhen command has been using it for more than \(Int(SQLiteStore.busyTimeout)) seconds",
                          hint: "wait for the other command to finish, then run this one again; nothing was changed")
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                self.init(message: "\(path) is not a Sizhen database, or it is damaged", hint: "give --db the right file, or a new file name")
            case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM:
                self.init(message: "cannot open the database \(path) for writing", hint: "check the file's permissions and that its folder exists")
            case .SQLITE_FULL:
                self.init(message: "the disk is full; nothing was changed", hint: "free some space and run the command again")
            default:
                self.init(message: "database error in \(path): \(error.message ?? "\(error.resultCode)")", hint: nil)
            }
            return
        }
        self.init(message: "database error in \(path): \(error)", hint: nil)
    }

    public var description: String { message + (hint.map { " (hint: \($0))" } ?? "") }
}

extension SQLiteStore {
    public func isMonthStored(_ month: YearMonth) throws -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM months WHERE month = ?)", arguments: [month.description]) ?? false }
    }

    public func storeMonth(_ plan: MonthPlan) throws {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM months WHERE month = ?)", arguments: [plan.month.description]) != true else { return }
            let insertOccurrence = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO occurrences (id, month, workflow, site, date, start, "end", rule_date, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for o in plan.occurrences {
                try insertOccurrence.execute(arguments: [o.id, plan.month.description, o.workflowID, o.siteID, o.date.description,
                                                         o.interval.startRFC3339, o.interval.endRFC3339, o.ruleDate.description,
                                                         o.movedFrom == nil ? nil : o.reason])
            }
            let insertAssignment = try db.cachedStatement(sql: "INSERT OR REPLACE INTO assignments (occurrence, slot, position, person, reason) VALUES (?, ?, ?, ?, ?)")
            for a in plan.assignments {
                try insertAssignment.execute(arguments: [a.occurrenceID, a.slot, a.position, a.personID, a.reason])
            }
            let insertUnfilled = try db.cachedStatement(sql: "INSERT OR REPLACE INTO unfilled (occurrence, slot, position, reason) VALUES (?, ?, ?, ?)")
            for u in plan.unfilled {
                try insertUnfilled.execute(arguments: [u.occurrenceID, u.slot, u.position, u.reason])
            }
            let insertSkipped = try db.cachedStatement(sql: "INSERT OR IGNORE INTO skipped (workflow, site, date, month, reason) VALUES (?, ?, ?, ?, ?)")
            for s in plan.skipped {
                try insertSkipped.execute(arguments: [s.workflowID, s.siteID, s.date.description, plan.month.description, s.reason])
            }
            let seq = try Int.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) FROM events") ?? 0
            try db.execute(sql: "INSERT INTO months (month, planned_at_event, plan) VALUES (?, ?, ?)", arguments: [plan.month.description, seq, plan.planJSON])
            try db.execute(sql: "INSERT INTO events (date, kind, message) VALUES (?, 'month_planned', ?)",
                           arguments: [plan.month.firstDay.description,
                                       "\(plan.month): \(plan.occurrences.count) occurrences, \(plan.assignments.count) assignments, \(plan.unfilled.count) unfilled"])
        }
    }

    public func occurrences(on date: CivilDate) throws -> [OccurrenceRef] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM occurrences WHERE date = ? ORDER BY start, workflow, site, id", arguments: [date.description]).map {
                OccurrenceRef(id: $0["id"], workflowID: $0["workflow"], siteID: $0["site"], date: date, start: $0["start"], end: $0["end"],
                              reason: $0["reason"])
            }
        }
    }

    public func assignments(from first: CivilDate, through last: CivilDate) throws -> [String: [String]] {
        try read { db in
            var result: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT a.occurrence, a.person FROM assignments a JOIN occurrences o ON o.id = a.occurrence
                WHERE o.date BETWEEN ? AND ? ORDER BY a.occurrence, a.slot, a.position
                """, arguments: [first.description, last.description]) {
                result[row["occurrence"], default: []].append(row["person"])
            }
            return result
        }
    }
}

extension SQLiteStore {
    public func storedPlanJSON(_ month: YearMonth) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT plan FROM months WHERE month = ?", arguments: [month.description]) }
    }

    public func replaceAssignments(_ plan: MonthPlan, from firstDay: CivilDate) throws {
        try write { db in
            let from = firstDay.description
            try db.execute(sql: """
                DELETE FROM assignments WHERE occurrence IN (SELECT id FROM occurrences WHERE month = ? AND date >= ?)
                """, arguments: [plan.month.description, from])
            try db.execute(sql: """
                DELETE FROM unfilled WHERE occurrence IN (SELECT id FROM occurrences WHERE month = ? AND date >= ?)
                """, arguments: [plan.month.description, from])
            let dates = Dictionary(plan.occurrences.map { ($0.id, $0.date.description) }, uniquingKeysWith: { first, _ in first })
            let insertAssignment = try db.cachedStatement(sql: "INSERT OR REPLACE INTO assignments (occurrence, slot, position, person, reason) VALUES (?, ?, ?, ?, ?)")
            for a in plan.assignments where (dates[a.occurrenceID] ?? "") >= from {
                try insertAssignment.execute(arguments: [a.occurrenceID, a.slot, a.position, a.personID, a.reason])
            }
            let insertUnfilled = try db.cachedStatement(sql: "INSERT OR REPLACE INTO unfilled (occurrence, slot, position, reason) VALUES (?, ?, ?, ?)")
            for u in plan.unfilled where (dates[u.occurrenceID] ?? "") >= from {
                try insertUnfilled.execute(arguments: [u.occurrenceID, u.slot, u.position, u.reason])
            }
            try db.execute(sql: "UPDATE months SET plan = ? WHERE month = ?", arguments: [plan.planJSON, plan.month.description])
            try db.execute(sql: "INSERT INTO events (date, kind, message) VALUES (?, 'month_replanned', ?)",
                           arguments: [firstDay.description, "\(plan.month) re-planned from \(firstDay): \(plan.assignments.count) assignments, \(plan.unfilled.count) unfilled"])
        }
    }
}
