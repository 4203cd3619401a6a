import Foundation

/// Slows down guessing at the sign-in page: after `limit` failures of one key (an account's
/// name, or a client's address) within `window` seconds, that key is refused until the oldest
/// of them is `window` old. A success clears the account's count. The time is given by the
/// caller (the server's clock), so the tests move it by hand.
public struct LoginThrottle: Sendable {
    /// Failures kept per key, oldest first.
    private var failures: [String: [Int64]] = [:]
    /// Failures allowed within the window.
    public let limit: Int
    /// The window, in seconds.
    public let window: Int64
    /// The most keys remembered: past it, the keys whose failures are all over are forgotten,
    /// so that a flood of made-up names cannot fill the memory.
    public let capacity: Int

    /// A throttle.
    public init(limit: Int, window: Int64, capacity: Int = 100_000) {
        self.limit = limit
        self.window = window
        self.capacity = capacity
    }

    /// The seconds until `key` may try again at `now`; nil when it may now.
    public func retryAfter(_ key: String, now: Int64) -> Int64? {
        let recent = (failures[key] ?? []).filter { $0 > now - window }
        guard recent.count >= limit, let oldest = recent.first else { return nil }
        return max(1, oldest + window - now)
    }

    /// Counts a failure of `key` at `now`.
    public mutating func fail(_ key: String, now: Int64) {
        var recent = (failures[key] ?? []).filter { $0 > now - window }
        recent.append(now)
        failures[key] = Array(recent.suffix(limit))
        if failures.count > capacity {
            failures = failures.filter { $0.value.contains { $0 > now - window } }
        }
    }

    /// Forgets the failures of `key` (a successful sign-in).
    public mutating func succeed(_ key: String) {
        failures[key] = nil
    }
}

/// The sign-in throttles of a running server, per account and per address, behind a lock.
final class LoginGuard: @unchecked Sendable {
    private let lock = NSLock()
    private var byAccount: LoginThrottle
    private var byAddress: LoginThrottle

    /// Five failures an account and twenty an address in fifteen minutes, by default.
    init(accountLimit: Int = 5, addressLimit: Int = 20, window: Int64 = 900) {
        byAccount = LoginThrottle(limit: accountLimit, window: window)
        byAddress = LoginThrottle(limit: addressLimit, window: window)
    }

    /// The seconds to wait before trying `account` from `address`; nil when allowed.
    func retryAfter(account: String, address: String, now: Int64) -> Int64? {
        lock.lock()
        defer { lock.unlock() }
        let waits = [byAccount.retryAfter(account, now: now), byAddress.retryAfter(address, now: now)].compactMap { $0 }
        return waits.max()
    }

    /// Records the outcome of a sign-in.
    func record(account: String, address: String, succeeded: Bool, now: Int64) {
        lock.lock()
        defer { lock.unlock() }
        if succeeded {
            byAccount.succeed(account)
        } else {
            byAccount.fail(account, now: now)
            byAddress.fail(address, now: now)
        }
    }
}
