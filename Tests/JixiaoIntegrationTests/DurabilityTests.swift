import Foundation
import JixiaoClient
import Testing

/// Every acknowledged change survives the daemon's death; damage is handled as promised.
@Suite struct DurabilityTests {
    /// Makes `count` acknowledged changes: a unit, a year and projects.
    private func makeChanges(_ connection: ClientConnection, count: Int) throws {
        #expect(try connection.request("UNIT CREATE hongjiang name=洪江市医疗保障局").isOK)
        #expect(try connection.request("YEAR CREATE hongjiang 2024").isOK)
        for index in 0..<(count - 2) {
            let reply = try connection.request(
                "PROJECT CREATE hongjiang 2024 p\(index) name=\"项目 \(index)\" budget_initial=\(index).5万元 executed=\(index)元"
            )
            // The checker's findings about the change may follow as rows (`OK seq=N rows=K`).
            #expect(reply.statusLine.split(separator: " ").prefix(2) == ["OK", "seq=\(index + 3)"])
        }
    }

    @Test func everyAcknowledgedChangeSurvivesKill9() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        try makeChanges(connection, count: 300)
        let before = try stateSnapshot(connection)
        daemon.stop(signal: SIGKILL)

        try daemon.start()
        let after = try stateSnapshot(try daemon.connect())
        #expect(after == before)
        #expect(try daemon.connect().request("PROJECT LIST hongjiang 2024").rowLines.count == 298)
        #expect(daemon.log.contains("journal.records=300"))
    }

    @Test func sigtermExitsZeroRemovesTheSocketAndKeepsState() throws {
        let daemon = try DaemonProcess()
        try makeChanges(try daemon.connect(), count: 10)
        let before = try stateSnapshot(try daemon.connect())
        #expect(daemon.stop(signal: SIGTERM) == 0)
        #expect(!FileManager.default.fileExists(atPath: daemon.socketPath))
        #expect(daemon.log.contains("stopped"))

        try daemon.start()
        #expect(try stateSnapshot(try daemon.connect()) == before)
    }

    @Test func aTornLastRecordIsCutWithALogLineAndWritingGoesOn() throws {
        let daemon = try DaemonProcess()
        try makeChanges(try daemon.connect(), count: 5)
        let before = try stateSnapshot(try daemon.connect())
        daemon.stop(signal: SIGKILL)

        // A crash in the middle of appending record 6: half its bytes reached the disk.
        let journal = try #require(daemon.journalFiles.last)
        let handle = try FileHandle(forWritingTo: journal)
        handle.seekToEndOfFile()
        handle.write(Data("@6 2026-11-23T10:00:00.000Z root 1 0000".utf8))
        try handle.close()
        let damagedSize = try FileManager.default.attributesOfItem(atPath: journal.path)[.size] as! Int

        try daemon.start()
        #expect(daemon.log.contains("cut a torn last record"))
        #expect(try stateSnapshot(try daemon.connect()) == before)
        let size = try FileManager.default.attributesOfItem(atPath: journal.path)[.size] as! Int
        #expect(size < damagedSize)

        #expect(try daemon.connect().request("PROJECT CREATE hongjiang 2024 after name=之后").statusLine == "OK seq=6")
        daemon.stop(signal: SIGKILL)
        try daemon.start()
        #expect(try daemon.connect().request("PROJECT GET hongjiang 2024 after").cells.first?[3] == "之后")
    }

    @Test func aFlippedByteInTheMiddleRefusesToStartAndNamesTheOffset() throws {
        let daemon = try DaemonProcess()
        try makeChanges(try daemon.connect(), count: 6)
        #expect(daemon.stop() == 0)

        let journal = try #require(daemon.journalFiles.last)
        var bytes = try Data(contentsOf: journal)
        let text = String(decoding: bytes, as: UTF8.self)
        // Damage record 3 (the first project): flip one bit of its name.
        let recordStart = try #require(text.range(of: "@3 ")).lowerBound
        let recordOffset = text.utf8.distance(from: text.startIndex, to: recordStart)
        let target = try #require(text.range(of: "p0 name=")).upperBound
        let targetOffset = text.utf8.distance(from: text.startIndex, to: target)
        bytes[targetOffset] ^= 0x01
        try bytes.write(to: journal)

        let status = try daemon.runExpectingExit()
        #expect(status != 0)
        #expect(daemon.log.contains("damaged at byte offset \(recordOffset)"))
        #expect(daemon.log.contains("00000000000000000001.jxj"))
        #expect(try Data(contentsOf: journal) == bytes, "the damaged journal is left as it was")
    }

    @Test func aSecondDaemonOnTheSameSocketRefusesToStart() throws {
        let first = try DaemonProcess()
        let second = Process()
        second.executableURL = TestEnvironment.binDirectory.appendingPathComponent("jixiaod")
        let otherState = first.scratch.appendingPathComponent("other").path
        second.arguments = ["--socket", first.socketPath, "--state-dir", otherState]
        let errors = Pipe()
        second.standardError = errors
        try second.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        second.waitUntilExit()
        #expect(second.terminationStatus != 0)
        #expect(message.contains("already listening on \(first.socketPath)"))
        #expect(try first.connect().request("PING").statusLine == "OK PONG")
    }

    @Test func aStaleSocketFileIsReplaced() throws {
        let daemon = try DaemonProcess()
        daemon.stop(signal: SIGKILL)
        #expect(FileManager.default.fileExists(atPath: daemon.socketPath), "kill -9 leaves the socket file")
        try daemon.start()
        #expect(try daemon.connect().request("PING").statusLine == "OK PONG")
    }

    @Test func theSocketIsCreatedWithMode0660() throws {
        let daemon = try DaemonProcess()
        let attributes = try FileManager.default.attributesOfItem(atPath: daemon.socketPath)
        #expect((attributes[.posixPermissions] as? Int) == 0o660)
    }

    @Test func twoDaemonsCannotShareAStateDirectory() throws {
        let first = try DaemonProcess()
        let second = Process()
        second.executableURL = TestEnvironment.binDirectory.appendingPathComponent("jixiaod")
        second.arguments = [
            "--socket", first.scratch.appendingPathComponent("other.sock").path, "--state-dir", first.stateDirectory,
        ]
        let errors = Pipe()
        second.standardError = errors
        try second.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        second.waitUntilExit()
        #expect(second.terminationStatus != 0)
        #expect(message.contains("in use by another jixiaod"))
    }
}
