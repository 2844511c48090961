import Foundation
import JixiaoClient
import JixiaoJournal
import Testing

/// The state directory is held against its manifest: a listed segment that is missing or
/// damaged refuses the start and fails `--verify`, naming the file and the records lost,
/// until the operator accepts the loss; numbering then never reuses an acknowledged sequence.
@Suite struct ManifestTests {
    /// A daemon with 16 records, a snapshot at 16, then records 17–21 in a second segment,
    /// stopped cleanly.
    private func snapshottedDaemon(snapshotsAt points: [Int] = [16], records: Int = 21) throws -> DaemonProcess {
        let config = try SnapshotTests.config(["snapshot_every = 0"])
        let daemon = try DaemonProcess(arguments: ["--config", config])
        let connection = try daemon.connect()
        #expect(try connection.request("UNIT CREATE u name=单位").isOK)
        #expect(try connection.request("YEAR CREATE u 2024").isOK)
        for index in 3...records {
            #expect(try connection.request("PROJECT CREATE u 2024 p\(index) name=项目\(index)").isOK)
            if points.contains(index) {
                #expect(try connection.request("SNAPSHOT").statusLine.hasPrefix("OK seq=\(index)"))
            }
        }
        daemon.stop()
        return daemon
    }

    private func remove(_ file: String, in daemon: DaemonProcess) throws {
        try FileManager.default.removeItem(atPath: daemon.stateDirectory + "/" + file)
    }

    private static func segment(_ first: Int64) -> String { "journal/" + StateDirectory.segmentName(startingAt: first) }

    @Test func theNewestSegmentDeletedRefusesTheStartAndAcceptingNeverReusesASequence() throws {
        let daemon = try snapshottedDaemon()
        try remove(Self.segment(17), in: daemon)

        #expect(try daemon.runExpectingExit() != 0)
        #expect(daemon.log.contains("\(Self.segment(17)) is missing (records 17–21 lost)"), "\(daemon.log)")
        let verify = try ClientRun.jixiaodVerify(daemon.stateDirectory)
        #expect(verify.status == 1)
        #expect(verify.output.contains("DAMAGED"))
        #expect(verify.output.contains("\(Self.segment(17)) is missing: records 17–21 lost"), "\(verify.output)")
    }

    @Test func acceptingALostNewestSegmentServesTheRestAndNumbersAfterIt() throws {
        let daemon = try snapshottedDaemon()
        try remove(Self.segment(17), in: daemon)
        let accepting = try DaemonProcess.restart(daemon, arguments: ["--accept-loss"])
        let connection = try accepting.connect()
        #expect(try connection.request("PROJECT LIST u 2024").rowLines.count == 14)
        #expect(try connection.request("PROJECT CREATE u 2024 after name=之后").statusLine == "OK seq=22")
        #expect(accepting.log.contains("--accept-loss"))
        #expect(try connection.request("AT SEQ 18 PROJECT LIST u 2024").error?.code == "NOT_FOUND")
        #expect(try connection.request("AT SEQ 10 PROJECT LIST u 2024").isOK)
        #expect(try connection.request("HISTORY u").error?.code == "NOT_FOUND")
        #expect(try connection.request("BACKUP").isOK)
        accepting.stop()
        // The loss is recorded: the next start needs no flag, and --verify says what is gone.
        let again = try DaemonProcess.restart(daemon, arguments: [])
        #expect(try again.connect().request("PROJECT CREATE u 2024 later name=再后").statusLine == "OK seq=23")
        again.stop()
        let verify = try ClientRun.jixiaodVerify(daemon.stateDirectory)
        #expect(verify.status == 0, "\(verify.output)")
        #expect(verify.output.contains("records 17–21 (accepted as lost"), "\(verify.output)")
    }

    @Test func aMiddleSegmentDeletedRefusesTheStartNamingItsRecords() throws {
        let daemon = try snapshottedDaemon(snapshotsAt: [8, 16])
        try remove(Self.segment(9), in: daemon)
        #expect(try daemon.runExpectingExit() != 0)
        #expect(daemon.log.contains("\(Self.segment(9)) is missing (records 9–16 lost)"), "\(daemon.log)")
        let verify = try ClientRun.jixiaodVerify(daemon.stateDirectory)
        #expect(verify.status == 1)
        #expect(verify.output.contains("\(Self.segment(9)) is missing: records 9–16 lost"), "\(verify.output)")
    }

