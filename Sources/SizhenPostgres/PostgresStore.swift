import Foundation
import PostgresNIO
import SizhenCalendar
import SizhenDiagnostics
import SizhenRecords
import SizhenRules

/// The state of a district in a PostgreSQL database, shared by many processes at once: the
/// same tables, reads and promises as the SQLite store (`SQLiteStore`), so one contract suite
/// holds both.
///
/// Every write is one transaction that first takes a transaction-scoped advisory lock of the
/// store's schema (`pg_advisory_xact_lock`): writers queue as they do on one SQLite file under
/// `BEGIN IMMEDIATE`, so a second process that waited for the lock sees what the first wrote and
/// writes nothing twice (a day already processed, a file already imported). Reads run in one
/// `REPEATABLE READ` snapshot each and never wait for a writer. A transaction the server
/// aborts as a serialization failure or deadlock (SQLSTATE 40001, 40P01) is run again.
public final class PostgresStore: Store, @unchecked Sendable {
    /// Where the database is.
    public let address: PostgresAddress
    /// How the store was opened.
    public let access: StoreAccess
    /// The connection; a new one replaces it when the server closed it (under `lock`).
    private var connected: PostgresLink
    /// Held for a whole transaction: one handle runs one transaction at a time.
    private let lock = NSRecursiveLock()
    let caseType: ObjectType?
    /// The simulation run this handle started (`startSimulation`), checked by every later
    /// read and write.
    private var run: String?
    private let runLock = NSLock()

    /// How many times a transaction the server aborted as a serialization failure is tried.
    static let attempts = 8
    /// The first number of the advisory lock's two ("sizh"); the second is the schema's hash.
    static let lockSpace = 0x7369_7A68

    /// `address` as messages show it (never the password).
    var shown: String { address.description }

    /// Connects to the database at `url` (see `PostgresAddress`) and opens it for `access`: for
    /// writing, making its tables when it has none (with its purpose) and applying the
    /// migrations an earlier version did not; for reading, refusing anything but a store of this
    /// version. `caseType` types the case fields when they are read back.
    public convenience init(url: String, access: StoreAccess, caseType: ObjectType? = nil) throws(StoreError) {
        try self.init(address: try PostgresAddress(parsing: url), access: access, caseType: caseType)
    }

    /// Connects to the database at `address` and opens it for `access` (see `init(url:access:caseType:)`).
    public init(address: PostgresAddress, access: StoreAccess, caseType: ObjectType? = nil) throws(StoreError) {
        self.address = address
        self.access = access
        self.caseType = caseType
        do {
            connected = try PostgresLink.connect(to: address)
        } catch {
            throw Self.connectionError(error, address: address)
        }
        do {
            try openSchema()
        } catch {
            connected.close()
            throw error
        }
    }

    deinit {
        connected.close()
    }

    /// The connection for the next transaction: the one open, or a new one when the server
    /// closed it (restarted, or the network dropped) since the last. A transaction whose
    /// connection closes under it is never run again (whether it committed is not known); the
    /// command says so, and the next transaction connects again, so a long-running process
    /// (`sizhen serve`) outlives a restart of the server.
    func link() throws(StoreError) -> PostgresLink {
        guard connected.connection.isClosed else { return connected }
        do {
            connected = try PostgresLink.connect(to: address)
        } catch {
            throw Self.connectionError(error, address: address)
        }
        return connected
    }

    /// Runs a read in one snapshot.
    func read<T>(_ body: (PostgresLink) throws -> T) throws(StoreError) -> T {
        try transaction(writing: false, body)
    }

    /// Runs a write in one transaction holding the store's write lock.
    func write<T>(_ body: (PostgresLink) throws -> T) throws(StoreError) -> T {
        guard access != .reading else { throw StoreError.readOnly(shown) }
        return try transaction(writing: true, body)
    }

