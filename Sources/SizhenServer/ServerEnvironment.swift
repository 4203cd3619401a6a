import Foundation
import SizhenOperations

/// What the web application takes from the world, passed in so that its tests choose them: the
/// clock, the random bytes of tokens, and the password hash.
public struct ServerEnvironment: Sendable {
    /// Seconds since 1970.
    public var now: @Sendable () -> Int64
    /// `count` random bytes, from a cryptographically secure source.
    public var randomBytes: @Sendable (Int) -> [UInt8]
    /// The passwords' hash.
    public var hasher: any PasswordHashing

    /// An environment.
    public init(now: @escaping @Sendable () -> Int64, randomBytes: @escaping @Sendable (Int) -> [UInt8], hasher: any PasswordHashing) {
        self.now = now
        self.randomBytes = randomBytes
        self.hasher = hasher
    }

    /// The wall clock, the system's generator (getrandom on Linux) and bcrypt at cost 12.
    public static var live: ServerEnvironment {
        ServerEnvironment(now: { Int64(Date().timeIntervalSince1970) },
                          randomBytes: { count in
                              var generator = SystemRandomNumberGenerator()
                              return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
                          },
                          hasher: BcryptHasher())
    }
}

/// How `sizhen serve` runs: where it listens, the district's files and database, and how it
/// sets its cookies.
public struct ServerConfiguration: Sendable {
    /// The address to bind (127.0.0.1 unless told).
    public var host: String
    /// The port.
    public var port: Int
    /// The files and the database every page's operation uses.
    public var workspace: Workspace
    /// Marks the session cookie `Secure` always (the server is reached over TLS).
    public var secureCookies: Bool
    /// Trusts `X-Forwarded-Proto` and `X-Forwarded-For` (the server is behind a reverse proxy
    /// that sets them): a request forwarded from HTTPS gets a `Secure` cookie.
    public var trustsProxy: Bool
    /// How long a session lasts, in seconds (8 hours: a working day).
    public var sessionLifetime: Int64
    /// Seconds a connection may stay idle before it is closed.
    public var idleTimeout: Int64
    /// Seconds a request may take in all, reading its body included, before it is answered
    /// 503 (what it started may still finish: an import is whole or nothing either way).
    public var requestTimeout: Int64
    /// What-if simulations queued or running at most (one runs at a time); one more is refused.
    public var whatIfLimit: Int
    /// What-if simulations remembered at most: beyond, the oldest finished one is forgotten and
    /// its database deleted.
    public var whatIfKept: Int
    /// The folder of the what-if simulations' databases; nil for a new temporary folder, which
    /// the server deletes when it stops.
    public var whatIfFolder: String?

    /// A configuration.
    public init(host: String = "127.0.0.1", port: Int = 8080, workspace: Workspace = Workspace(), secureCookies: Bool = false,
                trustsProxy: Bool = false, sessionLifetime: Int64 = 8 * 3600, idleTimeout: Int64 = 60, requestTimeout: Int64 = 120,
                whatIfLimit: Int = 4, whatIfKept: Int = 20, whatIfFolder: String? = nil) {
        self.requestTimeout = requestTimeout
        self.whatIfLimit = whatIfLimit
        self.whatIfKept = whatIfKept
        self.whatIfFolder = whatIfFolder
        self.host = host
        self.port = port
        self.workspace = workspace
        self.secureCookies = secureCookies
        self.trustsProxy = trustsProxy
        self.sessionLifetime = sessionLifetime
        self.idleTimeout = idleTimeout
    }
}
