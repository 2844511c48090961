import Foundation
import JixiaoClient
import Testing

/// `jixiaod --verify DIR` checks a state directory without serving and without changing it.
@Suite struct VerifyTests {
    @Test func aSoundJournalVerifiesBesideTheRunningDaemon() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        #expect(try connection.request("UNIT CREATE hongjiang name=洪江市医疗保障局").isOK)
        #expect(try connection.request("YEAR CREATE hongjiang 2024").isOK)
        let run = try ClientRun.jixiaodVerify(daemon.stateDirectory)
        #expect(run.status == 0)
        #expect(
            run.output
                == "jixiaod --verify \(daemon.stateDirectory): OK: 1 segment(s), 2 record(s), last sequence 2, 1 unit(s)\n"
        )
    }

    @Test func aTornTailIsReportedAndLeftAlone() throws {
        let daemon = try DaemonProcess()
        #expect(try daemon.connect().request("UNIT CREATE hongjiang name=洪江市医疗保障局").isOK)
        daemon.stop(signal: SIGKILL)
        let journal = try #require(daemon.journalFiles.last)
        let handle = try FileHandle(forWritingTo: journal)
        handle.seekToEndOfFile()
        handle.write(Data("@2 2026-11-23T10:00:00.000Z root 1 00".utf8))
        try handle.close()
        let damaged = try Data(contentsOf: journal)

        let run = try ClientRun.jixiaodVerify(daemon.stateDirectory)
        #expect(run.status == 0)
        #expect(run.output.contains("OK: 1 segment(s), 1 record(s)"))
        #expect(run.output.contains("note: 00000000000000000001.jxj ends in a torn record"))
        #expect(try Data(contentsOf: journal) == damaged, "verify changes nothing")
    }

    @Test func aFlippedByteFailsWithTheOffset() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        #expect(try connection.request("UNIT CREATE hongjiang name=洪江市医疗保障局").isOK)
        #expect(try connection.request("UNIT CREATE jicha name=稽查").isOK)
        daemon.stop()
        let journal = try #require(daemon.journalFiles.last)
        var bytes = try Data(contentsOf: journal)
        let text = String(decoding: bytes, as: UTF8.self)
        let target = try #require(text.range(of: "hongjiang name=")).upperBound
        bytes[text.utf8.distance(from: text.startIndex, to: target)] ^= 0x01
        try bytes.write(to: journal)

        let run = try ClientRun.jixiaodVerify(daemon.stateDirectory)
        #expect(run.status == 1)
        #expect(run.output.contains("DAMAGED"))
        #expect(run.output.contains("damaged at byte offset 0"))
    }
}