    /// Runs `body` in a transaction, again when the server aborts it as a serialization failure
    /// or a deadlock, and says what went wrong in words for the person running the command.
    func transaction<T>(writing: Bool, _ body: (PostgresLink) throws -> T) throws(StoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        var attempt = 1
        while true {
            let link = try link()
            do {
                if writing {
                    try link.run("BEGIN")
                    try link.run("SELECT pg_advisory_xact_lock(\(Self.lockSpace), hashtext(coalesce(current_schema(), '')))")
                } else {
                    try link.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                }
                try checkRun(link)
                let value = try body(link)
                try link.run("COMMIT")
                return value
            } catch {
                _ = try? link.run("ROLLBACK")
                if attempt < Self.attempts, Self.isRetryable(error) {
                    // Apart a little more each time, so that two retrying processes fall out of step.
                    Thread.sleep(forTimeInterval: 0.01 * Double(attempt * attempt))
                    attempt += 1
                    continue
                }
                throw Self.storeError(error, shown: shown, access: access)
            }
        }
    }

    /// Fails when another simulation has started over in this database since this handle
    /// started its own.
    private func checkRun(_ link: PostgresLink) throws {
        guard let run = runLock.withLock({ self.run }) else { return }
        guard try link.run("SELECT value FROM meta WHERE key = 'run'").first?["value"] == run else {
            throw StoreError.simulationReplaced(shown)
        }
    }

