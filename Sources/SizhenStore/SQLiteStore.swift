import Foundation
import GRDB
import SizhenCalendar
import SizhenDiagnostics
import SizhenRecords
import SizhenRules

/// The state of a district in one SQLite file (WAL): the months' occurrences and assignments,
/// cases, timers, service records, imported intake files and the append-only event log.
///
/// Opening checks the file before anything is written to it (`SQLiteStore+Opening`): it must
/// be a regular file, this program's database (or a new or empty one), of a version this
/// program knows, and of the purpose wanted; a store opened for reading is opened read-only
/// and never created nor upgraded. Every write is one `BEGIN IMMEDIATE` transaction, so a
/// command killed at any moment leaves the database as it was before or after a step, never
/// between, and two commands' writes queue up instead of failing; ids are stable, so
/// re-running adds nothing. A second command on the same file waits up to `busyTimeout`
/// seconds, then fails with a clear message. Every value read back is checked: a row that
/// does not decode is a `StoreError`, never a default.
public final class SQLiteStore: Store, @unchecked Sendable {
    /// The file, or `:memory:`.
    public let path: String
    /// How the store was opened.
    public let access: StoreAccess
    let writer: DatabaseQueue
    let caseType: ObjectType?
    /// The simulation run this handle started (`startSimulation`), checked by every later
    /// read and write.
    private var run: String?
    private let runLock = NSLock()

    /// How long a command waits for another one using the same file.
    public static let busyTimeout: TimeInterval = 10

    /// Opens the database at `path` for `access` (see `StoreAccess`): for writing, creating it
    /// when missing (readable by its owner only) with its purpose, and upgrading it when an
    /// earlier version made it; for reading, read-only. `caseType` types the case fields when
    /// they are read back.
    public init(path: String, access: StoreAccess, caseType: ObjectType? = nil) throws(StoreError) {
        self.path = path
        self.access = access
        self.caseType = caseType
        writer = try Self.open(path, access: access)
    }

    /// Runs a read.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try saying {
            try writer.read { db in
                try checkRun(db)
                return try body(db)
            }
        }
    }

    /// Runs a write in one immediate transaction: it takes the write lock first (waiting for
    /// another command's transaction to end), so that it never reads a state another command
    /// changes before it writes.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        guard access != .reading else { throw StoreError.readOnly(path) }
        return try saying {
            try writer.write { db in
                try checkRun(db)
                return try body(db)
            }
        }
    }

    /// Runs `work`, saying what went wrong in words for the person running the command.
    private func saying<T>(_ work: () throws -> T) throws(StoreError) -> T {
        let started = Date()
        do {
            return try work()
        } catch {
            throw Self.storeError(error, path: path, access: access, waited: Date().timeIntervalSince(started))
        }
    }

    /// Fails when another simulation has started over in this database since this handle
    /// started its own.
    private func checkRun(_ db: Database) throws {
        guard let run = runLock.withLock({ self.run }) else { return }
        guard try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'run'") == run else {
            throw StoreError.simulationReplaced(path)
        }
    }

    public func startSimulation() throws {
        let token = UUID().uuidString
        runLock.withLock { run = nil }
        try write { db in
            let purpose = try Self.storedPurpose(db, path: path)
            guard purpose == .simulation else { throw StoreError.wrongPurpose(path, found: purpose ?? .real) }
            // Every table of the state, whatever migrations added them; the event log refuses
            // deletes, so its trigger is dropped and made again inside the transaction.
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('meta', 'grdb_migrations')
                AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name
                """)
            let triggers = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            for trigger in triggers { try db.execute(sql: "DROP TRIGGER \(try RowReader(row: trigger, table: "sqlite_master", path: path).text("name").quotedDatabaseIdentifier)") }
            for table in tables { try db.execute(sql: "DELETE FROM \(table.quotedDatabaseIdentifier)") }
            for trigger in triggers { try db.execute(sql: try RowReader(row: trigger, table: "sqlite_master", path: path).text("sql")) }
            // What the meta table says of the state goes with it (the day asked for, the last
            // fact derived, the days an earlier version processed); what the store is stays.
            try db.execute(sql: "DELETE FROM meta WHERE key NOT IN ('purpose', 'run')")
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('run', ?)", arguments: [token])
        }
        runLock.withLock { run = token }
    }

    /// Runs raw SQL in one transaction: for tests that must damage a database on purpose.
    public func executeForTesting(_ sql: String) throws {
        try write { db in try db.execute(sql: sql) }
    }

    /// Removes a database file with its WAL and shared-memory files, if they exist: for tests
    /// and benchmarks cleaning up the files they made. No command removes a database.
    public static func removeFiles(at path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// The database's integrity check: "ok" when sound.
    public func integrityCheck() throws -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }

    /// A database error in words for the person running the command, after `waited` seconds.
    static func storeError(_ error: any Error, path: String, access: StoreAccess, waited: TimeInterval) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return .database(path, detail: "\(error)") }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            // SQLite answers a stale snapshot (another command committed between this one's
            // read and its write) at once, without waiting: that is not "busy for 10 seconds".
            if error.extendedResultCode == .SQLITE_BUSY_SNAPSHOT || waited < busyTimeout * 0.9 { return .changedMeanwhile(path) }
            return .busy(path, seconds: Int(busyTimeout))
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .notADatabase(path)
        case .SQLITE_FULL: return .diskFull()
        case .SQLITE_IOERR where DatabaseFile.isDiskFull(near: path): return .diskFull()
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: return access == .reading ? .cannotRead(path) : .cannotWrite(path)
        case .SQLITE_READONLY: return .cannotWrite(path)
        default: return .database(path, detail: error.message ?? "\(error.resultCode)")
        }
    }
}
