import GRDB
import SizhenCalendar
import SizhenDiagnostics
import SizhenRecords

/// Reads the columns of one stored row as the values they were written as, and says which
/// table, column and value when one cannot be: a damaged or foreign row is an error, never a
/// default (GRDB's own subscripts would stop the process on a value of the wrong type).
struct RowReader: StoredColumns {
    let row: Row
    let table: String
    let path: String
    /// The columns of the result set the row is one of, when known: found by name once for
    /// all its rows (GRDB gives a row's names one by one, a string made from SQLite's each time).
    var columns: ColumnNames?

    private func fail(_ column: String) -> StoreError {
        let value = self[column]
        return .undecodable(path, table: table, column: column, value: value.isNull ? "NULL" : "\(value)")
    }

    /// The column's value, NULL when the row has no such column. The stores name columns as
    /// the schema spells them, so an exact match is looked for first: GRDB's own lookup folds
    /// the case of the name on every read, which cost a tenth of reading a month's facts.
    subscript(column: String) -> DatabaseValue {
        if let columns, let index = columns.names.firstIndex(of: column), index < row.count { return row[index] as DatabaseValue }
        var index = 0
        for name in row.columnNames {
            if name == column { return row[index] as DatabaseValue }
            index += 1
        }
        return row[column] as DatabaseValue? ?? .null
    }

    public func optionalText(_ column: String) throws(StoreError) -> String? {
        let value = self[column]
        if value.isNull { return nil }
        guard let text = String.fromDatabaseValue(value) else { throw fail(column) }
        return text
    }

    public func optionalInt(_ column: String) throws(StoreError) -> Int? {
        let value = self[column]
        if value.isNull { return nil }
        guard let number = Int.fromDatabaseValue(value) else { throw fail(column) }
        return number
    }

    public func undecodable(_ column: String) -> StoreError { fail(column) }
}

/// The names of a result set's columns, in order, read once from its first row.
final class ColumnNames: Sendable {
    let names: [String]

    init(_ row: Row) { names = Array(row.columnNames) }

    /// Readers of `rows` (one result set) of `table`, sharing its column names.
    static func readers(_ rows: [Row], table: String, path: String) -> [RowReader] {
        guard let first = rows.first else { return [] }
        let columns = ColumnNames(first)
        return rows.map { RowReader(row: $0, table: table, path: path, columns: columns) }
    }
}
