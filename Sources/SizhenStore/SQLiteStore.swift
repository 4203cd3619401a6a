import Foundation
import GRDB
import SizhenCalendar
import SizhenDiagnostics
import SizhenRecords
import SizhenRules

/// The state of a district in one SQLite file (WAL): the months' occurrences and assignments,
/// cases, timers, service records, imported intake files and the append-only event log.
///
/// Every write is one transaction, so a command killed at any moment leaves the database as
/// it was before or after a step, never between; ids are stable, so re-running adds nothing.
/// A second command on the same file waits up to `busyTimeout` seconds, then fails with a
/// clear message. Every value read back is checked: a row that does not decode is a
/// `StoreError`, never a default.
public final class SQLiteStore: Store, @unchecked Sendable {
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
                    throw StoreError.cannotOpen(path, why: StoreMessage.folderMissing())
                }
                writer = try DatabasePool(path: path, configuration: configuration)
            }
            try Self.migrate(writer)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Migrates, also when another command opens the same new file at the same moment. Each
    /// migration is one transaction that also records its name, but the migrator reads which
    /// ones are applied before it starts them: the slower of two commands may start one the
    /// other has just applied, and its transaction then fails (a table that exists, a name
    /// recorded twice, a snapshot gone stale) and rolls back whole. It then reads again and goes
    /// on from there.
    static func migrate(_ writer: any DatabaseWriter) throws {
        var attempts = 0
        while true {
            do {
                try migrator.migrate(writer)
                return
            } catch let error as DatabaseError where attempts < 8 && [.SQLITE_CONSTRAINT, .SQLITE_ERROR, .SQLITE_BUSY].contains(error.resultCode) {
                // SQLITE_BUSY comes at once, without waiting, when a migration's transaction read
                // before another command's committed (WAL's stale snapshot): read again and go on.
                attempts += 1
            }
        }
    }

    /// Runs a read.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Runs a write in one transaction.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Runs raw SQL in one transaction: for tests that must damage a database on purpose.
    public func executeForTesting(_ sql: String) throws {
        try write { db in try db.execute(sql: sql) }
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

    /// A database error in words for the person running the command.
    static func storeError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return .database(path, detail: "\(error)") }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path, seconds: Int(busyTimeout))
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .notADatabase(path)
        case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM: return .cannotWrite(path)
        case .SQLITE_FULL: return .diskFull()
        default: return .database(path, detail: error.message ?? "\(error.resultCode)")
        }
    }
}
