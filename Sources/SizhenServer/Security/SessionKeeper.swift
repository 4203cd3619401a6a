import SizhenRecords

/// Opens, finds and ends the server-side sessions: the cookie carries a random 256-bit token,
/// the store keeps its SHA-256 with the account, the session's CSRF token and its expiry.
struct SessionKeeper: Sendable {
    /// The cookie's name.
    static let cookie = "sizhen_session"

    let store: any AccountStoring
    let environment: ServerEnvironment
    let lifetime: Int64

    /// A session for `account`: the token for the cookie, and what the store keeps.
    func open(for account: String) throws -> (token: String, session: AccountSession) {
        let token = Self.hex(environment.randomBytes(32))
        let session = AccountSession(tokenDigest: SHA256.hex(Array(token.utf8)), account: account, csrfToken: Self.hex(environment.randomBytes(32)),
                                     expires: environment.now() + lifetime)
        try store.removeSessions(expiredBy: environment.now())
        try store.addSession(session)
        return (token, session)
    }

    /// The live session of `token` and its account; nil for an unknown, expired or malformed
    /// token, or one whose account was removed.
    func find(token: String) throws -> (AccountSession, Account)? {
        // A token is 64 hex digits; anything else is not looked up.
        guard token.utf8.count == 64, token.utf8.allSatisfy(Self.isHexDigit) else { return nil }
        guard let session = try store.session(tokenDigest: SHA256.hex(Array(token.utf8))), session.expires > environment.now(),
              let account = try store.account(named: session.account) else { return nil }
        return (session, account)
    }

    /// Ends the session of `token`.
    func close(token: String) throws {
        try store.removeSession(tokenDigest: SHA256.hex(Array(token.utf8)))
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }

    /// Whether two tokens are equal, in a time that does not depend on where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
