import Foundation
import JixiaoClient
import JixiaoJournal
import Testing

/// A journal whose first records are gone (a segment restored from a backup, or removed
/// after a snapshot): `AT`, `HISTORY` and a `WATCH` catch-up refuse to pass a history with
/// a hole for a whole one.
@Suite struct JournalGapTests {
    @Test func historicReadsRefuseRecordsTheJournalNoLongerHolds() throws {
        let daemon = try DaemonProcess { state in
            try FileManager.default.createDirectory(atPath: state + "/journal", withIntermediateDirectories: true)
            var bytes: [UInt8] = []
            for (sequence, line) in [(Int64(5), "UNIT CREATE u name=单位"), (6, "YEAR CREATE u 2024")] {
                bytes +=
                    JournalRecord(
                        sequence: sequence,
                        timestamp: Timestamp(milliseconds: 1_763_900_000_000 + sequence),
                        author: "root",
                        lines: [line]
                    ).encoded
            }
            let path = state + "/journal/" + StateDirectory.segmentName(startingAt: 5)
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        }
        let connection = try daemon.connect()
        #expect(try connection.request("YEAR LIST").rowLines.count == 1)
        #expect(try connection.request("AT SEQ 6 YEAR LIST").error?.code == "NOT_FOUND")
        #expect(try connection.request("HISTORY u").error?.code == "NOT_FOUND")
        let watcher = try RawSocket(daemon.socketPath)
        watcher.transmit("WATCH from=2\n")
        #expect(watcher.readLine() == "OK WATCHING seq=6")
        #expect(watcher.readLine()?.hasPrefix("ERR NOT_FOUND the journal no longer holds records 3 to 4") == true)
        #expect(watcher.closedByPeer(within: 5))
    }
}
