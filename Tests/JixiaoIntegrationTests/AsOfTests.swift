import Foundation
import JixiaoClient
import Testing

/// `AT SEQ n` and `AT <time>`: any query answered from the state as it was, equal to what
/// the live daemon answered at that moment — also while writes go on.
@Suite struct AsOfTests {
    /// What the test saw live after one month's payment.
    private struct Checkpoint {
        var sequence: Int64
        var moment: Date
        var answers: [String: [String]]
    }

    private static func queries(month: Int) -> [String] {
        let day = month == 2 ? 28 : 30
        let date = "2024-\(month < 10 ? "0" : "")\(month)-\(day)"
        return [
            "MONITOR u 2024 date=\(date)", "PROJECT GET u 2024 p", "PAYMENT LIST u 2024 p", "MONTHLY u 2024 p",
            "EXPORT", "CHECK RUN u 2024", "YEAR LIST",
        ]
    }

    private static func answer(_ reply: ReceivedReply) -> [String] {
        [reply.columns.joined(separator: "\t")] + reply.rowLines
    }

    private static func sequence(_ reply: ReceivedReply) -> Int64? {
        reply.statusLine.split(separator: " ").first { $0.hasPrefix("seq=") }.flatMap { Int64($0.dropFirst(4)) }
    }

    @Test func atAnswersEqualTheLiveAnswersOfAYearOfPaymentsEvenWhileWritesGoOn() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in [
            "UNIT CREATE u name=单位", "YEAR CREATE u 2024", "PROJECT CREATE u 2024 p name=项目 budget_full=120万元",
        ] {
            #expect(try connection.request(line).isOK)
        }
        var checkpoints: [Checkpoint] = []
        for month in 1...12 {
            let date = "2024-\(month < 10 ? "0" : "")\(month)-15"
            let reply = try connection.request("PAYMENT ADD u 2024 p date=\(date) amount=\(8 + month)万元")
            let sequence = try #require(Self.sequence(reply))
            usleep(15_000)
            var answers: [String: [String]] = [:]
            for query in Self.queries(month: month) { answers[query] = Self.answer(try connection.request(query)) }
            checkpoints.append(Checkpoint(sequence: sequence, moment: Date(), answers: answers))
            usleep(15_000)
            // Changes between checkpoints that the next one must not see at this one's moment.
            #expect(try connection.request("PROJECT UPDATE u 2024 p implementer=第\(month)月").isOK)
        }
        let socket = daemon.socketPath
        let writer = Thread {
            guard let writer = try? ClientConnection(socketPath: socket) else { return }
            for index in 1...300 { _ = try? writer.request("PAYMENT ADD u 2024 p date=2024-12-31 amount=\(index)元") }
        }
        writer.start()
        for (index, checkpoint) in checkpoints.enumerated() {
            for query in Self.queries(month: index + 1) {
                let bySequence = try connection.request("AT SEQ \(checkpoint.sequence) \(query)")
                #expect(bySequence.statusLine.contains(" asof=\(checkpoint.sequence) "), "\(bySequence.statusLine)")
                #expect(Self.answer(bySequence) == checkpoint.answers[query], "AT SEQ \(checkpoint.sequence) \(query)")
                let byTime = try connection.request("AT \(HistoryTests.utc(checkpoint.moment)) \(query)")
                #expect(Self.answer(byTime) == checkpoint.answers[query], "AT \(checkpoint.moment) \(query)")
            }
        }
        // By hand: January to June paid 9 + 10 + … + 14 = 69万元 of 120万元 = 57.50 %, against
        // 182/366 = 49.73 % of the year gone on 2024-06-30.
        let june = try connection.request("AT SEQ \(checkpoints[5].sequence) MONITOR u 2024 date=2024-06-30")
        let rows = june.cells.map { Dictionary(uniqueKeysWithValues: zip(june.columns, $0)) }
        let row = try #require(rows.first { $0["owner"] == "p" })
        #expect(row["paid"] == "69.00" && row["rate"] == "57.50" && row["progress"] == "49.73", "\(row)")
        while !writer.isFinished { usleep(10_000) }
        #expect(try connection.request("PAYMENT LIST u 2024 p").rowLines.count == 312)
    }

    @Test func atRefusesChangesAndTheFutureAndKnowsTheEmptyPast() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        #expect(try connection.request("UNIT CREATE u name=单位").isOK)
        #expect(try connection.request("AT SEQ 2 UNIT LIST").error?.code == "NOT_FOUND")
        #expect(try connection.request("AT SEQ 1 UNIT UPDATE u name=x").error?.code == "BAD_ARGUMENT")
        let empty = try connection.request("AT 2000-01-01 UNIT LIST")
        #expect(empty.statusLine == "OK asof=0 rows=0")
        let now = try connection.request("AT \(HistoryTests.utc(Date().addingTimeInterval(3600))) UNIT LIST")
        #expect(now.statusLine == "OK asof=1 rows=1")
        #expect(try connection.request("AT SEQ 0 UNIT LIST").rowLines.isEmpty)
    }

    @Test func anIncompleteRecordBeingWrittenIsIgnoredAndNeverCut() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in ["UNIT CREATE u name=单位", "YEAR CREATE u 2024"] { #expect(try connection.request(line).isOK) }
        // What a writer half-way through an append leaves at the end of the segment.
        let segment = try #require(daemon.journalFiles.last)
        let handle = try FileHandle(forWritingTo: segment)
        handle.seekToEndOfFile()
        handle.write(Data("@3 2026-11-23T15:03:57.123Z root 1 0000".utf8))
        try handle.close()
        let size = try FileManager.default.attributesOfItem(atPath: segment.path)[.size] as? Int
        let past = try connection.request("AT SEQ 2 YEAR LIST")
        #expect(past.isOK && past.rowLines.count == 1, "\(past.statusLine)")
        #expect(try connection.request("AT 2099-01-01 UNIT LIST").statusLine == "OK asof=2 rows=1")
        #expect(try connection.request("HISTORY u").rowLines.count == 2)
        let after = try FileManager.default.attributesOfItem(atPath: segment.path)[.size] as? Int
        #expect(after == size, "the historic reader never cuts the file")
    }

    @Test func jixiaoAtPrintsWhatThePastExportWas() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in ["UNIT CREATE u name=单位", "YEAR CREATE u 2024"] { #expect(try connection.request(line).isOK) }
        let then = try ClientRun.jixiao(["export"], socket: daemon.socketPath).output
        #expect(try connection.request("UNIT UPDATE u name=新名称").isOK)
        let past = try ClientRun.jixiao(["export", "--at", "2"], socket: daemon.socketPath)
        #expect(past.status == 0)
        #expect(past.output == then)
        #expect(try ClientRun.jixiao(["export"], socket: daemon.socketPath).output != then)
        let change = try ClientRun.jixiao(
            ["unit", "update", "u", "--name", "旧名", "--at", "2"],
            socket: daemon.socketPath
        )
        #expect(change.status == 64, "a change cannot be made in the past: \(change.errors)")
        #expect(try connection.request("UNIT GET u").rowLines.first?.contains("新名称") == true)
    }
}
