import Foundation
import JixiaoClient
import JixiaoJournal
import Testing

/// `AT` with snapshots: a point after a snapshot is answered from it, a point before it from
/// the journal while retention keeps it, and a point the kept files no longer reach is
/// refused rather than answered from a history with a hole.
@Suite struct AsOfSnapshotTests {
    private static func answer(_ reply: ReceivedReply) -> [String] {
        [reply.columns.joined(separator: "\t")] + reply.rowLines
    }

    @Test func atAnswersEqualTheLiveAnswersOnBothSidesOfSnapshots() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in [
            "UNIT CREATE u name=单位", "YEAR CREATE u 2024", "PROJECT CREATE u 2024 p name=项目 budget_full=100万元",
        ] {
            #expect(try connection.request(line).isOK)
        }
        var live: [(Int64, [String])] = []
        for round in 1...6 {
            let reply = try connection.request("PAYMENT ADD u 2024 p date=2024-0\(round)-10 amount=\(round)万元")
            let sequence = try #require(
                reply.statusLine.split(separator: " ").first { $0.hasPrefix("seq=") }.flatMap { Int64($0.dropFirst(4)) }
            )
            live.append((sequence, Self.answer(try connection.request("EXPORT"))))
            if round.isMultiple(of: 2) { #expect(try connection.request("SNAPSHOT").isOK) }
        }
        // Restart, so that no model built earlier is cached: every answer comes from a
        // snapshot or the journal.
        daemon.stop()
        try daemon.start()
        let again = try daemon.connect()
        for (sequence, answer) in live.reversed() {
            let reply = try again.request("AT SEQ \(sequence) EXPORT")
            #expect(reply.statusLine.contains("asof=\(sequence)"), "\(reply.statusLine)")
            #expect(Self.answer(reply) == answer, "AT SEQ \(sequence)")
        }
    }

    @Test func atBeforeTheKeptJournalIsRefusedAndAfterItAnswered() throws {
        let config = try SnapshotTests.config(["journal_retention = 1", "snapshot_every = 0"])
        let daemon = try DaemonProcess(arguments: ["--config", config])
        let connection = try daemon.connect()
        for line in ["UNIT CREATE u name=单位", "YEAR CREATE u 2024", "PROJECT CREATE u 2024 p name=项目"] {
            #expect(try connection.request(line).isOK)
        }
        #expect(try connection.request("SNAPSHOT").isOK)
        #expect(try connection.request("PROJECT UPDATE u 2024 p implementer=甲").isOK)
        #expect(try connection.request("SNAPSHOT").isOK)
        #expect(try connection.request("PROJECT UPDATE u 2024 p implementer=乙").isOK)
        let atSnapshot = try connection.request("AT SEQ 4 PROJECT GET u 2024 p")
        #expect(atSnapshot.isOK && atSnapshot.rowLines.joined().contains("甲"), "\(atSnapshot.statusLine)")
        #expect(try connection.request("AT SEQ 5 PROJECT GET u 2024 p").rowLines.joined().contains("乙"))
        let removed = try connection.request("AT SEQ 2 PROJECT GET u 2024 p")
        #expect(removed.statusLine.hasPrefix("ERR NOT_FOUND"), "\(removed.statusLine)")
    }
}
