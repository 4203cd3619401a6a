import GRDB
import SizhenCalendar
import SizhenDiagnostics
import SizhenRecords

/// Reads the columns of one stored row as the values they were written as, and says which
/// table, column and value when one cannot be: a damaged or foreign row is an error, never a
/// default (GRDB's own subscripts would stop the process on a value of the wrong type).
struct RowReader {
    let row: Row
    let table: String
    let path: String

    private func fail(_ column: String) -> StoreError {
        let value = self[column]
        return .undecodable(path, table: table, column: column, value: value.isNull ? "NULL" : "\(value)")
    }

    /// The column's value, NULL when the row has no such column. The stores name columns as
    /// the schema spells them, so an exact match is looked for first: GRDB's own lookup folds
    /// the case of the name on every read, which cost a tenth of reading a month's facts.
    subscript(column: String) -> DatabaseValue {
        var index = 0
        for name in row.columnNames {
            if name == column { return row[index] as DatabaseValue }
            index += 1
        }
        return row[column] as DatabaseValue? ?? .null
    }

    func text(_ column: String) throws(StoreError) -> String {
        guard let value = String.fromDatabaseValue(self[column]) else { throw fail(column) }
        return value
    }

    func optionalText(_ column: String) throws(StoreError) -> String? {
        let value = self[column]
        if value.isNull { return nil }
        guard let text = String.fromDatabaseValue(value) else { throw fail(column) }
        return text
    }

    func int(_ column: String) throws(StoreError) -> Int {
        guard let value = Int.fromDatabaseValue(self[column]) else { throw fail(column) }
        return value
    }

    func optionalInt(_ column: String) throws(StoreError) -> Int? {
        let value = self[column]
        if value.isNull { return nil }
        guard let number = Int.fromDatabaseValue(value) else { throw fail(column) }
        return number
    }

    func bool(_ column: String) throws(StoreError) -> Bool {
        switch try int(column) {
        case 0: return false
        case 1: return true
        default: throw fail(column)
        }
    }

    func date(_ column: String) throws(StoreError) -> CivilDate {
        guard let date = CivilDate(iso: try text(column)) else { throw fail(column) }
        return date
    }

    func optionalDate(_ column: String) throws(StoreError) -> CivilDate? {
        guard let text = try optionalText(column) else { return nil }
        guard let date = CivilDate(iso: text) else { throw fail(column) }
        return date
    }

    func value<Value: RawRepresentable>(_ column: String, as type: Value.Type) throws(StoreError) -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: try text(column)) else { throw fail(column) }
        return value
    }

    /// A message stored as one JSON object (`{"code", "args"}`).
    func message(_ column: String) throws(StoreError) -> Message {
        guard let message = Message(json: try text(column)) else { throw fail(column) }
        return message
    }

    func optionalMessage(_ column: String) throws(StoreError) -> Message? {
        guard let text = try optionalText(column) else { return nil }
        guard let message = Message(json: text) else { throw fail(column) }
        return message
    }

    /// A message stored as a code and the JSON of its arguments.
    func message(code: String, arguments: String) throws(StoreError) -> Message {
        guard let message = Message(code: try text(code), argumentsJSON: try text(arguments)) else { throw fail(arguments) }
        return message
    }

    /// A list stored as `a;b;c` (ids never hold `;`).
    func list(_ column: String) throws(StoreError) -> [String] {
        let text = try text(column)
        return text.isEmpty ? [] : text.split(separator: ";").map(String.init)
    }
}
