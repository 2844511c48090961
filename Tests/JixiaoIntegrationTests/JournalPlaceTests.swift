import Foundation
import JixiaoClient
import JixiaoJournal
import Synchronization
import Testing

/// The writer holds its segment and folder by descriptor and checks them before every sync:
/// a journal removed under a running daemon, a failed segment roll or a failed snapshot is a
/// storage fault (read-only, `ERR STORAGE`), never an acknowledgement of a write without a
/// file; and a second daemon cannot take the path while the first runs.
@Suite struct JournalPlaceTests {
    private static func project(_ index: Int) -> String { "PROJECT CREATE u 2024 p\(index) name=项目\(index)" }

    private func started() throws -> (DaemonProcess, ClientConnection) {
        let config = try SnapshotTests.config(["snapshot_every = 0"])
        let daemon = try DaemonProcess(arguments: ["--config", config])
        let connection = try daemon.connect()
        #expect(try connection.request("UNIT CREATE u name=单位").isOK)
        #expect(try connection.request("YEAR CREATE u 2024").isOK)
        #expect(try connection.request(Self.project(3)).statusLine == "OK seq=3")
        return (daemon, connection)
    }

    private func expectReadOnly(_ daemon: DaemonProcess, _ connection: ClientConnection) throws {
        let refused = try connection.request(Self.project(99))
        #expect(refused.statusLine.hasPrefix("ERR STORAGE"), "\(refused.statusLine)")
        #expect(try connection.request("STATUS").cells.contains(["mode", "read-only"]))
        #expect(daemon.log.contains("STORAGE FAULT"))
        #expect(try connection.request("PROJECT LIST u 2024").rowLines.count == 1, "reads go on")
    }

    @Test func theJournalFolderRemovedUnderARunningDaemonTurnsItReadOnly() throws {
        let (daemon, connection) = try started()
        try FileManager.default.removeItem(atPath: daemon.stateDirectory + "/journal")
        let reply = try connection.request(Self.project(4))
        #expect(reply.statusLine.hasPrefix("ERR STORAGE"), "never OK for a write without a file: \(reply.statusLine)")
        try expectReadOnly(daemon, connection)
        #expect(daemon.log.contains("gone from under the daemon"), "\(daemon.log)")
        daemon.stop()
        // The records acknowledged before are gone with the folder: the start says so.
        #expect(try daemon.runExpectingExit() != 0)
        #expect(daemon.log.contains("journal/00000000000000000001.jxj is missing (records 1–3 lost)"), "\(daemon.log)")
    }

    @Test func anIdleDaemonWhoseJournalWasRemovedSaysItIsReadOnly() throws {
        let (daemon, connection) = try started()
        try FileManager.default.removeItem(atPath: daemon.stateDirectory + "/journal")
        let status = try connection.request("STATUS").cells
        #expect(status.contains(["mode", "read-only"]), "\(status)")
        #expect(daemon.log.contains("STORAGE FAULT"))
        #expect(try connection.request(Self.project(4)).statusLine.hasPrefix("ERR STORAGE"))
    }

    @Test func aFailedSegmentRollTurnsTheDaemonReadOnly() throws {
        let (daemon, connection) = try started()
        // The segment the snapshot would start is taken already.
        let next = daemon.stateDirectory + "/journal/" + StateDirectory.segmentName(startingAt: 4)
        #expect(FileManager.default.createFile(atPath: next, contents: Data()))
        #expect(try connection.request("SNAPSHOT").statusLine.hasPrefix("ERR STORAGE"))
        try expectReadOnly(daemon, connection)
    }

    @Test func aFailedSnapshotTurnsTheDaemonReadOnly() throws {
        let (daemon, connection) = try started()
        let snapshots = daemon.stateDirectory + "/snapshots"
        try FileManager.default.removeItem(atPath: snapshots)
        #expect(FileManager.default.createFile(atPath: snapshots, contents: Data("not a folder".utf8)))
        #expect(try connection.request("SNAPSHOT").statusLine.hasPrefix("ERR STORAGE"))
        try expectReadOnly(daemon, connection)
    }

    @Test func aSecondDaemonCannotTakeTheRemovedStateDirectoryWhileTheFirstRuns() throws {
        let (daemon, connection) = try started()
        try FileManager.default.removeItem(atPath: daemon.stateDirectory)
        let second = Process()
        second.executableURL = TestEnvironment.binDirectory.appendingPathComponent("jixiaod")
        second.arguments = [
            "--socket", daemon.scratch.appendingPathComponent("second.sock").path, "--state-dir", daemon.stateDirectory,
        ]
        let errors = Pipe()
        second.standardError = errors
        second.standardOutput = errors
        try second.run()
        let deadline = Date().addingTimeInterval(15)
        while second.isRunning, Date() < deadline { usleep(20_000) }
        if second.isRunning { second.terminate() }
        second.waitUntilExit()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(second.terminationStatus != 0)
        #expect(output.contains("in use by another jixiaod"), "\(output)")
        #expect(try connection.request("PING").isOK, "the first daemon runs on")
    }
}

extension JournalPlaceTests {
    /// Under load: once the folder is gone, no request sent after that is acknowledged.
    @Test func noWriteSentAfterTheJournalFolderIsRemovedIsAcknowledged() throws {
        let (daemon, _) = try started()
        let socket = daemon.socketPath
        let removed = Mutex(false)
        let violations = Mutex<[String]>([])
        let group = DispatchGroup()
        for writer in 0..<4 {
            DispatchQueue.global().async(group: group) {
                guard let connection = try? ClientConnection(socketPath: socket) else { return }
                for index in 0..<200 {
                    let sentAfterRemoval = removed.withLock { $0 }
                    let line = "PROJECT CREATE u 2024 w\(writer)x\(index) name=并发\(index)"
                    guard let reply = try? connection.request(line) else { return }
                    if sentAfterRemoval, reply.isOK {
                        violations.withLock { $0.append("\(line): \(reply.statusLine)") }
                    }
                    if sentAfterRemoval, !reply.isOK { return }
                }
            }
        }
        usleep(100_000)
        try FileManager.default.removeItem(atPath: daemon.stateDirectory + "/journal")
        removed.withLock { $0 = true }
        group.wait()
        #expect(violations.withLock { $0 }.isEmpty, "\(violations.withLock { $0 })")
        #expect(daemon.log.contains("STORAGE FAULT"))
    }
}
