import PostgresNIO
import SizhenRecords

/// The tables row for row, for `sizhen db copy`.
extension PostgresStore: StoreTableCopying {
    public func rows(of table: StoredTable) throws -> [[StoredValue]] {
        try read { link in
            try link.query(table.selectSQL).map { row in
                try row.map { cell -> StoredValue in
                    guard cell.bytes != nil else { return .null }
                    switch cell.dataType {
                    case .int2, .int4, .int8: return .int(try cell.decode(Int.self))
                    default: return .text(try cell.decode(String.self))
                    }
                }
            }
        }
    }

    public func insert(_ tables: [(table: StoredTable, rows: [[StoredValue]])]) throws {
        try write { link in
            for (table, rows) in tables {
                try BulkStatement(head: table.insertHead, columns: table.columns.count).run(rows, on: link) { binder, row in
                    for value in row {
                        switch value {
                        case .null: binder.text(nil)
                        case .int(let number): binder.int(number)
                        case .text(let text): binder.text(text)
                        }
                    }
                }
            }
        }
    }
}
