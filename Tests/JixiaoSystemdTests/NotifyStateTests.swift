import JixiaoSystemd
import Testing

@Suite struct NotifyStateTests {
    @Test(arguments: [
        (NotifyState.ready, "READY=1"),
        (.stopping, "STOPPING=1"),
        (.watchdog, "WATCHDOG=1"),
        (.reloading(monotonicMicroseconds: 1234), "RELOADING=1\nMONOTONIC_USEC=1234"),
        (.status("3 units, 12 records, 1 connection"), "STATUS=3 units, 12 records, 1 connection"),
        (.status("two\nlines"), "STATUS=two lines"),
    ])
    func assignments(state: NotifyState, text: String) {
        #expect(state.assignment == text)
    }

    @Test func reloadingNowIsStampedWithTheMonotonicClock() {
        guard case .reloading(let first) = NotifyState.reloadingNow,
            case .reloading(let second) = NotifyState.reloadingNow
        else {
            Issue.record("not a reload")
            return
        }
        #expect(first > 0)
        #expect(second >= first)
    }
}
