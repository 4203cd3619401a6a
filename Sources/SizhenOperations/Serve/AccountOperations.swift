import SizhenDiagnostics
import SizhenModel
import SizhenRecords
import SizhenStore

/// A slow password hash: the web application's bcrypt, behind a protocol so that only the
/// server target imports the library that computes it.
public protocol PasswordHashing: Sendable {
    /// The hash to store for `password` (salted: never the same twice).
    func hash(_ password: String) -> String
    /// Whether `password` is the one `hash` was made from.
    func verify(_ password: String, against hash: String) -> Bool
}

/// `sizhen user add NAME --role ROLE [--street ID | --site ID]`: creates an account in the
/// database (the first administrator, then the others), its street or site checked against
/// the workflow files and its password against the rules of `PasswordRules`.
public struct UserAddOperation: Sendable {
    /// Where the files and the database are.
    public var workspace: Workspace
    /// The sign-in name.
    public var name: String
    /// `admin`, `street`, `recorder` (or `clinic`), `viewer`.
    public var role: String
    /// A street account's street, by id or name.
    public var street: String?
    /// A recorder's site, by id or name.
    public var site: String?
    /// The password as typed (read without echo by the front end).
    public var password: String
    /// The hash to store it with.
    public var hasher: any PasswordHashing
    /// The time of creation, in seconds since 1970 (the front end reads the clock).
    public var now: Int64

    /// An operation.
    public init(workspace: Workspace, name: String, role: String, street: String? = nil, site: String? = nil, password: String,
                hasher: any PasswordHashing, now: Int64) {
        self.workspace = workspace
        self.name = name
        self.role = role
        self.street = street
        self.site = site
        self.password = password
        self.hasher = hasher
        self.now = now
    }

    /// The account added.
    public func run() -> Outcome<Account> {
        perform { run in
            run.sources.remember(name, as: "NAME")
            if !AccountRules.isValidName(name) {
                run.diagnostics.append(.error(ServerMessage.badName(["name": QuotedText.clip(name)]), at: FlagValue.location("NAME")))
            }
            guard let role = Account.Role(named: role) else {
                run.sources.remember(role, as: "--role")
                throw run.fail(.error(ServerMessage.badRole(["role": QuotedText.clip(role)]), at: FlagValue.location("--role")))
            }
            if let problem = AccountRules.passwordProblem(password, name: name) { run.diagnostics.append(.error(problem)) }
            let set = try workspace.loadSet(into: &run, errorsOnly: true)
            var account = Account(name: name, role: role, passwordHash: "", created: now)
            switch role {
            case .street:
                guard let street else { throw run.fail(.error(ServerMessage.needsStreet())) }
                if site != nil { run.diagnostics.append(.error(ServerMessage.noScope(["role": .text(role.rawValue)]), at: FlagValue.location("--site"))) }
                account.street = FlagValue.street(street, in: set, into: &run)
            case .recorder:
                guard let site else { throw run.fail(.error(ServerMessage.needsSite())) }
                if street != nil { run.diagnostics.append(.error(ServerMessage.noScope(["role": .text(role.rawValue)]), at: FlagValue.location("--street"))) }
                account.site = FlagValue.site(site, in: set, includingDistrict: false, into: &run)
            case .admin, .viewer:
                if street != nil || site != nil {
                    run.diagnostics.append(.error(ServerMessage.noScope(["role": .text(role.rawValue)]), at: FlagValue.location(street != nil ? "--street" : "--site")))
                }
            }
            if run.diagnostics.hasErrors { throw Stop() }
            let store = try workspace.openStore(workspace.databasePath, access: .writing(.real), for: set, into: &run)
            account.passwordHash = hasher.hash(password)
            guard try store.addAccount(account) else { throw run.fail(.error(ServerMessage.accountExists(["name": .text(name)]))) }
            return account
        }
    }
}

/// `sizhen user list`: the accounts, without their hashes' use to anyone reading the list.
public struct UserListOperation: Sendable {
    /// Where the files and the database are.
    public var workspace: Workspace

    /// An operation.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// The accounts by name.
    public func run() -> Outcome<[Account]> {
        perform { run in
            let store = try workspace.openExisting(for: nil, into: &run)
            return try store.accounts()
        }
    }
}

