import SizhenRecords

/// The columns of one stored row, read as text (`TextRow`), with the table they come from: a
/// value that does not read back as what was written is `StoreError.undecodable` naming them.
struct StoredRow: StoredColumns {
    let row: TextRow
    let table: String
    let shown: String

    func optionalText(_ column: String) -> String? { row[column] }

    func optionalInt(_ column: String) throws(StoreError) -> Int? {
        guard let text = row[column] else { return nil }
        guard let number = Int(text) else { throw undecodable(column) }
        return number
    }

    func undecodable(_ column: String) -> StoreError {
        .undecodable(shown, table: table, column: column, value: row[column] ?? "NULL")
    }
}
