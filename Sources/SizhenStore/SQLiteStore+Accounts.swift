import GRDB
import SizhenRecords

extension SQLiteStore: AccountStoring {
    public func accounts() throws -> [Account] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM accounts ORDER BY name").map(account) }
    }

    public func account(named name: String) throws -> Account? {
        try read { db in try Row.fetchOne(db, sql: "SELECT * FROM accounts WHERE name = ?", arguments: [name]).map(account) }
    }

    public func addAccount(_ account: Account) throws -> Bool {
        try write { db in
            guard try Row.fetchOne(db, sql: "SELECT 1 FROM accounts WHERE name = ?", arguments: [account.name]) == nil else { return false }
            try db.execute(sql: "INSERT INTO accounts (name, role, street, site, password_hash, created) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [account.name, account.role.rawValue, account.street, account.site, account.passwordHash, account.created])
            return true
        }
    }

    public func removeAccount(named name: String) throws -> Bool {
        try write { db in
            // Sessions first and by name: the cascade holds only where foreign keys are on.
            try db.execute(sql: "DELETE FROM sessions WHERE account = ?", arguments: [name])
            try db.execute(sql: "DELETE FROM accounts WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        }
    }

    public func setPasswordHash(_ hash: String, named name: String, keeping: String?) throws -> Bool {
        try write { db in
            try db.execute(sql: "UPDATE accounts SET password_hash = ? WHERE name = ?", arguments: [hash, name])
            guard db.changesCount > 0 else { return false }
            try db.execute(sql: "DELETE FROM sessions WHERE account = ? AND token_digest IS NOT ?", arguments: [name, keeping])
            return true
        }
    }

    public func addSession(_ session: AccountSession) throws {
        try write { db in
            try db.execute(sql: "INSERT INTO sessions (token_digest, account, csrf_token, expires) VALUES (?, ?, ?, ?)",
                           arguments: [session.tokenDigest, session.account, session.csrfToken, session.expires])
        }
    }

    public func session(tokenDigest: String) throws -> AccountSession? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM sessions WHERE token_digest = ?", arguments: [tokenDigest]).map { row in
                let columns = reader(row, "sessions")
                return AccountSession(tokenDigest: try columns.text("token_digest"), account: try columns.text("account"),
                                      csrfToken: try columns.text("csrf_token"), expires: Int64(try columns.int("expires")))
            }
        }
    }

    public func removeSession(tokenDigest: String) throws {
        try write { db in try db.execute(sql: "DELETE FROM sessions WHERE token_digest = ?", arguments: [tokenDigest]) }
    }

    @discardableResult
    public func removeSessions(expiredBy now: Int64) throws -> Int {
        try write { db in
            try db.execute(sql: "DELETE FROM sessions WHERE expires <= ?", arguments: [now])
            return db.changesCount
        }
    }

    func account(_ row: Row) throws -> Account {
        let columns = reader(row, "accounts")
        return Account(name: try columns.text("name"), role: try columns.value("role", as: Account.Role.self), street: try columns.optionalText("street"),
                       site: try columns.optionalText("site"), passwordHash: try columns.text("password_hash"), created: Int64(try columns.int("created")))
    }
}
