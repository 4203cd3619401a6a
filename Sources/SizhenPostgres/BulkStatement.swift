import PostgresNIO
import SizhenDiagnostics
import SizhenRecords

/// Inserts many rows of one table with few statements: rows go in batches of up to `batch`
/// per `INSERT … VALUES (…), (…)`, so that a day of a large district is a few round trips to the
/// server rather than one per row.
struct BulkStatement {
    /// `INSERT INTO table (columns)`, without `VALUES`.
    let head: String
    /// How many columns a row has.
    let columns: Int
    /// What follows the values (an `ON CONFLICT` clause), if anything.
    var tail = ""
    /// Values every row has alike, after the bound ones (`NULL, 'planned', 1`), if any.
    var constants = ""
    /// Rows per statement (the protocol allows 65,535 bound values per statement).
    var batch = 1000

    /// Inserts `rows`, binding each with `bind` (which must bind exactly `columns` values).
    func run<Rows: Collection>(_ rows: Rows, on link: PostgresLink, bind: (inout RowBinder, Rows.Element) -> Void) throws {
        var pending = rows[...]
        while !pending.isEmpty {
            let count = min(batch, pending.count)
            var sql = head + " VALUES "
            var binder = RowBinder()
            for (index, row) in pending.prefix(count).enumerated() {
                sql += (index == 0 ? "(" : ", (") + (1...columns).map { "$\(index * columns + $0)" }.joined(separator: ", ")
                    + (constants.isEmpty ? "" : ", " + constants) + ")"
                bind(&binder, row)
            }
            pending = pending.dropFirst(count)
            try link.run(tail.isEmpty ? sql : sql + " " + tail, binder.bindings)
        }
    }
}

/// Binds the values of a row in order.
struct RowBinder: StoredRowBinding {
    var bindings = PostgresBindings(capacity: 256)

    mutating func text(_ value: String?) {
        if let value { bindings.append(value) } else { bindings.appendNull() }
    }

    mutating func int(_ value: Int?) {
        if let value { bindings.append(value) } else { bindings.appendNull() }
    }

    /// JSON text, as `write` writes it.
    mutating func json(_ write: (inout JSONWriter) -> Void) {
        var writer = JSONWriter(capacity: 128)
        write(&writer)
        bindings.append(writer.text)
    }
}
