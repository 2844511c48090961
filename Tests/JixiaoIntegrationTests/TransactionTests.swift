import Foundation
import JixiaoClient
import JixiaoJournal
import Testing

/// `BEGIN` … `COMMIT`: all or nothing, journaled as one record.
@Suite struct TransactionTests {
    static let changes = [
        "UNIT CREATE hongjiang name=洪江", "YEAR CREATE hongjiang 2024",
        "INDICATOR CREATE hongjiang 2024 dept peixun level1=产出指标 level2=数量指标 name=培训 target=≥2次",
    ]

    private func records(_ daemon: DaemonProcess) throws -> [JournalRecord] {
        daemon.stop()
        var records: [JournalRecord] = []
        _ = try StateDirectory(path: daemon.stateDirectory).replay { records.append($0) }
        return records
    }

    @Test func aCommittedTransactionIsOneJournalRecord() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        #expect(try connection.request("BEGIN").statusLine == "OK BEGIN")
        for (index, line) in Self.changes.enumerated() {
            #expect(try connection.request(line).statusLine == "OK QUEUED changes=\(index + 1)")
        }
        // Queries see the model without the queued changes.
        #expect(try connection.request("UNIT LIST").rowLines.isEmpty)
        let commit = try connection.request("COMMIT")
        // The acknowledgement carries the checker's findings (the indicator has no actual yet:
        // table-incomplete), counted after the changes.
        #expect(commit.statusLine.hasPrefix("OK seq=1 changes=3"), "\(commit.statusLine) \(commit.rowLines)")
        #expect(try connection.request("UNIT LIST").rowLines.count == 1)
        let records = try records(daemon)
        #expect(records.count == 1)
        #expect(records.first?.lines == Self.changes)
    }

    @Test func aRefusedChangeRefusesTheWholeTransaction() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        #expect(try connection.request("BEGIN").isOK)
        for line in Self.changes + ["YEAR CREATE nowhere 2024"] { #expect(try connection.request(line).isOK) }
        let reply = try connection.request("COMMIT")
        #expect(reply.error?.code == "NOT_FOUND")
        #expect(reply.error?.message.hasPrefix("change 4 of 4:") == true, "\(reply.statusLine)")
        #expect(try connection.request("UNIT LIST").rowLines.isEmpty)
        #expect(try records(daemon).isEmpty)
    }

    @Test func aStaleRevisionInATransactionIsAConflict() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in Self.changes { #expect(try connection.request(line).isOK) }
        let other = try daemon.connect()
        #expect(try other.request("YEAR UPDATE hongjiang 2024 staff_actual=9").statusLine == "OK seq=4")
        #expect(try connection.request("BEGIN").isOK)
        #expect(try connection.request("IF REV=3 INDICATOR UPDATE hongjiang 2024 dept peixun actual=1次").isOK)
        #expect(try connection.request("IF REV=2 YEAR UPDATE hongjiang 2024 staff_actual=8").isOK)
        let reply = try connection.request("COMMIT")
        #expect(reply.error?.code == "CONFLICT")
        #expect(reply.error?.message.hasPrefix("change 2 of 2:") == true, "\(reply.statusLine)")
        #expect(try records(daemon).count == 4)
    }

    @Test func transactionCommandsOutOfOrderAreRefused() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        #expect(try connection.request("COMMIT").error?.code == "TRANSACTION")
        #expect(try connection.request("ROLLBACK").error?.code == "TRANSACTION")
        #expect(try connection.request("BEGIN").isOK)
        #expect(try connection.request("BEGIN").error?.code == "TRANSACTION")
        #expect(try connection.request(Self.changes[0]).isOK)
        #expect(try connection.request("ROLLBACK").statusLine == "OK ROLLBACK discarded=1")
        // A connection that goes away with a transaction open changes nothing.
        let leaving = try daemon.connect()
        #expect(try leaving.request("BEGIN").isOK)
        #expect(try leaving.request(Self.changes[0]).isOK)
        _ = try? leaving.request("QUIT")
        usleep(100_000)
        #expect(try connection.request("UNIT LIST").rowLines.isEmpty)
    }

    @Test func batchTransactionIsAllOrNothing() throws {
        let daemon = try DaemonProcess()
        let bad = try ClientRun.jixiao(
            ["batch", "--transaction", "-"],
            socket: daemon.socketPath,
            input: (Self.changes + ["YEAR CREATE nowhere 2024"]).joined(separator: "\n")
        )
        #expect(bad.status != 0)
        #expect(bad.errors.contains("COMMIT: ERR NOT_FOUND change 4 of 4"), "\(bad.errors)")
        #expect(try daemon.connect().request("UNIT LIST").rowLines.isEmpty)
        let good = try ClientRun.jixiao(
            ["batch", "--transaction", "-"],
            socket: daemon.socketPath,
            input: Self.changes.joined(separator: "\n")
        )
        #expect(good.status == 0, "\(good.errors)")
        #expect(try records(daemon).map(\.lines) == [Self.changes])
    }

    @Test(arguments: [
        "PROJECT CREATE hongjiang 2024 \"unclosed name=项目", "YEAR UPDATE hongjiang 2024 no_such_key=1",
        "NO SUCH COMMAND", "IF REV=x YEAR UPDATE hongjiang 2024 staff_actual=1",
    ])
    func aRefusedLineFailsTheTransactionAndCommitChangesNothing(refused: String) throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in Self.changes { #expect(try connection.request(line).isOK) }
        // Pipelined, as a script sends it: the refused line is not a silent hole.
        try connection.send([
            "BEGIN", "YEAR UPDATE hongjiang 2024 staff_actual=9", refused,
            "INDICATOR UPDATE hongjiang 2024 dept peixun actual=1次", "COMMIT",
        ])
        let replies = try (0..<5).map { _ in try connection.readReply() }
        #expect(replies[0].isOK && replies[1].isOK)
        #expect(replies[2].error != nil, "\(replies[2].statusLine)")
        #expect(replies[3].error?.code == "TRANSACTION", "\(replies[3].statusLine)")
        #expect(replies[4].error?.code == "TRANSACTION", "\(replies[4].statusLine)")
        #expect(replies[4].error?.message.contains("nothing was changed") == true)
        // The transaction is over; nothing of it was made.
        #expect(try connection.request("COMMIT").error?.code == "TRANSACTION")
        #expect(try records(daemon).count == 3)
    }

    @Test func aQueryErrorInsideATransactionDoesNotFailIt() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in Self.changes { #expect(try connection.request(line).isOK) }
        #expect(try connection.request("BEGIN").isOK)
        #expect(try connection.request("YEAR UPDATE hongjiang 2024 staff_actual=9").isOK)
        #expect(try connection.request("PROJECT GET hongjiang 2024 nowhere").error?.code == "NOT_FOUND")
        #expect(try connection.request("COMMIT").statusLine == "OK seq=4 changes=1")
    }

    @Test func anEmptyCommitIsOKWithoutANewSequence() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in Self.changes { #expect(try connection.request(line).isOK) }
        #expect(try connection.request("BEGIN").isOK)
        #expect(try connection.request("COMMIT").statusLine == "OK seq=3 changes=0")
        #expect(try connection.request("PROJECT CREATE hongjiang 2024 next name=下一个").statusLine == "OK seq=4")
        #expect(try records(daemon).count == 4)
    }

    @Test func aTransactionOverItsByteBudgetFails() throws {
        let folder = try TestEnvironment.makeScratchDirectory()
        let config = folder.appendingPathComponent("jixiao.conf").path
        try "max_transaction_bytes = 2000\n".write(toFile: config, atomically: true, encoding: .utf8)
        let daemon = try DaemonProcess(arguments: ["--config", config])
        let connection = try daemon.connect()
        for line in Self.changes { #expect(try connection.request(line).isOK) }
        #expect(try connection.request("BEGIN").isOK)
        let name = String(repeating: "项", count: 100)
        var refusal: ReceivedReply?
        for index in 0..<20 {
            let reply = try connection.request("PROJECT CREATE hongjiang 2024 p\(index) name=\(name)")
            if !reply.isOK {
                refusal = reply
                break
            }
        }
        let refused = try #require(refusal)
        #expect(refused.error?.code == "LIMIT")
        #expect(refused.error?.message.contains("(max_transaction_bytes)") == true, "\(refused.statusLine)")
        #expect(try connection.request("COMMIT").error?.code == "TRANSACTION")
        #expect(try records(daemon).count == 3)
    }

    @Test(.timeLimit(.minutes(2)))
    func aBigCommitCostsItsSizeAndTheNextWriterIsServed() throws {
        let folder = try TestEnvironment.makeScratchDirectory()
        let config = folder.appendingPathComponent("jixiao.conf").path
        try "max_requests_per_second = 0\n".write(toFile: config, atomically: true, encoding: .utf8)
        let daemon = try DaemonProcess(arguments: ["--config", config])
        let connection = try daemon.connect()
        for line in Self.changes { #expect(try connection.request(line).isOK) }
        var lines = ["BEGIN"]
        for index in 0..<10_000 {
            lines.append(
                [
                    "PROJECT CREATE hongjiang 2024 p\(index) name=项目\(index)",
                    "INDICATOR UPDATE hongjiang 2024 dept peixun actual=\(index)次",
                    "YEAR UPDATE hongjiang 2024 staff_actual=\(index)",
                ][index % 3]
            )
        }
        try connection.send(lines)
        for _ in lines { #expect(try connection.readReply().isOK) }
        let other = try daemon.connect()
        let started = ContinuousClock.now
        try connection.send(["COMMIT"])
        // Another writer right behind the COMMIT is served once it is made.
        let otherReply = try other.request("PROJECT CREATE hongjiang 2024 next name=下一个")
        let commit = try connection.readReply()
        let elapsed = ContinuousClock.now - started
        // The other writer comes before or after the COMMIT, whichever reached the daemon first.
        #expect(
            (commit.statusLine.hasPrefix("OK seq=4 changes=10000") && otherReply.statusLine == "OK seq=5")
                || (commit.statusLine.hasPrefix("OK seq=5 changes=10000") && otherReply.statusLine == "OK seq=4"),
            "\(commit.statusLine), \(otherReply.statusLine)"
        )
        print("COMMIT of 10,000 changes (3,334 projects created) and a writer behind it: \(elapsed)")
        // A debug build on two shared cores; the quadratic path took half a minute.
        #expect(elapsed < .seconds(3), "\(elapsed)")
    }

    @Test(.enabled(if: TestUsers.available, "needs root, groupadd and setpriv for an operator"))
    func aDeniedLineFailsTheTransaction() throws {
        #expect(TestUsers.created)
        let folder = try TestEnvironment.makeScratchDirectory()
        let config = folder.appendingPathComponent("jixiao.conf").path
        // The test process (root) is a trusted proxy, so it acts as the operator jxt-clerk.
        try (TestUsers.configuration(operatorUnits: "hongjiang") + "trusted_proxies = root\n").write(
            toFile: config,
            atomically: true,
            encoding: .utf8
        )
        let daemon = try DaemonProcess(arguments: ["--config", config])
        let connection = try daemon.connect()
        for line in Self.changes { #expect(try connection.request(line).isOK) }
        try connection.send([
            "AS jxt-clerk BEGIN", "AS jxt-clerk YEAR UPDATE hongjiang 2024 staff_actual=9",
            "AS jxt-clerk UNIT CREATE elsewhere name=别处", "AS jxt-clerk COMMIT",
        ])
        let replies = try (0..<4).map { _ in try connection.readReply() }
        #expect(replies[1].statusLine == "OK QUEUED changes=1")
        #expect(replies[2].error?.code == "DENIED", "\(replies[2].statusLine)")
        #expect(replies[3].error?.code == "TRANSACTION", "\(replies[3].statusLine)")
        #expect(try records(daemon).count == 3)
    }
}
