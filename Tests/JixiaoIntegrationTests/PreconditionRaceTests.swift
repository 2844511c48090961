import Foundation
import JixiaoClient
import JixiaoJournal
import Synchronization
import Testing

/// Two connections race a change with a precondition on the same object, round after round,
/// so that both requests reach the daemon within one sync window. A precondition (`IF REV`,
/// the year lock) must see every change ordered before it, synced or not: exactly one of two
/// `IF REV=r` updates wins, the other is `ERR CONFLICT` naming the winner's revision, and an
/// operator's change racing `YEAR SUBMIT` is either before the submit in the journal or
/// refused `LOCKED`.
@Suite struct PreconditionRaceTests {
    static let rounds = 1_000
    static let examples = TestEnvironment.packageRoot.appendingPathComponent("Protocol/examples").path
    static let indicator = "hongjiang 2024 jicha jicha"

    /// The indicator's revision and actual value, read on `connection`.
    private static func current(_ connection: ClientConnection) throws -> (revision: String, actual: String) {
        let reply = try connection.request("INDICATOR GET \(indicator)")
        let row = try #require(reply.cells.first, "\(reply.statusLine)")
        let revision = try #require(reply.columns.firstIndex(of: "revision"))
        let actual = try #require(reply.columns.firstIndex(of: "actual"))
        return (row[revision], row[actual])
    }

