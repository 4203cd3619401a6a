import Foundation
import SizhenPostgres
import SizhenRecords
import SizhenRules
import SizhenStore

/// The stores the contract suite runs against.
enum StoreKind: String, CaseIterable, Sendable, CustomStringConvertible {
    case memory
    case sqliteInMemory
    case sqliteFile
    /// A schema of its own in the server `SIZHEN_TEST_POSTGRES` names.
    case postgres

    /// Every kind the tests can make here: PostgreSQL only with a server to use. Without one,
    /// `PostgresStoreTests` (enabled only with it) shows as skipped, so that the contract suite's
    /// missing PostgreSQL cases never pass unseen.
    static var allCases: [StoreKind] {
        PostgresTestServer.isConfigured ? [.memory, .sqliteInMemory, .sqliteFile, .postgres] : [.memory, .sqliteInMemory, .sqliteFile]
    }

    var description: String { rawValue }

    /// A new, empty store of this kind and purpose (a file store is removed when the process
    /// ends).
    func make(purpose: StorePurpose = .real, caseType: ObjectType? = StoreContractTests.set.caseType) throws -> any Store {
        switch self {
        case .memory: return InMemoryStore(purpose: purpose)
        case .sqliteInMemory: return try SQLiteStore(path: ":memory:", access: .writing(purpose), caseType: caseType)
        case .sqliteFile:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-contract-\(UUID().uuidString).db").path
            let store = try SQLiteStore(path: path, access: .writing(purpose), caseType: caseType)
            TemporaryFiles.shared.remember(path)
            return store
        case .postgres:
            return try PostgresStore(url: try PostgresTestServer.shared.newStoreURL(), access: .writing(purpose), caseType: caseType)
        }
    }
}

/// Database files the tests made, removed at exit.
final class TemporaryFiles: @unchecked Sendable {
    static let shared = TemporaryFiles()
    private let lock = NSLock()
    private var paths: [String] = []

    private init() {
        atexit { TemporaryFiles.shared.removeAll() }
    }

    func remember(_ path: String) { lock.withLock { paths.append(path) } }

    func removeAll() { lock.withLock { for path in paths { SQLiteStore.removeFiles(at: path) } } }
}
