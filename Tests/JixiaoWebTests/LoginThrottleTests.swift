import JixiaoWeb
import Testing

@Suite struct LoginThrottleTests {
    let start = ContinuousClock.now

    @Test func anAccountIsRefusedAfterFiveFailuresUntilTheWindowPassesTheOldest() {
        var throttle = LoginThrottle(accountFailures: 5, addressFailures: 100, window: .seconds(900))
        for second in 0..<5 {
            #expect(throttle.refusal(account: "olga", address: "10.0.0.1", now: start + .seconds(second)) == nil)
            throttle.fail(account: "OLGA", address: "10.0.0.1", now: start + .seconds(second))
        }
        let wait = throttle.refusal(account: "olga", address: "10.0.0.9", now: start + .seconds(10))
        #expect(wait == .seconds(890))
        #expect(throttle.refusal(account: "rita", address: "10.0.0.1", now: start + .seconds(10)) == nil)
        #expect(throttle.refusal(account: "olga", address: "10.0.0.1", now: start + .seconds(901)) == nil)
    }

    @Test func oneAddressIsRefusedAfterTwentyFailuresOverAnyAccounts() {
        var throttle = LoginThrottle(accountFailures: 5, addressFailures: 20, window: .seconds(900))
        for index in 0..<20 { throttle.fail(account: "user\(index)", address: "10.0.0.2", now: start) }
        #expect(throttle.refusal(account: "new", address: "10.0.0.2", now: start + .seconds(1)) != nil)
        #expect(throttle.refusal(account: "new", address: "10.0.0.3", now: start + .seconds(1)) == nil)
    }

    @Test func aSuccessClearsTheAccountsFailures() {
        var throttle = LoginThrottle(accountFailures: 2, addressFailures: 100, window: .seconds(900))
        throttle.fail(account: "olga", address: "a", now: start)
        throttle.succeed(account: "olga")
        throttle.fail(account: "olga", address: "a", now: start)
        #expect(throttle.refusal(account: "olga", address: "a", now: start) == nil)
    }
}
