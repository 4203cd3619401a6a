import SizhenRecords

/// The web application's accounts and sessions, as the SQLite store keeps them.
extension PostgresStore: AccountStoring {
    public func accounts() throws -> [Account] {
        try read { link in try link.run("SELECT * FROM accounts ORDER BY name").map(account) }
    }

    public func account(named name: String) throws -> Account? {
        try read { link in try link.run("SELECT * FROM accounts WHERE name = $1", Self.binds(name)).first.map(account) }
    }

    public func addAccount(_ account: Account) throws -> Bool {
        try write { link in
            try !link.run("""
                INSERT INTO accounts (name, role, street, site, password_hash, created) VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (name) DO NOTHING RETURNING name
                """, Self.binds(account.name, account.role.rawValue, account.street, account.site, account.passwordHash, Int(account.created))).isEmpty
        }
    }

    public func removeAccount(named name: String) throws -> Bool {
        try write { link in
            try link.run("DELETE FROM sessions WHERE account = $1", Self.binds(name))
            return try !link.run("DELETE FROM accounts WHERE name = $1 RETURNING name", Self.binds(name)).isEmpty
        }
    }

    public func setPasswordHash(_ hash: String, named name: String, keeping: String?) throws -> Bool {
        try write { link in
            guard try !link.run("UPDATE accounts SET password_hash = $1 WHERE name = $2 RETURNING name", Self.binds(hash, name)).isEmpty else { return false }
            try link.run("DELETE FROM sessions WHERE account = $1 AND token_digest IS DISTINCT FROM $2", Self.binds(name, keeping ?? ""))
            return true
        }
    }

    public func addSession(_ session: AccountSession) throws {
        try write { link in
            try link.run("INSERT INTO sessions (token_digest, account, csrf_token, expires) VALUES ($1, $2, $3, $4)",
                         Self.binds(session.tokenDigest, session.account, session.csrfToken, Int(session.expires)))
        }
    }

    public func session(tokenDigest: String) throws -> AccountSession? {
        try read { link in
            try link.run("SELECT * FROM sessions WHERE token_digest = $1", Self.binds(tokenDigest)).first.map { row in
                let columns = StoredRow(row: row, table: "sessions", shown: shown)
                return AccountSession(tokenDigest: try columns.text("token_digest"), account: try columns.text("account"),
                                      csrfToken: try columns.text("csrf_token"), expires: Int64(try columns.int("expires")))
            }
        }
    }

    public func removeSession(tokenDigest: String) throws {
        try write { link in try link.run("DELETE FROM sessions WHERE token_digest = $1", Self.binds(tokenDigest)) }
    }

    @discardableResult
    public func removeSessions(expiredBy now: Int64) throws -> Int {
        try write { link in try link.run("DELETE FROM sessions WHERE expires <= $1 RETURNING 1", Self.binds(Int(now))).count }
    }

    private func account(_ row: TextRow) throws -> Account {
        let columns = StoredRow(row: row, table: "accounts", shown: shown)
        return Account(name: try columns.text("name"), role: try columns.value("role", as: Account.Role.self), street: try columns.optionalText("street"),
                       site: try columns.optionalText("site"), passwordHash: try columns.text("password_hash"), created: Int64(try columns.int("created")))
    }
}
