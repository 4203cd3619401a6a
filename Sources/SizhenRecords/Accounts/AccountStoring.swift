/// Where the web application keeps its accounts and sessions: beside the district's state, in
/// the same database, so that one backup holds both. The SQLite store, the in-memory store
/// and (later) the PostgreSQL store implement it; none of them checks passwords or reads a
/// clock: the caller gives the times.
public protocol AccountStoring: AnyObject, Sendable {
    /// Every account, by name.
    func accounts() throws -> [Account]
    /// The account of `name`, if there is one.
    func account(named name: String) throws -> Account?
    /// Adds an account; false (and nothing changed) when one of that name exists.
    func addAccount(_ account: Account) throws -> Bool
    /// Removes an account and every session of it; false when there was none.
    func removeAccount(named name: String) throws -> Bool
    /// Replaces an account's password hash and ends every session of it except `keeping` (the
    /// digest of the session that changed it, when it was changed from one); false (and
    /// nothing changed) when there is no such account.
    func setPasswordHash(_ hash: String, named name: String, keeping: String?) throws -> Bool
    /// Keeps a new session.
    func addSession(_ session: AccountSession) throws
    /// The session whose token has this digest, expired or not (the caller compares times).
    func session(tokenDigest: String) throws -> AccountSession?
    /// Ends a session (signing out); nothing when there is none.
    func removeSession(tokenDigest: String) throws
    /// Forgets the sessions expired by `now` (seconds since 1970); how many.
    @discardableResult
    func removeSessions(expiredBy now: Int64) throws -> Int
}
