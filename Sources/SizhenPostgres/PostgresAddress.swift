import Foundation
import SizhenDiagnostics
import SizhenRecords

/// Where a PostgreSQL database is, read from a connection URL as `--db` or `SIZHEN_DB` gives it:
///
/// - `postgres://USER:PASSWORD@HOST:PORT/DATABASE` (or `postgresql://`), over TCP (no TLS);
/// - `postgres:///DATABASE?host=/run/postgresql` (or a host written `%2Frun%2Fpostgresql`):
///   the server's Unix socket in that folder, `.s.PGSQL.PORT` as libpq names it;
/// - `?schema=NAME`: the tables in that schema rather than `public` (several stores in one database);
///   `?user=`, `?password=`, `?port=`, `?dbname=` as libpq reads them.
///
/// The password is never part of `description`, which is what messages show.
public struct PostgresAddress: Sendable, Hashable, CustomStringConvertible {
    /// How the server is reached.
    public enum Endpoint: Sendable, Hashable {
        /// A host name or address and a port.
        case tcp(host: String, port: Int)
        /// The path of the server's Unix socket file.
        case socket(path: String)
    }

    /// How the server is reached.
    public var endpoint: Endpoint
    /// The role to connect as.
    public var user: String
    /// The password, if the URL gives one.
    public var password: String?
    /// The database.
    public var database: String
    /// The schema holding the tables, when not the default search path.
    public var schema: String?

    /// Whether `text` names a PostgreSQL database rather than a file: a `postgres:` or
    /// `postgresql:` URL.
    public static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// Reads a connection URL; a malformed one is a `StoreError` saying what is wrong with it
    /// (without its password).
    public init(parsing text: String, defaultUser: String = PostgresAddress.systemUser) throws(StoreError) {
        let shown = Self.redacted(text)
        func bad(_ why: Message) -> StoreError {
            StoreError(PostgresMessage.badURL(["url": .text(shown), "why": .message(why)]), hint: PostgresMessage.badURLHint())
        }
        guard Self.isURL(text), let components = URLComponents(string: text) else { throw bad(PostgresMessage.notAURL()) }
        var query: [String: String] = [:]
        for item in components.queryItems ?? [] {
            guard ["host", "port", "user", "password", "dbname", "schema", "sslmode"].contains(item.name) else {
                throw bad(PostgresMessage.unknownParameter(["name": .text(item.name)]))
            }
            query[item.name] = item.value ?? ""
        }
        if let mode = query["sslmode"], !["disable", "allow", "prefer"].contains(mode) {
            // TLS is not offered: a URL that demands it must not silently go without.
            throw bad(PostgresMessage.tlsUnsupported(["mode": .text(mode)]))
        }
        let portText = query["port"] ?? components.port.map(String.init)
        let port: Int
        if let portText {
            guard let number = Int(portText), (1...65535).contains(number) else { throw bad(PostgresMessage.badPort(["port": .text(portText)])) }
            port = number
        } else {
            port = 5432
        }
        let host = query["host"] ?? components.percentEncodedHost.flatMap { $0.removingPercentEncoding }.flatMap { $0.isEmpty ? nil : $0 }
        if let host, host.hasPrefix("/") {
            endpoint = .socket(path: host + "/.s.PGSQL.\(port)")
        } else if let host {
            endpoint = .tcp(host: host, port: port)
        } else {
            // libpq's default without a host: the socket folder Debian's server uses.
            endpoint = .socket(path: "/var/run/postgresql/.s.PGSQL.\(port)")
        }
        user = query["user"] ?? components.user.flatMap { $0.isEmpty ? nil : $0 } ?? defaultUser
        password = query["password"] ?? components.password
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !path.contains("/") else { throw bad(PostgresMessage.badDatabaseName(["name": .text(path)])) }
        database = query["dbname"] ?? (path.isEmpty ? user : path)
        schema = query["schema"]
        if let schema, schema.isEmpty || !schema.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
            throw bad(PostgresMessage.badSchemaName(["name": .text(schema)]))
        }
    }

    /// The user the server is asked for when the URL names none, as libpq does: the account
    /// running the command.
    public static var systemUser: String {
        ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "postgres"
    }

    /// The address as messages show it: never the password.
    public var description: String {
        let schemaPart = schema.map { "?schema=\($0)" } ?? ""
        switch endpoint {
        case .tcp(let host, let port):
            let shownHost = host.contains(":") ? "[\(host)]" : host
            return "postgres://\(user)@\(shownHost):\(port)/\(database)\(schemaPart)"
        case .socket(let path):
            let folder = (path as NSString).deletingLastPathComponent
            return "postgres://\(user)@/\(database)?host=\(folder)" + (schema.map { "&schema=\($0)" } ?? "")
        }
    }

    /// A URL as text with its password replaced by `***`, for a message about a URL that could
    /// not be read.
    public static func redacted(_ text: String) -> String {
        var shown = text
        if let scheme = shown.range(of: "://"), let at = shown[scheme.upperBound...].lastIndex(of: "@"),
           let colon = shown[scheme.upperBound..<at].firstIndex(of: ":") {
            shown.replaceSubrange(shown.index(after: colon)..<at, with: "***")
        }
        if let range = shown.range(of: #"password=[^&]*"#, options: .regularExpression) {
            shown.replaceSubrange(range, with: "password=***")
        }
        return shown
    }
}
