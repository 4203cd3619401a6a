import Foundation

extension InMemoryStore: AccountStoring {
    /// Accounts and sessions in memory, behind one lock.
    final class AccountBook: @unchecked Sendable {
        private let lock = NSLock()
        private var accounts: [String: Account] = [:]
        private var sessions: [String: AccountSession] = [:]

        func with<T>(_ body: (inout [String: Account], inout [String: AccountSession]) -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            return body(&accounts, &sessions)
        }
    }

    public func accounts() throws -> [Account] {
        accountBook.with { accounts, _ in accounts.values.sorted { $0.name < $1.name } }
    }

    public func account(named name: String) throws -> Account? {
        accountBook.with { accounts, _ in accounts[name] }
    }

    public func addAccount(_ account: Account) throws -> Bool {
        accountBook.with { accounts, _ in
            guard accounts[account.name] == nil else { return false }
            accounts[account.name] = account
            return true
        }
    }

    public func removeAccount(named name: String) throws -> Bool {
        accountBook.with { accounts, sessions in
            guard accounts.removeValue(forKey: name) != nil else { return false }
            sessions = sessions.filter { $0.value.account != name }
            return true
        }
    }

    public func setPasswordHash(_ hash: String, named name: String, keeping: String?) throws -> Bool {
        accountBook.with { accounts, sessions in
            guard accounts[name] != nil else { return false }
            accounts[name]?.passwordHash = hash
            sessions = sessions.filter { $0.value.account != name || $0.key == keeping }
            return true
        }
    }

    public func addSession(_ session: AccountSession) throws {
        accountBook.with { _, sessions in sessions[session.tokenDigest] = session }
    }

    public func session(tokenDigest: String) throws -> AccountSession? {
        accountBook.with { _, sessions in sessions[tokenDigest] }
    }

    public func removeSession(tokenDigest: String) throws {
        accountBook.with { _, sessions in _ = sessions.removeValue(forKey: tokenDigest) }
    }

    @discardableResult
    public func removeSessions(expiredBy now: Int64) throws -> Int {
        accountBook.with { _, sessions in
            let before = sessions.count
            sessions = sessions.filter { $0.value.expires > now }
            return before - sessions.count
        }
    }
}
