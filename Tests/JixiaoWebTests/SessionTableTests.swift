import JixiaoWeb
import Testing

@Suite struct SessionTableTests {
    let start = ContinuousClock.now

    @Test func aSessionEndsWhenIdleTooLongOrOpenTooLong() {
        var table = SessionTable(idleLimit: .seconds(60), absoluteLimit: .seconds(300))
        let entry = table.open(account: "olga", unixUser: "olga", passwordHash: "h", now: start)
        #expect(entry.id.count == 64 && entry.csrfToken.count == 64 && entry.id != entry.csrfToken)
        #expect(table.use(entry.id, now: start + .seconds(59)) != nil)
        #expect(table.use(entry.id, now: start + .seconds(118)) != nil)
        #expect(table.use(entry.id, now: start + .seconds(179)) == nil, "idle for 61 s")
        let second = table.open(account: "olga", unixUser: "olga", passwordHash: "h", now: start)
        for minute in 1...4 { #expect(table.use(second.id, now: start + .seconds(minute * 59)) != nil) }
        #expect(table.use(second.id, now: start + .seconds(301)) == nil, "open for more than 300 s")
        #expect(table.use("not-a-session", now: start) == nil)
    }

    @Test func aFlashIsShownOnce() {
        var table = SessionTable()
        let entry = table.open(account: "a", unixUser: "a", passwordHash: "h", now: start)
        table.setFlash(Flash(succeeded: true, message: "已保存"), for: entry.id)
        #expect(table.takeFlash(for: entry.id)?.message == "已保存")
        #expect(table.takeFlash(for: entry.id) == nil)
    }

    @Test func theLeastRecentlyUsedSessionMakesRoomAtCapacity() {
        var table = SessionTable(capacity: 2)
        let first = table.open(account: "a", unixUser: "a", passwordHash: "h", now: start)
        let second = table.open(account: "b", unixUser: "b", passwordHash: "h", now: start + .seconds(1))
        _ = table.use(first.id, now: start + .seconds(2))
        _ = table.open(account: "c", unixUser: "c", passwordHash: "h", now: start + .seconds(3))
        #expect(table.count == 2)
        #expect(table.use(first.id, now: start + .seconds(4)) != nil)
        #expect(table.use(second.id, now: start + .seconds(4)) == nil)
    }

    @Test func tokensMatchOnlyWhenEqual() {
        let token = RandomToken.make()
        #expect(RandomToken.matches(token, token))
        #expect(!RandomToken.matches(String(token.dropLast()) + "x", token))
        #expect(!RandomToken.matches("", ""))
        #expect(!RandomToken.matches(token, RandomToken.make()))
    }
}
