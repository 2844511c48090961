import Foundation
import JixiaoClient
import JixiaoJournal
import Testing

/// A journal whose first records are gone (removed by `journal_retention` after a
/// snapshot): `AT`, `HISTORY` and a `WATCH` catch-up refuse to pass a history with a hole
/// for a whole one.
@Suite struct JournalGapTests {
    @Test func historicReadsRefuseRecordsTheJournalNoLongerHolds() throws {
        let config = try SnapshotTests.config(["journal_retention = 1", "snapshot_every = 0"])
        let daemon = try DaemonProcess(arguments: ["--config", config])
        let connection = try daemon.connect()
        for line in ["UNIT CREATE u name=单位", "YEAR CREATE u 2024", "SNAPSHOT", "UNIT UPDATE u name=单位二", "SNAPSHOT"] {
            #expect(try connection.request(line).isOK, "\(line)")
        }
        #expect(try connection.request("YEAR CREATE u 2025").isOK)
        #expect(SnapshotTests.files(daemon, "journal") == [StateDirectory.segmentName(startingAt: 4)])
        #expect(try connection.request("YEAR LIST").rowLines.count == 2)
        #expect(try connection.request("AT SEQ 1 YEAR LIST").error?.code == "NOT_FOUND")
        #expect(try connection.request("HISTORY u").error?.code == "NOT_FOUND")
        let watcher = try RawSocket(daemon.socketPath)
        watcher.transmit("WATCH from=1\n")
        #expect(watcher.readLine() == "OK WATCHING seq=4")
        #expect(watcher.readLine()?.hasPrefix("ERR NOT_FOUND the journal no longer holds records 2 to 3") == true)
        #expect(watcher.closedByPeer(within: 5))
    }
}