    public func startSimulation() throws {
        let token = UUID().uuidString
        runLock.withLock { run = nil }
        try write { link in
            let purpose = try Self.storedPurpose(link, shown: shown)
            guard purpose == .simulation else { throw StoreError.wrongPurpose(shown, found: purpose ?? .real) }
            // Facts and closings refuse deletes but in a simulation's store (their trigger reads
            // the purpose), so plain deletes empty every table in this transaction.
            for table in StoredTable.all.reversed() where table.name != "meta" { try link.run("DELETE FROM \(table.name)") }
            try link.run("DELETE FROM meta WHERE key NOT IN ('purpose', 'run')")
            try link.run("INSERT INTO meta (key, value) VALUES ('run', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                         Self.binds(token))
        }
        runLock.withLock { run = token }
    }

    /// Runs raw SQL in one transaction: for tests that must damage a database on purpose.
    public func executeForTesting(_ sql: String) throws {
        try write { link in try link.script(sql) }
    }

    /// Closes the connection now rather than when the store is released.
    public func close() {
        lock.withLock { connected.close() }
    }

    // MARK: Errors

    /// Whether the server aborted the transaction only because another one ran at the same
    /// time: a serialization failure, a deadlock, a lock not available.
    static func isRetryable(_ error: any Error) -> Bool {
        sqlState(of: error).map { ["40001", "40P01", "55P03"].contains($0) } ?? false
    }

    /// The SQLSTATE the server answered with, if it did.
    static func sqlState(of error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// A failure to connect in words: the server cannot be reached, refuses, or has no such database.
    static func connectionError(_ error: any Error, address: PostgresAddress) -> StoreError {
        let shown = address.description
        if let error = error as? PSQLError {
            if let state = error.serverInfo?[.sqlState] {
                let detail = error.serverInfo?[.message] ?? state
                switch state {
                case "3D000":
                    return StoreError(PostgresMessage.noSuchDatabase(["database": .text(address.database), "url": .text(shown)]),
                                      hint: PostgresMessage.noSuchDatabaseHint(["database": .text(address.database)]))
                case "28P01", "28000", "42501":
                    return StoreError(PostgresMessage.refused(["url": .text(shown), "detail": .text(detail)]), hint: PostgresMessage.refusedHint())
                default:
                    return StoreError(PostgresMessage.refused(["url": .text(shown), "detail": .text(detail)]), hint: PostgresMessage.unreachableHint())
                }
            }
            if error.code == .authMechanismRequiresPassword || error.code == .unsupportedAuthMechanism || error.code == .saslError {
                return StoreError(PostgresMessage.refused(["url": .text(shown), "detail": .text("\(error.code)")]), hint: PostgresMessage.refusedHint())
            }
            return unreachable(shown, detail: error.underlying.map { "\($0)" } ?? "\(error.code)")
        }
        return unreachable(shown, detail: "\(error)")
    }

    static func unreachable(_ shown: String, detail: String) -> StoreError {
        StoreError(PostgresMessage.unreachable(["url": .text(shown), "detail": .text(detail)]), hint: PostgresMessage.unreachableHint())
    }

    /// A database error in words for the person running the command.
    static func storeError(_ error: any Error, shown: String, access: StoreAccess) -> StoreError {
        if let error = error as? StoreError { return error }
        if error is PostgresLink.ConnectionClosed {
            return StoreError(PostgresMessage.connectionLost(["url": .text(shown)]), hint: PostgresMessage.connectionLostHint())
        }
        guard let error = error as? PSQLError else { return .database(shown, detail: "\(error)") }
        if let state = error.serverInfo?[.sqlState] {
            switch state {
            case "40001", "40P01", "55P03": return .changedMeanwhile(shown)
            case "53100": return .diskFull()
            case "42501": return access == .reading ? .cannotRead(shown) : .cannotWrite(shown)
            case "25006": return .readOnly(shown)
            case "57P01", "57P02", "57P03", "08000", "08003", "08006":
                return StoreError(PostgresMessage.connectionLost(["url": .text(shown)]), hint: PostgresMessage.connectionLostHint())
            default: return .database(shown, detail: (error.serverInfo?[.message] ?? state) + " (SQLSTATE \(state))")
            }
        }
        switch error.code {
        case .serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown:
            return StoreError(PostgresMessage.connectionLost(["url": .text(shown)]), hint: PostgresMessage.connectionLostHint())
        default:
            return .database(shown, detail: "\(error.code)")
        }
    }

    // MARK: Values

    /// Bound values for a statement: text, integers and NULL (nil), in order.
    static func binds(_ values: (any StoreValue)?...) -> PostgresBindings {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values { bind(value, into: &bindings) }
        return bindings
    }

    static func bind(_ value: (any StoreValue)?, into bindings: inout PostgresBindings) {
        guard let value else { bindings.appendNull(); return }
        value.bind(into: &bindings)
    }
}

/// A value the store binds into a statement: text or an integer.
protocol StoreValue {
    func bind(into bindings: inout PostgresBindings)
}

extension String: StoreValue {
    func bind(into bindings: inout PostgresBindings) { bindings.append(self) }
}

extension Int: StoreValue {
    func bind(into bindings: inout PostgresBindings) { bindings.append(self) }
}

extension CivilDate: StoreValue {
    func bind(into bindings: inout PostgresBindings) { bindings.append(description) }
}

extension Array: StoreValue where Element == String {
    func bind(into bindings: inout PostgresBindings) { bindings.append(self) }
}

extension Optional: StoreValue where Wrapped: StoreValue {
    func bind(into bindings: inout PostgresBindings) {
        switch self {
        case .some(let value): value.bind(into: &bindings)
        case .none: bindings.appendNull()
        }
    }
}

/// Statements run outside any store, on a database a URL names: for the tests and scripts that
/// make and drop the databases and schemas they use (`CREATE DATABASE`, `DROP SCHEMA`).
public enum PostgresAdmin {
    /// Runs `sql` (one or more statements, no bound values) on the database at `url`, on a
    /// connection of its own, outside a transaction.
    public static func execute(_ sql: String, at url: String) throws(StoreError) {
        let address = try PostgresAddress(parsing: url)
        let link: PostgresLink
        do {
            link = try PostgresLink.connect(to: address)
        } catch {
            throw PostgresStore.connectionError(error, address: address)
        }
        defer { link.close() }
        do {
            try link.script(sql)
        } catch {
            throw PostgresStore.storeError(error, shown: address.description, access: .writing(.real))
        }
    }
}
