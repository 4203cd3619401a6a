import GRDB
import SizhenDiagnostics
import GRDBSQLite
import SizhenRecords

/// Inserts many rows of one table with few statements: rows go in batches of up to `batch`
/// per `INSERT … VALUES (…), (…)`, each value bound straight through SQLite's C API. A day of a
/// large district writes hundreds of thousands of rows, and GRDB's general argument binding
/// (an array of boxed values per statement) cost more than SQLite itself.
struct BulkInsert {
    /// `INSERT [OR IGNORE] INTO table (columns)`, without `VALUES`.
    let head: String
    /// How many columns a row has.
    let columns: Int
    /// What follows the values (an `ON CONFLICT` clause), if anything.
    var tail = ""
    /// Rows per statement (SQLite allows 32,766 bound values per statement).
    var batch = 64

    /// Inserts `rows`, binding each with `bind` (which must bind exactly `columns` values).
    func run<Rows: Collection>(_ rows: Rows, in db: Database, bind: (inout Binder, Rows.Element) -> Void) throws {
        var pending = rows[...]
        while !pending.isEmpty {
            let count = min(batch, pending.count)
            let tuple = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
            let sql = head + " VALUES " + Array(repeating: tuple, count: count).joined(separator: ", ") + (tail.isEmpty ? "" : " " + tail)
            let statement = try db.cachedStatement(sql: sql).sqliteStatement
            var binder = Binder(statement: statement)
            for row in pending.prefix(count) { bind(&binder, row) }
            pending = pending.dropFirst(count)
            let code = sqlite3_step(statement)
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
            guard code == SQLITE_DONE else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: head)
            }
        }
    }

    /// Binds the values of a statement in order.
    struct Binder: StoredRowBinding {
        let statement: OpaquePointer
        var index: Int32 = 1

        /// SQLite copies the bytes (SQLITE_TRANSIENT).
        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

        mutating func text(_ value: String) {
            var value = value
            value.withUTF8 { bind($0) }
            index += 1
        }

        /// JSON text, as `write` writes it.
        mutating func json(_ write: (inout JSONWriter) -> Void) {
            var writer = JSONWriter(capacity: 128)
            write(&writer)
            writer.bytes.withUnsafeBufferPointer { bind($0) }
            index += 1
        }

        private func bind(_ bytes: UnsafeBufferPointer<UInt8>) {
            if let base = bytes.baseAddress, !bytes.isEmpty {
                _ = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    sqlite3_bind_text(statement, index, $0, Int32(bytes.count), Self.transient)
                }
            } else {
                // An empty text, not NULL.
                _ = sqlite3_bind_text(statement, index, "", 0, Self.transient)
            }
        }

        mutating func text(_ value: String?) {
            if let value { text(value) } else { null() }
        }

        mutating func int(_ value: Int?) {
            if let value { sqlite3_bind_int64(statement, index, Int64(value)) } else { sqlite3_bind_null(statement, index) }
            index += 1
        }

        mutating func null() {
            sqlite3_bind_null(statement, index)
            index += 1
        }
    }
}
