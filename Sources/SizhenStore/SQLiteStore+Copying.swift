import GRDB
import SizhenRecords

/// The tables row for row, for `sizhen db copy`.
extension SQLiteStore: StoreTableCopying {
    public func rows(of table: StoredTable) throws -> [[StoredValue]] {
        try read { db in
            try Row.fetchAll(db, sql: table.selectSQL).map { row in
                var values: [StoredValue] = []
                for (index, column) in table.columns.enumerated() {
                    let value = row[index] as DatabaseValue? ?? .null
                    switch value.storage {
                    case .null: values.append(.null)
                    case .int64(let number): values.append(.int(Int(number)))
                    case .string(let text): values.append(.text(text))
                    // No column of the schema holds either: a row that does is not this program's.
                    case .double, .blob: throw StoreError.undecodable(path, table: table.name, column: column, value: "\(value)")
                    }
                }
                return values
            }
        }
    }

    public func insert(_ tables: [(table: StoredTable, rows: [[StoredValue]])]) throws {
        try write { db in
            for (table, rows) in tables {
                try BulkInsert(head: table.insertHead, columns: table.columns.count).run(rows, in: db) { binder, row in
                    for value in row {
                        switch value {
                        case .null: binder.null()
                        case .int(let number): binder.int(number)
                        case .text(let text): binder.text(text)
                        }
                    }
                }
            }
        }
    }
}
