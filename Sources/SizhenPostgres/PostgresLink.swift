import Foundation
import PostgresNIO
import SizhenRecords

/// One connection to the server, used from ordinary threads: the store protocols are
/// synchronous, so each query is sent on the connection's event loop and waited for
/// (`EventLoopFuture.wait`), which is allowed anywhere but on an event loop's own thread. One
/// query runs at a time on a connection: the store holds its lock around each transaction.
final class PostgresLink: @unchecked Sendable {
    let connection: PostgresConnection
    let logger: Logger

    private init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    /// Connects to the server `address` names, on the process's shared event loop group (no
    /// thread of its own per store).
    static func connect(to address: PostgresAddress) throws -> PostgresLink {
        var logger = Logger(label: "sizhen.postgres")
        // postgres-nio logs every query at debug level and connection trouble at error level;
        // the store says what went wrong itself, as a located message.
        logger.logLevel = .critical
        var configuration: PostgresConnection.Configuration
        switch address.endpoint {
        case .tcp(let host, let port):
            configuration = PostgresConnection.Configuration(host: host, port: port, username: address.user, password: address.password,
                                                             database: address.database, tls: .disable)
        case .socket(let path):
            configuration = PostgresConnection.Configuration(unixSocketPath: path, username: address.user, password: address.password,
                                                             database: address.database)
        }
        configuration.options.connectTimeout = .seconds(10)
        // Named in pg_stat_activity, with the schema when there is one: an operator sees which
        // district's commands are connected.
        configuration.options.additionalStartupParameters = [("application_name", address.schema.map { "sizhen \($0)" } ?? "sizhen")]
        if let schema = address.schema {
            // Every table the store makes and reads is in this schema (tests give each store its own).
            configuration.options.additionalStartupParameters.append(("search_path", schema))
        }
        let eventLoop = MultiThreadedEventLoopGroup.singleton.next()
        let connection = try PostgresConnection.connect(on: eventLoop, configuration: configuration, id: 1, logger: logger).wait()
        return PostgresLink(connection: connection, logger: logger)
    }

    /// Runs one statement with its bound values and returns its rows, each column as text.
    @discardableResult
    func run(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws -> [TextRow] {
        try query(sql, binds).map(TextRow.init)
    }

    /// Runs one statement and returns its rows as the server sent them.
    ///
    /// A query sent on a connection that has closed (the server restarted, the network
    /// dropped) is never answered by postgres-nio: its write fails with nobody told. So a closed
    /// connection is refused before sending, and a wait ends when the connection closes,
    /// whichever comes first, as `ConnectionClosed`.
    func query(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws -> [PostgresRow] {
        guard !connection.isClosed else { throw ConnectionClosed() }
        let answer = connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
        let promise = answer.eventLoop.makePromise(of: PostgresQueryResult.self)
        answer.cascade(to: promise)
        // A promise completed twice keeps its first value: the answer, when it came first.
        connection.closeFuture.whenComplete { _ in promise.fail(ConnectionClosed()) }
        return try promise.futureResult.wait().rows
    }

    /// The connection closed before the server answered.
    struct ConnectionClosed: Error {}

    /// Runs statements without bound values one after the other (a migration's SQL):
    /// postgres-nio sends every query as a prepared statement, which holds one command only.
    func script(_ sql: String) throws {
        for statement in Self.statements(of: sql) { try run(statement) }
    }

    /// The statements of a script, split at the semicolons that end them: not those inside
    /// quotes, a `$$` body or a `--` comment.
    static func statements(of sql: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var inQuote = false, inBody = false, inComment = false
        var previous: Character = " "
        for character in sql {
            defer { previous = character }
            if inComment {
                if character == "\n" { inComment = false }
                current.append(character)
                continue
            }
            if !inQuote, !inBody, character == "-", previous == "-" { inComment = true }
            if !inBody, character == "'" { inQuote.toggle() }
            if !inQuote, character == "$", previous == "$" { inBody.toggle() }
            if character == ";", !inQuote, !inBody {
                statements.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        statements.append(current)
        return statements.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            .filter { statement in !statement.split(separator: "\n").allSatisfy { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--") } }
    }

    /// Closes the connection, waiting for the server to be told.
    func close() {
        try? connection.close().wait()
    }
}

/// A row as text, by column: every value the stores keep is text or an integer, and reading
/// them all one way keeps one strict reader (`StoredRow`) for every table.
struct TextRow: Sendable {
    /// The columns' names, in order.
    let names: [String]
    /// The values; nil for NULL.
    let values: [String?]

    init(_ row: PostgresRow) throws {
        var names: [String] = [], values: [String?] = []
        for cell in row {
            names.append(cell.columnName)
            values.append(try Self.text(of: cell))
        }
        self.names = names
        self.values = values
    }

    /// A cell as text: integers in decimal, booleans as 1 or 0, text as it is.
    static func text(of cell: PostgresCell) throws -> String? {
        guard cell.bytes != nil else { return nil }
        switch cell.dataType {
        case .int2, .int4, .int8: return String(try cell.decode(Int.self))
        case .bool: return try cell.decode(Bool.self) ? "1" : "0"
        default: return try cell.decode(String.self)
        }
    }

    /// The value of the column named `column`; nil when NULL or absent.
    subscript(column: String) -> String? {
        guard let index = names.firstIndex(of: column) else { return nil }
        return values[index]
    }

    /// Whether the row has the column.
    func has(_ column: String) -> Bool { names.contains(column) }
}
