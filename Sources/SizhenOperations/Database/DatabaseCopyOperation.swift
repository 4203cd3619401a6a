import SizhenDiagnostics
import SizhenRecords

/// Copies a database into an empty one, row for row: `sizhen db copy --from A --to B`, either
/// side a file or a `postgres://` URL (an office's SQLite file into the district's PostgreSQL
/// database, and back). Every table is copied in one transaction of the target, then read back
/// and held to the source by its count of rows and their digest.
public struct DatabaseCopyOperation: Sendable {
    /// One table as copied.
    public struct Table: Sendable, Hashable {
        /// The table's name.
        public var name: String
        /// Its rows, in the source and in the copy.
        public var rows: Int
        /// The digest of its rows (`StoredTable.digest(of:)`), the same on both sides.
        public var digest: String
    }

    /// What was copied.
    public struct Summary: Sendable {
        /// The source and the target as messages show them (never a password).
        public var from: String
        public var to: String
        /// Every table, in the order copied.
        public var tables: [Table]
    }

    /// The database to copy (`--from`).
    public var from: String
    /// The empty database to copy into (`--to`), created when it is a file that does not exist.
    public var to: String

    /// An operation.
    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }

    public func run() -> Outcome<Summary> {
        perform { run in
            let source = try Workspace.openStore(from, access: .reading, caseType: nil, flag: "--from", into: &run)
            // The target is made for what the source holds: a simulation's copy stays one.
            let purpose = try source.purpose() ?? .real
            let target = try Workspace.openStore(to, access: .writing(purpose), caseType: nil, flag: "--to", into: &run)
            let shownTo = Workspace.shown(to)
            for table in StoredTable.all where !(try Self.rows(of: table, in: target)).isEmpty {
                run.sources.remember(shownTo, as: "--to")
                throw run.fail(.error(OperationMessage.copyTargetNotEmpty(["to": .text(shownTo), "table": .text(table.name)]),
                                      at: FlagValue.location("--to"), hint: OperationMessage.copyTargetNotEmptyHint()))
            }
            let copied = try StoredTable.all.map { table in (table: table, rows: try Self.rows(of: table, in: source)) }
            try target.insert(copied)
            var tables: [Table] = []
            for (table, rows) in copied {
                let digest = StoredTable.digest(of: rows)
                let back = try Self.rows(of: table, in: target)
                let backDigest = StoredTable.digest(of: back)
                guard back.count == rows.count, backDigest == digest else {
                    throw run.fail(.error(OperationMessage.copyMismatch(["table": .text(table.name), "rows": .int(back.count), "digest": .text(backDigest),
                                                                          "sourceRows": .int(rows.count), "sourceDigest": .text(digest)]),
                                          at: FlagValue.location("--to")))
                }
                tables.append(Table(name: table.name, rows: rows.count, digest: digest))
            }
            return Summary(from: Workspace.shown(from), to: shownTo, tables: tables)
        }
    }

    /// The rows of a table that a copy moves: all but the `meta` keys that say what the store
    /// itself is (its purpose, a simulation's run), which each store keeps its own of.
    static func rows(of table: StoredTable, in store: any StoreTableCopying) throws -> [[StoredValue]] {
        let rows = try store.rows(of: table)
        guard table.name == "meta" else { return rows }
        return rows.filter { row in
            guard case .text(let key)? = row.first else { return true }
            return !StoredTable.ownMetaKeys.contains(key)
        }
    }
}
