import Foundation
import GRDB
import GRDBSQLite
import SizhenRecords

/// Opening a database: nothing is written to a file before it is known to be a regular file,
/// this program's (or new, or empty), of a version this program knows and of the purpose
/// wanted; and what opening writes (the schema of a new database, its purpose, the migrations
/// of an older one) is written in one transaction that checks all of that again.
extension SQLiteStore {
    /// What a database holds, as far as opening it is concerned.
    enum Contents: Equatable {
        /// No table and no mark of another program: a new file, or one a command killed
        /// before it wrote anything left behind.
        case blank
        /// Another program's tables (none when only its marks are there).
        case foreign(tables: [String])
        /// This program's: the migrations of this version not applied yet, those applied that
        /// this version does not know (a newer version's), and its purpose.
        case sizhen(missing: [String], unknown: [String], purpose: StorePurpose?)
    }

    /// What opening a database for writing changes in it.
    struct Changes {
        /// The migrations to apply, in order (all of them for a new database).
        var migrations: [Migration] = []
        /// The purpose to record: a new database's, or one an earlier version left unrecorded.
        var purpose: StorePurpose?
    }

    static func open(_ path: String, access: StoreAccess) throws(StoreError) -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        // WAL with synchronous=NORMAL: a crash or SIGKILL never corrupts the file nor splits a
        // transaction; only a power cut may lose the last transactions, which re-running redoes.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        configuration.foreignKeysEnabled = true
        var readOnly = configuration
        readOnly.readonly = true
        let started = Date()
        if path == ":memory:" {
            do {
                let queue = try DatabaseQueue(configuration: configuration)
                try setUp(queue, path: path, purpose: access.purpose ?? .real)
                return queue
            } catch {
                throw storeError(error, path: path, access: access, waited: 0)
            }
        }
        switch access {
        case .reading: try DatabaseFile.checkExisting(path, access: access)
        case .writing: try DatabaseFile.createOrCheck(path)
        }
        while true {
            do {
                // Looked at first through an immutable connection, which neither locks the file
                // nor makes anything beside it: another program's file is left byte for byte as
                // it was, and so is its folder (a read-only connection would make a -wal and a
                // -shm beside a WAL database, a writable one switch it to WAL).
                try probe(path, access: access)
                // What a WAL holds is seen, without writing, through a read-only connection: a
                // writable one closing last would checkpoint another program's WAL into its file.
                if access == .reading || FileManager.default.fileExists(atPath: path + "-wal") {
                    let reader = try DatabaseQueue(path: path, configuration: readOnly)
                    try reader.read { db in
                        _ = try changes(for: access, to: try contents(query(db), path: path), holdsNothing: { try holdsNothing(query(db)) }, path: path)
                    }
                    guard access.purpose != nil else { return reader }
                    try reader.close()
                }
                guard let purpose = access.purpose else { throw StoreError.readOnly(path) }
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                try setUp(queue, path: path, purpose: purpose)
                return queue
            } catch let error as DatabaseError where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode)
                                                    && Date().timeIntervalSince(started) < busyTimeout {
                // Two commands opening one new file: switching it to WAL and the first reads
                // can find it locked for a moment without SQLite's busy handler waiting.
                Thread.sleep(forTimeInterval: Double.random(in: 0.005...0.03))
            } catch {
                throw storeError(error, path: path, access: access, waited: Date().timeIntervalSince(started))
            }
        }
    }

    /// Refuses what the file shows for good, seen through an immutable connection (SQLite's
    /// `immutable=1`: no lock, no -wal, no -shm). Such a connection does not see what a WAL
    /// holds that is not in the file yet; so unless there is no WAL, only another program's
    /// tables, a newer version's migration and the other purpose are refused here (none of
    /// them can turn out otherwise), and the rest is checked again through a connection that
    /// sees everything.
    static func probe(_ path: String, access: StoreAccess) throws {
        let hasLog = FileManager.default.fileExists(atPath: path + "-wal")
        var handle: OpaquePointer?
        defer { sqlite3_close_v2(handle) }
        let code = sqlite3_open_v2(immutableURI(path), &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nil)
        guard code == SQLITE_OK, let handle else { return }
        let query: Query = { sql in
            var statement: OpaquePointer?
            defer { sqlite3_finalize(statement) }
            var code = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
            var values: [String?] = []
            while code == SQLITE_OK || code == SQLITE_ROW {
                code = sqlite3_step(statement)
                if code == SQLITE_ROW { values.append(sqlite3_column_text(statement, 0).map { String(cString: $0) }) }
            }
            guard code == SQLITE_DONE else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(handle)), sql: sql)
            }
            return values
        }
        let found: Contents
        do {
            found = try contents(query, path: path)
        } catch is DatabaseError {
            // Unreadable without locks (a page another command's checkpoint is writing, or not
            // a database at all): the connection that sees everything says what it is.
            return
        }
        if hasLog {
            if let refusal = definiteRefusal(for: access, of: found, path: path) { throw refusal }
        } else {
            _ = try changes(for: access, to: found, holdsNothing: { try holdsNothing(query) }, path: path)
        }
    }

    /// `path` as an SQLite URI opening it immutable.
    static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let kept = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)
        let encoded = absolute.utf8.map { kept.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
        return "file:" + encoded + "?immutable=1"
    }

    /// Switches the database to WAL and, in one immediate transaction, checks it again and
    /// makes the changes opening it for `purpose` needs.
    static func setUp(_ queue: DatabaseQueue, path: String, purpose: StorePurpose) throws {
        try queue.writeWithoutTransaction { db in
            if path != ":memory:" {
                let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                guard mode == "wal" else { throw StoreError.database(path, detail: "journal_mode \(mode ?? "?")") }
            }
            try db.inTransaction(.immediate) {
                let changes = try changes(for: .writing(purpose), to: try contents(query(db), path: path), holdsNothing: { try holdsNothing(query(db)) },
                                          path: path)
                if !changes.migrations.isEmpty {
                    try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                    for migration in changes.migrations {
                        try db.execute(sql: migration.sql)
                        try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.identifier])
                    }
                }
                if let purpose = changes.purpose {
                    try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('purpose', ?)", arguments: [purpose.rawValue])
                }
                return .commit
            }
        }
    }

    /// Runs SQL and gives the first column of its rows as text: what opening asks of a
    /// database, whether through GRDB or the immutable connection of `probe`.
    typealias Query = (String) throws -> [String?]

    /// A query through GRDB.
    static func query(_ db: Database) -> Query {
        { sql in
            try Row.fetchAll(db, sql: sql).map { row in
                switch (row[0] as DatabaseValue? ?? .null).storage {
                case .null: nil
                case .int64(let value): String(value)
                case .double(let value): String(value)
                case .string(let value): value
                case .blob(let value): String(decoding: value, as: UTF8.self)
                }
            }
        }
    }

    /// What the database holds.
    static func contents(_ query: Query, path: String) throws -> Contents {
        guard try query("SELECT count(*) FROM sqlite_master").first == "0" else {
            let tables = try query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
                .compactMap { $0 }
            guard tables.contains("grdb_migrations"), tables.contains("meta") else { return .foreign(tables: tables) }
            let applied = Set(try query("SELECT identifier FROM grdb_migrations").compactMap { $0 })
            let known = migrations.map(\.identifier)
            guard applied.contains(known[0]) else { return .foreign(tables: tables) }
            let purpose = try query("SELECT value FROM meta WHERE key = 'purpose'").first.map { value in
                guard let value, let purpose = StorePurpose(rawValue: value) else {
                    throw StoreError.undecodable(path, table: "meta", column: "value", value: value ?? "NULL")
                }
                return purpose
            }
            return .sizhen(missing: known.filter { !applied.contains($0) }, unknown: applied.subtracting(known).sorted(), purpose: purpose)
        }
        // No table: a new file, unless another program has marked it as its own.
        let marks = try query("PRAGMA application_id") + query("PRAGMA user_version")
        return marks.allSatisfy { $0 == "0" } ? .blank : .foreign(tables: [])
    }

    /// The refusal that holds whatever the database's WAL may add to what its file shows.
    static func definiteRefusal(for access: StoreAccess, of contents: Contents, path: String) -> StoreError? {
        switch contents {
        case .blank: return nil
        case .foreign(let tables): return .foreign(path, tables: tables)
        case .sizhen(_, let unknown, let found):
            if let newer = unknown.first { return .newerVersion(path, migration: newer) }
            if let wanted = access.purpose, let found, found != wanted { return .wrongPurpose(path, found: found) }
            return nil
        }
    }

    /// What opening a database of these contents for `access` must change, or the error
    /// refusing it.
    static func changes(for access: StoreAccess, to contents: Contents, holdsNothing: () throws -> Bool, path: String) throws -> Changes {
        if let refusal = definiteRefusal(for: access, of: contents, path: path) { throw refusal }
        switch contents {
        case .blank:
            guard let purpose = access.purpose else { throw StoreError.blank(path) }
            return Changes(migrations: migrations, purpose: purpose)
        case .foreign(let tables):
            throw StoreError.foreign(path, tables: tables)
        case .sizhen(let missing, _, let found):
            guard let wanted = access.purpose else {
                if let older = missing.first { throw StoreError.olderVersion(path, migration: older) }
                return Changes()
            }
            var changes = Changes(migrations: migrations.filter { missing.contains($0.identifier) })
            if found == nil {
                // Before purposes were recorded with the schema, only a simulation marked its
                // database, once it had made it: an unmarked one is the real month's (or was made
                // by a reading command), and a simulation never takes it, even empty.
                guard wanted == .real else {
                    throw try holdsNothing() ? StoreError.unmarked(path) : StoreError.wrongPurpose(path, found: .real)
                }
                changes.purpose = .real
            }
            return changes
        }
    }

    /// The purpose recorded in the database, if any.
    static func storedPurpose(_ db: Database, path: String) throws -> StorePurpose? {
        guard let row = try Row.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'purpose'") else { return nil }
        return try RowReader(row: row, table: "meta", path: path).value("value", as: StorePurpose.self)
    }

    /// Whether the database holds no plan, case, record, processed day, import nor personal
    /// data (tables every version has).
    static func holdsNothing(_ query: Query) throws -> Bool {
        try ["months", "cases", "records", "days", "imports", "intake"].allSatisfy { table in
            try query("SELECT count(*) FROM (SELECT 1 FROM \(table) LIMIT 1)").first == "0"
        }
    }
}
