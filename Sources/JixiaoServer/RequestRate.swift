/// A token bucket for `max_requests_per_second`: a connection may send up to the limit in
/// a burst and then that many a second; a request beyond is refused (`ERR LIMIT`).
struct RequestRate: Sendable {
    private var tokens: Double = -1
    private var last = ContinuousClock.now

    /// Whether one more request is admitted now.
    /// - Parameters:
    ///   - limit: requests a second; 0 admits everything.
    ///   - now: the time.
    mutating func admit(limit: Int, at now: ContinuousClock.Instant) -> Bool {
        guard limit > 0 else { return true }
        let capacity = Double(limit)
        if tokens < 0 { tokens = capacity }
        let elapsed = now - last
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        tokens = min(capacity, tokens + seconds * capacity)
        last = now
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }
}
