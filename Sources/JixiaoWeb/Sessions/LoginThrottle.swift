/// Limits login attempts, as a value: failures are counted per account and per client
/// address over a sliding window; past the limit, attempts are refused without checking the
/// password until the window has passed the oldest failure.
///
/// So a guesser gets `accountFailures` tries at one account per window from anywhere, and
/// `addressFailures` tries at all accounts per window from one address. A success clears
/// the account's failures (not the address's).
public struct LoginThrottle: Sendable {
    /// Failures allowed per account in a window.
    public var accountFailures: Int
    /// Failures allowed per client address in a window.
    public var addressFailures: Int
    /// The window.
    public var window: Duration

    private var byAccount: [String: [ContinuousClock.Instant]] = [:]
    private var byAddress: [String: [ContinuousClock.Instant]] = [:]

    /// Creates a throttle.
    public init(accountFailures: Int = 5, addressFailures: Int = 20, window: Duration = .seconds(15 * 60)) {
        self.accountFailures = accountFailures
        self.addressFailures = addressFailures
        self.window = window
    }

    /// When an attempt may be made, or `nil` when it may be made now.
    public mutating func refusal(account: String, address: String, now: ContinuousClock.Instant) -> Duration? {
        prune(now: now)
        var wait: Duration?
        if let failures = byAccount[account.lowercased()], failures.count >= accountFailures {
            wait = failures[failures.count - accountFailures] + window - now
        }
        if let failures = byAddress[address], failures.count >= addressFailures {
            let until = failures[failures.count - addressFailures] + window - now
            wait = max(wait ?? .zero, until)
        }
        return wait
    }

    /// Counts a failed attempt.
    public mutating func fail(account: String, address: String, now: ContinuousClock.Instant) {
        byAccount[account.lowercased(), default: []].append(now)
        byAddress[address, default: []].append(now)
    }

    /// Clears an account's failures after it logged in.
    public mutating func succeed(account: String) {
        byAccount[account.lowercased()] = nil
    }

    private mutating func prune(now: ContinuousClock.Instant) {
        let start = now - window
        byAccount = byAccount.compactMapValues { times in
            let kept = times.filter { $0 > start }
            return kept.isEmpty ? nil : kept
        }
        byAddress = byAddress.compactMapValues { times in
            let kept = times.filter { $0 > start }
            return kept.isEmpty ? nil : kept
        }
    }
}
