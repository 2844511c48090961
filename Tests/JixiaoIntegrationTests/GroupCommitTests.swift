import Foundation
import JixiaoClient
import Testing

/// Concurrent writers share journal syncs, and `--fsync batch` survives a daemon crash.
@Suite struct GroupCommitTests {
    private func values(_ connection: ClientConnection) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try connection.request("STATUS").cells.map { ($0[0], $0[1]) })
    }

    @Test func concurrentWritersShareSyncsAndEveryChangeIsAcknowledgedOnce() throws {
        let daemon = try DaemonProcess()
        let setup = try daemon.connect()
        #expect(try setup.request("UNIT CREATE hongjiang name=洪江市医疗保障局").isOK)
        #expect(try setup.request("YEAR CREATE hongjiang 2024").isOK)
        let socket = daemon.socketPath
        let failures = CrashTests.Ledger()
        // A thread per writer: `concurrentPerform` runs only as many at once as there are
        // cores (two here), and two writers taking turns need not share a sync: each change
        // arrives while the other's sync runs, and its own sync starts at once.
        let writers = DispatchGroup()
        for writer in 0..<16 {
            writers.enter()
            Thread.detachNewThread {
                defer { writers.leave() }
                guard let connection = try? ClientConnection(socketPath: socket) else {
                    failures.acknowledge("connect \(writer)")
                    return
                }
                for index in 0..<25 {
                    let reply = try? connection.request("PROJECT CREATE hongjiang 2024 w\(writer)i\(index) name=项目")
                    if reply?.isOK != true { failures.acknowledge("w\(writer)i\(index)") }
                }
            }
        }
        writers.wait()
        #expect(failures.snapshot.acknowledged.isEmpty)
        let status = try values(setup)
        #expect(status["journal_seq"] == "402")
        let syncs = try #require(Int(status["journal_syncs"] ?? ""))
        #expect(syncs < 402, "16 concurrent writers never shared a sync")
        #expect(try setup.request("PROJECT LIST hongjiang 2024").rowLines.count == 400)
    }

    @Test func batchModeLosesNothingWhenOnlyTheDaemonDies() throws {
        let daemon = try DaemonProcess(arguments: ["--fsync", "batch", "--fsync-delay", "200"])
        let connection = try daemon.connect()
        #expect(try connection.request("UNIT CREATE hongjiang name=洪江市医疗保障局").isOK)
        #expect(try connection.request("YEAR CREATE hongjiang 2024").isOK)
        for index in 0..<30 {
            #expect(try connection.request("PROJECT CREATE hongjiang 2024 p\(index) name=项目").isOK)
        }
        let before = try stateSnapshot(connection)
        daemon.stop(signal: SIGKILL)
        try daemon.start()
        #expect(try stateSnapshot(try daemon.connect()) == before)
        #expect(daemon.log.contains("fsync=batch (200 ms)"))
    }
}
