import Foundation
import SizhenPostgres
import SizhenRecords

/// The PostgreSQL server the tests use, named by `SIZHEN_TEST_POSTGRES` (a URL, as
/// `Tests/postgres/start.sh` prints it). Each test process makes one database of its own
/// (`sizhen_test_<uuid>`), dropped when the process ends, and each store a schema in it, so
/// that tests running at once never see each other's rows.
final class PostgresTestServer: @unchecked Sendable {
    /// The server's URL, nil when the tests are not to use one.
    static let url: String? = ProcessInfo.processInfo.environment["SIZHEN_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    /// Whether the PostgreSQL cases run.
    static var isConfigured: Bool { url != nil }

    static let shared = PostgresTestServer()
    private let lock = NSLock()
    private var database: String?

    private init() {}

    /// The URL of a new, empty schema in this process's database.
    func newStoreURL() throws -> String {
        guard let base = Self.url else { throw StoreError.database("SIZHEN_TEST_POSTGRES", detail: "not set") }
        let name = try lock.withLock { () throws -> String in
            if let made = database { return made }
            let name = "sizhen_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try PostgresAdmin.execute("CREATE DATABASE \(name)", at: base)
            atexit { PostgresTestServer.shared.dropDatabase() }
            database = name
            return name
        }
        let schema = "s_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        return Self.url(base, database: name, schema: schema)
    }

    /// `base` naming another database and a schema.
    static func url(_ base: String, database: String, schema: String?) -> String {
        guard var components = URLComponents(string: base) else { return base }
        components.path = "/" + database
        var items = (components.queryItems ?? []).filter { $0.name != "schema" && $0.name != "dbname" }
        if let schema { items.append(URLQueryItem(name: "schema", value: schema)) }
        components.queryItems = items.isEmpty ? nil : items
        return components.string ?? base
    }

    private func dropDatabase() {
        guard let base = Self.url, let database = lock.withLock({ database }) else { return }
        try? PostgresAdmin.execute("DROP DATABASE IF EXISTS \(database) WITH (FORCE)", at: base)
    }
}
