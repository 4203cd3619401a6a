import HummingbirdBcrypt
import SizhenOperations

/// Passwords hashed with bcrypt (hummingbird-auth's `HummingbirdBcrypt`): slow on purpose, salted,
/// at a cost of at least 10 (2¹⁰ rounds); `sizhen user add` and the sign-in page use it.
public struct BcryptHasher: PasswordHashing {
    /// The lowest cost accepted.
    public static let minimumCost: UInt8 = 10
    /// The cost (log₂ of the rounds).
    public let cost: UInt8

    /// A hasher of `cost`, raised to `minimumCost` when lower and held to bcrypt's 31.
    public init(cost: UInt8 = 12) {
        self.cost = min(max(cost, Self.minimumCost), 31)
    }

    /// A salted bcrypt hash of `password` at `cost`.
    public func hash(_ password: String) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    /// Whether `password` matches a bcrypt `hash`; false for anything that is not one.
    public func verify(_ password: String, against hash: String) -> Bool {
        // A hash that is not bcrypt's (a damaged row) verifies nothing rather than stopping.
        guard hash.hasPrefix("$2"), hash.utf8.count == 60 else { return false }
        return Bcrypt.verify(password, hash: hash)
    }
}