/// `sizhen user remove NAME`: deletes an account and signs it out everywhere.
public struct UserRemoveOperation: Sendable {
    /// Where the files and the database are.
    public var workspace: Workspace
    /// The account.
    public var name: String

    /// An operation.
    public init(workspace: Workspace, name: String) {
        self.workspace = workspace
        self.name = name
    }

    /// The name removed.
    public func run() -> Outcome<String> {
        perform { run in
            let store = try workspace.openExisting(for: nil, access: .writing(.real), into: &run)
            guard try store.removeAccount(named: name) else { throw run.fail(.error(ServerMessage.unknownAccount(["name": QuotedText.clip(name)]))) }
            return name
        }
    }
}

/// `sizhen user password NAME` (an administrator setting a password, every session of the
/// account ended) and the web application's own password change (the current password
/// checked first, the session that changed it kept).
public struct UserPasswordOperation: Sendable {
    /// Where the files and the database are.
    public var workspace: Workspace
    /// The account.
    public var name: String
    /// The password as it is now, checked when given (the web page asks for it); nil from the
    /// command line, where whoever can open the database may set any password.
    public var current: String?
    /// The new password, checked against `AccountRules`.
    public var password: String
    /// The digest of the session to keep signed in; nil: every session ends.
    public var keeping: String?
    /// The hash to store it with.
    public var hasher: any PasswordHashing

    /// An operation.
    public init(workspace: Workspace, name: String, current: String? = nil, password: String, keeping: String? = nil, hasher: any PasswordHashing) {
        self.workspace = workspace
        self.name = name
        self.current = current
        self.password = password
        self.keeping = keeping
        self.hasher = hasher
    }

    /// The account's name, its password changed.
    public func run() -> Outcome<String> {
        perform { run in
            let store = try workspace.openExisting(for: nil, access: .writing(.real), into: &run)
            guard let account = try store.account(named: name) else { throw run.fail(.error(ServerMessage.unknownAccount(["name": QuotedText.clip(name)]))) }
            if let current, !hasher.verify(current, against: account.passwordHash) {
                throw run.fail(.error(ServerMessage.wrongCurrentPassword()))
            }
            if let problem = AccountRules.passwordProblem(password, name: name) { throw run.fail(.error(problem)) }
            if let current, current == password { throw run.fail(.error(ServerMessage.samePassword())) }
            guard try store.setPasswordHash(hasher.hash(password), named: name, keeping: keeping) else {
                throw run.fail(.error(ServerMessage.unknownAccount(["name": QuotedText.clip(name)])))
            }
            return name
        }
    }
}

/// What makes an account name and a password acceptable.
public enum AccountRules {
    /// The fewest characters a password has.
    public static let minimumPasswordLength = 10

    /// Letters (any script), digits, `.`, `_`, `-`; 1 to 64 characters: safe in a cookie-free
    /// log line, a URL and a CSV cell alike.
    public static func isValidName(_ name: String) -> Bool {
        (1...64).contains(name.count) && name.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_" || scalar == "-"
        }
    }

    /// Why `password` is refused for account `name`, or nil.
    public static func passwordProblem(_ password: String, name: String) -> Message? {
        if password.isEmpty { return ServerMessage.noPassword() }
        if password.utf8.count > 72 { return ServerMessage.longPassword() }
        // bcrypt reads a C string: a NUL would end the password early, and control characters
        // cannot be typed at a sign-in page.
        if password.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return ServerMessage.weakPassword(["min": .int(minimumPasswordLength)])
        }
        if password.count < minimumPasswordLength || Set(password).count < 4 || password.lowercased() == name.lowercased() {
            return ServerMessage.weakPassword(["min": .int(minimumPasswordLength)])
        }
        return nil
    }
}

extension Workspace {
    /// The accounts and sessions of the database, opened for writing (created or upgraded when
    /// needed, as `rounds` does): what `sizhen serve` keeps open while it runs.
    public func accountStore() -> Outcome<any AccountStoring> {
        perform { run in try openStore(databasePath, access: .writing(.real), for: nil, into: &run) as any AccountStoring }
    }

    /// The district's files, loaded and checked (errors only): what a front end needs to know
    /// the streets and sites of the accounts it serves.
    public func district() -> Outcome<WorkflowSet> {
        perform { run in try loadSet(into: &run, errorsOnly: true) }
    }
}
