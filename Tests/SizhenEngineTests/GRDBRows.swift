import GRDB

/// Small helpers for reading test expectations out of the database.
enum GRDBRows {
    static func all(_ db: Database, _ sql: String, _ arguments: [any DatabaseValueConvertible] = []) throws -> [[String: String]] {
        try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
            var result: [String: String] = [:]
            for column in row.columnNames { result[column] = row[column].map { String(describing: $0) } ?? "" }
            return result
        }
    }

    static func strings(_ db: Database, _ sql: String, _ arguments: [any DatabaseValueConvertible] = []) throws -> [String] {
        try String.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
    }
}
