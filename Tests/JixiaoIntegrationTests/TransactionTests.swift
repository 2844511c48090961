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
        #expect(try connection.request("COMMIT").statusLine == "OK seq=1 changes=3")
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
}