    /// Runs `rounds` rounds: each round `prepare` runs alone, then both racers send their
    /// requests at the same moment (a barrier before), then `check` sees both results.
    private static func race(
        rounds: Int,
        connections: [ClientConnection],
        prepare: (Int) throws -> Void,
        send: @escaping @Sendable (_ racer: Int, _ round: Int, _ connection: ClientConnection) throws -> [String],
        check: (Int, [[String]]) throws -> Void
    ) throws {
        // A semaphore per racer: a racer that is quick must not take the other's turn.
        let starts = [DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)]
        let done = DispatchSemaphore(value: 0)
        let results = Mutex<[[String]]>([[], []])
        let round = Atomic<Int>(0)
        let stop = Atomic<Bool>(false)
        for racer in 0..<2 {
            let connection = UncheckedBox(connections[racer])
            Thread.detachNewThread {
                while true {
                    starts[racer].wait()
                    if stop.load(ordering: .acquiring) { return }
                    let outcome: [String]
                    do {
                        outcome = try send(racer, round.load(ordering: .acquiring), connection.value)
                    } catch {
                        outcome = ["client error \(error)"]
                    }
                    results.withLock { $0[racer] = outcome }
                    done.signal()
                }
            }
        }
        defer {
            stop.store(true, ordering: .releasing)
            for start in starts { start.signal() }
        }
        for index in 0..<rounds {
            try prepare(index)
            round.store(index, ordering: .releasing)
            for start in starts { start.signal() }
            done.wait()
            done.wait()
            try check(index, results.withLock { $0 })
        }
    }

    @Test(.timeLimit(.minutes(3)), arguments: [["--fsync", "always"], ["--fsync", "batch", "--fsync-delay", "5"]])
    func exactlyOneOfTwoRacingConditionalUpdatesWins(fsync: [String]) throws {
        let daemon = try DaemonProcess(arguments: ["--load-if-empty", Self.examples] + fsync)
        let reader = try daemon.connect()
        let racers = [try daemon.connect(), try daemon.connect()]
        var expected = try Self.current(reader)
        var bothApplied = 0
        var wrong: [String] = []
        let revision = Mutex("")
        try Self.race(
            rounds: Self.rounds,
            connections: racers,
            prepare: { _ in
                let now = try Self.current(reader)
                if now.actual != expected.actual {
                    wrong.append("value \(now.actual), winner wrote \(expected.actual)")
                }
                revision.withLock { $0 = now.revision }
                expected = now
            },
            send: { racer, round, connection in
                let r = revision.withLock { $0 }
                let reply = try connection.request(
                    "IF REV=\(r) INDICATOR UPDATE \(Self.indicator) actual=\(round)-\(racer)次"
                )
                return [reply.statusLine]
            },
            check: { round, results in
                let lines = results.map { $0.first ?? "" }
                let winners = lines.indices.filter { lines[$0].hasPrefix("OK seq=") }
                if winners.count == 2 { bothApplied += 1 }
                guard winners.count == 1, let winner = winners.first else {
                    wrong.append("round \(round): \(lines)")
                    return
                }
                let sequence = lines[winner].dropFirst("OK seq=".count)
                let loser = lines[1 - winner]
                if !(loser.hasPrefix("ERR CONFLICT") && loser.contains("revision \(sequence),")) {
                    wrong.append("round \(round): the loser got \(loser), the winner \(lines[winner])")
                }
                expected.actual = "\(round)-\(winner)次"
            }
        )
        let last = try Self.current(reader)
        #expect(last.actual == expected.actual)
        print("IF REV race \(fsync): \(Self.rounds) rounds, both applied in \(bothApplied)")
        #expect(wrong.isEmpty, "\(wrong.count) bad rounds, first: \(wrong.prefix(3))")
    }

    @Test(.timeLimit(.minutes(3)), arguments: [["--fsync", "always"], ["--fsync", "batch", "--fsync-delay", "5"]])
    func exactlyOneOfTwoRacingTransactionsWithConditionsWins(fsync: [String]) throws {
        let daemon = try DaemonProcess(arguments: ["--load-if-empty", Self.examples] + fsync)
        let reader = try daemon.connect()
        let racers = [try daemon.connect(), try daemon.connect()]
        var expected = try Self.current(reader)
        var wrong: [String] = []
        var bothApplied = 0
        let revision = Mutex("")
        let rounds = Self.rounds / 2
        try Self.race(
            rounds: rounds,
            connections: racers,
            prepare: { _ in
                let now = try Self.current(reader)
                if now.actual != expected.actual {
                    wrong.append("value \(now.actual), winner wrote \(expected.actual)")
                }
                revision.withLock { $0 = now.revision }
                expected = now
            },
            send: { racer, round, connection in
                let r = revision.withLock { $0 }
                try connection.send([
                    "BEGIN", "IF REV=\(r) INDICATOR UPDATE \(Self.indicator) actual=\(round)-\(racer)次",
                    "INDICATOR UPDATE hongjiang 2024 jicha xuanchuan actual=\(round)-\(racer)次", "COMMIT",
                ])
                return try (0..<4).map { _ in try connection.readReply().statusLine }
            },
            check: { round, results in
                let commits = results.map { $0.last ?? "" }
                let winners = commits.indices.filter { commits[$0].hasPrefix("OK seq=") }
                if winners.count == 2 { bothApplied += 1 }
                guard winners.count == 1, let winner = winners.first else {
                    wrong.append("round \(round): \(results)")
                    return
                }
                let sequence = commits[winner].split(separator: " ")[1].dropFirst("seq=".count)
                let loser = commits[1 - winner]
                if !(loser.hasPrefix("ERR CONFLICT change 1 of 2:") && loser.contains("revision \(sequence),")) {
                    wrong.append("round \(round): the loser got \(loser), the winner \(commits[winner])")
                }
                expected.actual = "\(round)-\(winner)次"
            }
        )
        #expect(try Self.current(reader).actual == expected.actual)
        print("IF REV transaction race \(fsync): \(rounds) rounds, both applied in \(bothApplied)")
        #expect(wrong.isEmpty, "\(wrong.count) bad rounds, first: \(wrong.prefix(3))")
    }

    @Test(
        .timeLimit(.minutes(3)),
        .enabled(if: TestUsers.available, "needs root, groupadd and setpriv for an operator"),
        arguments: [["--fsync", "always"], ["--fsync", "batch", "--fsync-delay", "5"]]
    )
    func anOperatorsChangeRacingYearSubmitIsBeforeItOrLocked(fsync: [String]) throws {
        #expect(TestUsers.created)
        let folder = try TestEnvironment.makeScratchDirectory()
        let config = folder.appendingPathComponent("jixiao.conf").path
        // The test process (root) is a trusted proxy, so one of its connections acts as the
        // operator jxt-clerk with `AS`.
        try (TestUsers.configuration(operatorUnits: "hongjiang") + "trusted_proxies = root\n").write(
            toFile: config,
            atomically: true,
            encoding: .utf8
        )
        let daemon = try DaemonProcess(arguments: ["--config", config, "--load-if-empty", Self.examples] + fsync)
        let admin = try daemon.connect()
        let racers = [try daemon.connect(), try daemon.connect()]
        var wrong: [String] = []
        var outcomes: [String: Int] = [:]
        let rounds = Self.rounds / 2
        try Self.race(
            rounds: rounds,
            connections: racers,
            prepare: { round in
                if round > 0 {
                    let reopened = try admin.request("YEAR REOPEN hongjiang 2024 reason=再次修改")
                    if !reopened.isOK { wrong.append("reopen: \(reopened.statusLine)") }
                }
            },
            send: { racer, round, connection in
                // The submit is forced: the year has check errors (the submit gate would refuse
                // it), and the race is about the lock.
                let line =
                    racer == 0
                    ? "AS jxt-clerk INDICATOR UPDATE \(Self.indicator) actual=\(round)次"
                    : "YEAR SUBMIT hongjiang 2024 force=yes reason=竞态测试"
                return [try connection.request(line).statusLine]
            },
            check: { round, results in
                let change = results[0].first ?? ""
                let submit = results[1].first ?? ""
                guard submit.hasPrefix("OK seq=") else {
                    wrong.append("round \(round): submit \(submit)")
                    return
                }
                if change.hasPrefix("OK seq=") {
                    outcomes["before", default: 0] += 1
                    // `OK seq=N`, followed by `rows=…` when the reply carries findings.
                    let sequence = { (status: String) in
                        Int(status.dropFirst("OK seq=".count).prefix { $0 != " " }) ?? 0
                    }
                    let changeSequence = sequence(change)
                    let submitSequence = sequence(submit)
                    if changeSequence > submitSequence {
                        wrong.append("round \(round): the change \(change) came after the submit \(submit)")
                    }
                } else if change.hasPrefix("ERR LOCKED") {
                    outcomes["locked", default: 0] += 1
                } else {
                    wrong.append("round \(round): the change got \(change)")
                }
            }
        )
        daemon.stop()
        // The journal itself: no change by the operator while the year is submitted.
        var locked = false
        var unlockedChanges = 0
        _ = try StateDirectory(path: daemon.stateDirectory).replay { record in
            for line in record.lines {
                if line.hasPrefix("YEAR SUBMIT hongjiang 2024") { locked = true }
                if line.hasPrefix("YEAR REOPEN hongjiang 2024") { locked = false }
            }
            if record.author.hasPrefix("jxt-clerk") {
                if locked { wrong.append("journal: \(record.author) changed a submitted year at @\(record.sequence)") }
                unlockedChanges += 1
            }
        }
        #expect(unlockedChanges == outcomes["before", default: 0])
        print("YEAR SUBMIT race \(fsync): \(rounds) rounds, \(outcomes)")
        #expect(wrong.isEmpty, "\(wrong.count) bad rounds, first: \(wrong.prefix(3))")
    }
}

/// A value handed to a racing thread that alone uses it.
private struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
