import SizhenRecords

/// Opening a database: its schema is looked at, and what opening writes (the tables of a new
/// store, its purpose, the migrations of an older one) is written, in one transaction holding
/// the store's write lock, so that two processes opening one new database make it once.
extension PostgresStore {
    /// What the schema holds, as far as opening it is concerned.
    enum Contents: Equatable {
        /// No table: a new database or schema.
        case blank
        /// Another program's tables.
        case foreign(tables: [String])
        /// This program's: the migrations of this version not applied yet, those applied that
        /// this version does not know (a newer version's), and its purpose.
        case sizhen(missing: [String], unknown: [String], purpose: StorePurpose?)
    }

    /// Checks the schema for `access` and, when writing, makes or upgrades it.
    func openSchema() throws(StoreError) {
        if let schema = address.schema, access.purpose != nil {
            // A schema of its own (`?schema=`), made the first time; two processes making it at
            // once is not an error (42P06: it exists already; 23505: the other one's row won).
            do {
                try link().script("CREATE SCHEMA IF NOT EXISTS \"\(schema)\"")
            } catch where ["42P06", "23505"].contains(Self.sqlState(of: error)) {
            } catch {
                throw Self.storeError(error, shown: shown, access: access)
            }
        }
        guard let purpose = access.purpose else {
            try read { link in
                switch try Self.contents(link, shown: shown) {
                case .blank: throw StoreError.blank(shown)
                case .foreign(let tables): throw StoreError.foreign(shown, tables: tables)
                case .sizhen(let missing, let unknown, _):
                    if let newer = unknown.first { throw StoreError.newerVersion(shown, migration: newer) }
                    if let older = missing.first { throw StoreError.olderVersion(shown, migration: older) }
                }
            }
            return
        }
        try transaction(writing: true) { link in
            var migrations: [Migration] = []
            var record: StorePurpose?
            switch try Self.contents(link, shown: shown) {
            case .blank:
                migrations = Self.migrations
                record = purpose
            case .foreign(let tables):
                throw StoreError.foreign(shown, tables: tables)
            case .sizhen(let missing, let unknown, let found):
                if let newer = unknown.first { throw StoreError.newerVersion(shown, migration: newer) }
                if let found, found != purpose { throw StoreError.wrongPurpose(shown, found: found) }
                migrations = Self.migrations.filter { missing.contains($0.identifier) }
                // Every PostgreSQL store records its purpose when it is made; one without is
                // taken as the real month's, as the SQLite store takes an earlier version's file.
                if found == nil {
                    guard purpose == .real else { throw StoreError.wrongPurpose(shown, found: .real) }
                    record = .real
                }
            }
            if !migrations.isEmpty {
                try link.script("CREATE TABLE IF NOT EXISTS sizhen_migrations (identifier TEXT COLLATE \"C\" PRIMARY KEY)")
                for migration in migrations {
                    try link.script(migration.sql)
                    try link.run("INSERT INTO sizhen_migrations (identifier) VALUES ($1)", Self.binds(migration.identifier))
                }
            }
            if let record {
                try link.run("INSERT INTO meta (key, value) VALUES ('purpose', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                             Self.binds(record.rawValue))
            }
        }
    }

    /// What the store's schema holds.
    static func contents(_ link: PostgresLink, shown: String) throws -> Contents {
        let tables = try link.run("SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
            .compactMap { $0["name"] }
        guard !tables.isEmpty else { return .blank }
        guard tables.contains("sizhen_migrations"), tables.contains("meta") else { return .foreign(tables: tables) }
        let applied = Set(try link.run("SELECT identifier FROM sizhen_migrations").compactMap { $0["identifier"] })
        let known = migrations.map(\.identifier)
        guard applied.contains(known[0]) else { return .foreign(tables: tables) }
        return .sizhen(missing: known.filter { !applied.contains($0) }, unknown: applied.subtracting(known).sorted(),
                       purpose: try storedPurpose(link, shown: shown))
    }

    /// The purpose recorded in the database, if any.
    static func storedPurpose(_ link: PostgresLink, shown: String) throws -> StorePurpose? {
        guard let row = try link.run("SELECT value FROM meta WHERE key = 'purpose'").first else { return nil }
        return try StoredRow(row: row, table: "meta", shown: shown).value("value", as: StorePurpose.self)
    }
}
