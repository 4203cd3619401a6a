/// Someone who signs in to `sizhen serve`: a name, a role, what the role is limited to, and
/// the slow hash of the password (never the password).
public struct Account: Sendable, Hashable {
    /// What an account may see and do. The web application's route table says, route by route,
    /// which roles it admits; `docs/serve.md` lists the same table.
    public enum Role: String, Sendable, Hashable, CaseIterable, Comparable {
        /// The bureau's administrator: everything, every street.
        case admin
        /// Staff of a 司法所: their street's run sheet, cases, records and report.
        case street
        /// A clinic's recorder: their site's sheets, cases and records.
        case recorder
        /// Reports without personal data.
        case viewer

        /// The role named `text`: its id, or `clinic` for a recorder (the word of the design).
        public init?(named text: String) {
            if text == "clinic" { self = .recorder; return }
            self.init(rawValue: text)
        }

        /// Ordered as declared, for stable listings.
        public static func < (lhs: Role, rhs: Role) -> Bool {
            (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
        }
    }

    /// The sign-in name (unique).
    public var name: String
    /// What it may do.
    public var role: Role
    /// A street account's street id.
    public var street: String?
    /// A recorder's site (community) id.
    public var site: String?
    /// The password's hash (bcrypt: `$2b$…`).
    public var passwordHash: String
    /// When it was created, in seconds since 1970 (given by the front end, never read here).
    public var created: Int64

    /// An account.
    public init(name: String, role: Role, street: String? = nil, site: String? = nil, passwordHash: String, created: Int64) {
        self.name = name
        self.role = role
        self.street = street
        self.site = site
        self.passwordHash = passwordHash
        self.created = created
    }
}

/// A signed-in browser's session, kept server-side: the cookie holds a random token, the store
/// only its digest, so a copy of the database signs nobody in.
public struct AccountSession: Sendable, Hashable {
    /// The SHA-256 of the token, in hex.
    public var tokenDigest: String
    /// The account signed in.
    public var account: String
    /// The token every form of the session carries (CSRF), random like the session's own.
    public var csrfToken: String
    /// When it ends, in seconds since 1970.
    public var expires: Int64

    /// A session.
    public init(tokenDigest: String, account: String, csrfToken: String, expires: Int64) {
        self.tokenDigest = tokenDigest
        self.account = account
        self.csrfToken = csrfToken
        self.expires = expires
    }
}
