/// One table every database store keeps, with the same columns whatever the database: what
/// `sizhen db copy` copies row for row, and checks by its count and digest.
public struct StoredTable: Sendable, Hashable {
    /// The table's name.
    public var name: String
    /// Its columns, in the order they are copied.
    public var columns: [String]
    /// The columns of its primary key: the order its rows are read, and digested, in.
    public var key: [String]

    /// A table.
    public init(_ name: String, _ columns: [String], key: [String]) {
        self.name = name
        self.columns = columns
        self.key = key
    }

    /// Every table, a table before those that refer to it. The migrations' own tables
    /// (`grdb_migrations`, `sizhen_migrations`) are not among them: each store makes its own.
    public static let all: [StoredTable] = [
        StoredTable("meta", ["key", "value"], key: ["key"]),
        StoredTable("months", ["month", "planned_at_event", "plan"], key: ["month"]),
        StoredTable("occurrences", ["id", "month", "workflow", "site", "date", "start", "end", "rule_date", "reason", "status", "held_on", "extra"],
                    key: ["id"]),
        StoredTable("assignments", ["occurrence", "slot", "position", "person", "reason"], key: ["occurrence", "slot", "position"]),
        StoredTable("unfilled", ["occurrence", "slot", "position", "reason"], key: ["occurrence", "slot", "position"]),
        StoredTable("skipped", ["workflow", "site", "date", "month", "reason"], key: ["workflow", "site", "date"]),
        StoredTable("cases", ["id", "workflow", "occurrence", "site", "opened_on", "source", "parent", "fields", "status", "staff", "excluded",
                              "deadline", "closed_on"], key: ["id"]),
        StoredTable("timers", ["id", "case_id", "kind", "name", "due", "people", "done", "set_on", "done_on"], key: ["id"]),
        StoredTable("records", ["id", "type", "workflow", "occurrence", "site", "street", "date", "staff", "case_id", "outcome", "subsidy_yuan",
                                "subsidy_tier"], key: ["date", "id"]),
        StoredTable("events", ["seq", "date", "kind", "case_id", "occurrence", "code", "args", "more", "kinds"], key: ["seq"]),
        StoredTable("days", ["date"], key: ["date"]),
        StoredTable("imports", ["digest", "file", "rows"], key: ["digest"]),
        StoredTable("intake", ["case_id", "name", "phone", "id_number", "note"], key: ["case_id"]),
        StoredTable("facts", ["arrival", "kind", "on_date", "key", "payload", "source", "account"], key: ["arrival"]),
        StoredTable("checkpoints", ["day", "cases", "timers", "bookings"], key: ["day"]),
        StoredTable("closings", ["month", "arrival", "digest", "outputs", "records"], key: ["month"]),
        StoredTable("substitutions", ["occurrence", "slot", "position", "date", "person", "reason"], key: ["occurrence", "slot", "position"]),
        // The web application's accounts; not their sessions: a copy signs everybody out.
        StoredTable("accounts", ["name", "role", "street", "site", "password_hash", "created"], key: ["name"]),
    ]

    /// The `meta` keys that say what a store is rather than what it holds: its purpose and the
    /// simulation run writing it. A copy keeps the target's own.
    public static let ownMetaKeys: Set<String> = ["purpose", "run"]

    /// `SELECT` of the table's columns in key order, each name quoted (`end` is a keyword).
    public var selectSQL: String {
        "SELECT " + columns.map { "\"\($0)\"" }.joined(separator: ", ") + " FROM " + name + " ORDER BY "
            + key.map { "\"\($0)\"" }.joined(separator: ", ")
    }

    /// `INSERT INTO table (columns)`, without its values.
    public var insertHead: String {
        "INSERT INTO " + name + " (" + columns.map { "\"\($0)\"" }.joined(separator: ", ") + ")"
    }
}

/// A value of a stored row as the database holds it: what a copy moves from one database to
/// another without reading it as anything.
public enum StoredValue: Sendable, Hashable {
    /// NULL.
    case null
    /// An integer.
    case int(Int)
    /// Text.
    case text(String)
}

/// A store whose tables can be read and written row for row: what `sizhen db copy` moves an
/// office's data with, from one database to another.
public protocol StoreTableCopying: Store {
    /// The rows of `table`, in its key order, each value in its column's order.
    func rows(of table: StoredTable) throws -> [[StoredValue]]
    /// Inserts the rows of every table given, all in one transaction.
    func insert(_ tables: [(table: StoredTable, rows: [[StoredValue]])]) throws
}

extension StoredTable {
    /// The digest of rows as `rows(of:)` gives them: the same rows in the same order give the
    /// same digest from any database.
    public static func digest(of rows: [[StoredValue]]) -> String {
        var bytes: [UInt8] = []
        for row in rows {
            for value in row {
                switch value {
                case .null: bytes.append(0)
                case .int(let number): bytes.append(1); bytes += Array(String(number).utf8)
                case .text(let text): bytes.append(2); bytes += Array(text.utf8)
                }
                bytes.append(0x1F)
            }
            bytes.append(0x1E)
        }
        return ContentDigest.of(bytes)
    }
}

/// A database store: the store protocols, its tables copied row for row, and the web
/// application's accounts. The SQLite and PostgreSQL stores are; what `Workspace` opens.
public typealias DatabaseStore = StoreTableCopying & AccountStoring