    @Test func aDeletedFirstSegmentIsNotTakenForRetention() throws {
        let daemon = try snapshottedDaemon()
        try remove(Self.segment(1), in: daemon)
        #expect(try daemon.runExpectingExit() != 0)
        #expect(daemon.log.contains("\(Self.segment(1)) is missing (records 1–16 lost)"), "\(daemon.log)")
        let verify = try ClientRun.jixiaodVerify(daemon.stateDirectory)
        #expect(verify.status == 1, "\(verify.output)")
        #expect(verify.output.contains("\(Self.segment(1)) is missing: records 1–16 lost"), "\(verify.output)")
    }

    @Test func aFlippedByteInTheFirstSegmentNamesTheOneRecordLost() throws {
        let daemon = try snapshottedDaemon()
        let file = daemon.stateDirectory + "/" + Self.segment(1)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        let text = String(decoding: bytes, as: UTF8.self)
        let target = try #require(text.range(of: "name=项目5")).lowerBound
        bytes[text.utf8.distance(from: text.startIndex, to: target)] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: file))

        #expect(try daemon.runExpectingExit() != 0)
        #expect(daemon.log.contains("\(Self.segment(1)) is damaged"), "\(daemon.log)")
        #expect(daemon.log.contains("record 5 lost"), "\(daemon.log)")
        let verify = try ClientRun.jixiaodVerify(daemon.stateDirectory)
        #expect(verify.status == 1)
        #expect(verify.output.contains("record 5 lost"), "\(verify.output)")

        let accepting = try DaemonProcess.restart(daemon, arguments: ["--accept-loss"])
        let connection = try accepting.connect()
        // The model is whole (the snapshot at 16 holds it); only the past around record 5 is gone.
        #expect(try connection.request("PROJECT LIST u 2024").rowLines.count == 19)
        #expect(try connection.request("AT SEQ 4 PROJECT LIST u 2024").isOK)
        #expect(try connection.request("AT SEQ 5 PROJECT LIST u 2024").error?.code == "NOT_FOUND")
        #expect(try connection.request("AT SEQ 10 PROJECT LIST u 2024").error?.code == "NOT_FOUND")
        #expect(try connection.request("HISTORY u").error?.code == "NOT_FOUND")
        #expect(try connection.request("PROJECT CREATE u 2024 after name=之后").statusLine == "OK seq=22")
    }

    @Test func aStateDirectoryWithoutAManifestOpensAndGetsOne() throws {
        let daemon = try snapshottedDaemon()
        try remove("manifest", in: daemon)
        let again = try DaemonProcess.restart(daemon, arguments: [])
        #expect(try again.connect().request("PROJECT CREATE u 2024 after name=之后").statusLine == "OK seq=22")
        #expect(FileManager.default.fileExists(atPath: daemon.stateDirectory + "/manifest"))
        #expect(again.log.contains("wrote its manifest"))
        again.stop()
        try remove(Self.segment(17), in: daemon)
        #expect(try daemon.runExpectingExit() != 0)
        #expect(daemon.log.contains("records 17–22 lost"), "\(daemon.log)")
    }

    @Test func acceptingDamageInTheOpenSegmentKeepsTheRecordsBeforeItAndNumbersAfterTheLast() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        #expect(try connection.request("UNIT CREATE u name=单位").isOK)
        #expect(try connection.request("YEAR CREATE u 2024").isOK)
        for index in 3...6 {
            #expect(try connection.request("PROJECT CREATE u 2024 p\(index) name=项目\(index)").isOK)
        }
        daemon.stop()
        let file = daemon.stateDirectory + "/" + Self.segment(1)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        let text = String(decoding: bytes, as: UTF8.self)
        let target = try #require(text.range(of: "name=项目4")).lowerBound
        bytes[text.utf8.distance(from: text.startIndex, to: target)] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: file))
        #expect(try daemon.runExpectingExit() != 0)
        #expect(daemon.log.contains("checksum mismatch in record 4"), "\(daemon.log)")

        let accepting = try DaemonProcess.restart(daemon, arguments: ["--accept-loss"])
        #expect(
            accepting.log.contains("records 4–6 lost") || accepting.log.contains("record 4 lost"),
            "\(accepting.log)"
        )
        let again = try accepting.connect()
        #expect(try again.request("PROJECT LIST u 2024").rowLines.count == 1, "records 1–3 are kept")
        #expect(try again.request("PROJECT CREATE u 2024 after name=之后").statusLine == "OK seq=7")
        #expect(
            FileManager.default.fileExists(
                atPath: daemon.stateDirectory + "/lost/" + StateDirectory.segmentName(startingAt: 1)
            )
        )
    }
}
