import Foundation
import JixiaoClient
import JixiaoJournal
import Testing

/// The daemon's side of `Type=notify`, seen from a datagram socket set as `NOTIFY_SOCKET`,
/// as systemd sees it. Serialized: the timing checks must not compete with a 100,000-record
/// replay for the two cores.
@Suite(.serialized) struct NotifyTests {
    /// A daemon with a notify socket of its own.
    /// - Parameters:
    ///   - environment: added to the daemon's.
    ///   - arguments: the daemon's further arguments, given its scratch folder.
    ///   - prepare: runs on the scratch folder before the daemon starts.
    private func start(
        environment: [String: String] = [:],
        arguments: (URL) -> [String] = { _ in [] },
        prepare: (URL) throws -> Void = { _ in }
    ) throws -> (ServiceProcess, DatagramListener) {
        let scratch = try TestEnvironment.makeScratchDirectory()
        try prepare(scratch)
        let notify = try DatagramListener(path: scratch.appendingPathComponent("notify.sock").path)
        var environment = environment
        environment["NOTIFY_SOCKET"] = notify.path
        let service = try ServiceProcess(scratch: scratch, arguments: arguments(scratch), environment: environment)
        return (service, notify)
    }

    private func waitForReady(
        _ notify: DatagramListener,
        _ received: inout [DatagramListener.Datagram]
    ) throws
        -> DatagramListener.Datagram
    {
        try #require(notify.receive(until: { $0.text.hasPrefix("READY=1") }, timeout: .seconds(60), into: &received))
    }

    /// Writes a journal of `count` records: a unit, a year, a project, then updates.
    private func writeJournal(records count: Int, into state: URL) throws {
        let folder = state.appendingPathComponent("journal")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * 100)
        for sequence in 1...Int64(count) {
            let line =
                switch sequence {
                case 1: "UNIT CREATE big name=大单位"
                case 2: "YEAR CREATE big 2024"
                case 3: "PROJECT CREATE big 2024 p name=项目"
                default: "PROJECT UPDATE big 2024 p executed=\(sequence)元"
                }
            let timestamp = Timestamp(milliseconds: 1_795_000_000_000 + sequence)
            bytes += JournalRecord(sequence: sequence, timestamp: timestamp, author: "root", lines: [line]).encoded
        }
        try Data(bytes).write(to: folder.appendingPathComponent(StateDirectory.segmentName(startingAt: 1)))
    }

    @Test func readyComesOnlyOnceALargeJournalIsReplayedAndTheSocketAccepts() throws {
        let records = 100_000
        let started = ContinuousClock.now
        let (service, notify) = try start(prepare: { scratch in
            try writeJournal(records: records, into: scratch.appendingPathComponent("state"))
        })
        var received: [DatagramListener.Datagram] = []
        let ready = try waitForReady(notify, &received)
        // At the moment READY=1 arrives the replay is logged as done and the socket answers
        // at once, without a retry.
        #expect(service.log.contains("journal.records=\(records)"))
        let status = try ClientConnection(socketPath: service.socketPath).request("STATUS")
        #expect(status.cells.first { $0[0] == "journal_seq" }?[1] == "\(records)")
        #expect(
            received.map(\.text) == [
                "STATUS=Replaying the journal", "READY=1\nSTATUS=1 unit, \(records) records, 0 connections",
            ]
        )
        print(
            "replay of \(records) records took \(ready.arrived - received[0].arrived) (\(ready.arrived - started) from launch)"
        )
        service.signal(SIGTERM)
        #expect(service.waitForExit() == 0)
    }

    @Test func theWatchdogIsFedOnlyWhileTheExecutorMakesProgress() throws {
        let (service, notify) = try start(environment: ["WATCHDOG_USEC": "1000000"])
        var received: [DatagramListener.Datagram] = []
        _ = try waitForReady(notify, &received)

        // Healthy: a ping every quarter interval.
        let healthy = notify.receiveAll(until: .now + .milliseconds(1500)).filter { $0.text == "WATCHDOG=1" }
        #expect(healthy.count >= 4)
        // The watchdog service starts beside the one that sends READY=1, so its log line is
        // certain only once it has pinged.
        #expect(service.log.contains("watchdog armed"))
        let gaps = zip(healthy.dropFirst(), healthy).map { $0.arrived - $1.arrived }
        #expect(gaps.allSatisfy { $0 < .milliseconds(900) }, "gaps while healthy (systemd allows 1 s): \(gaps)")

        // Stalled for 3 s: no ping from shortly after the stall until it ends.
        let client = try ClientConnection(socketPath: service.socketPath)
        let stallStart = ContinuousClock.now
        try client.send(["DEBUG STALL 3"])
        let around = notify.receiveAll(until: stallStart + .milliseconds(4500)).filter { $0.text == "WATCHDOG=1" }
        let during = around.filter {
            $0.arrived > stallStart + .milliseconds(500) && $0.arrived < stallStart + .milliseconds(2900)
        }
        #expect(during.isEmpty, "WATCHDOG=1 while the executor was stalled: \(during.map { $0.arrived - stallStart })")
        #expect(around.contains { $0.arrived > stallStart + .seconds(3) }, "the pings did not resume after the stall")
        #expect(try client.readReply().statusLine == "OK STALLED seconds=3")
        service.signal(SIGTERM)
        #expect(service.waitForExit() == 0)
    }

    @Test func withoutWatchdogUSecThereAreNoPings() throws {
        let (service, notify) = try start()
        var received: [DatagramListener.Datagram] = []
        _ = try waitForReady(notify, &received)
        let later = notify.receiveAll(until: .now + .milliseconds(1200))
        #expect(!later.contains { $0.text.contains("WATCHDOG=1") })
        #expect(!service.log.contains("watchdog armed"))
    }

    @Test func theStatusLineFollowsChangesAndConnections() throws {
        let (service, notify) = try start()
        var received: [DatagramListener.Datagram] = []
        let ready = try waitForReady(notify, &received)
        #expect(ready.text == "READY=1\nSTATUS=0 units, 0 records, 0 connections")
        let client = try service.waitUntilAnswering()
        #expect(try client.request("UNIT CREATE hongjiang name=洪江市医疗保障局").statusLine == "OK seq=1")
        let updated = notify.receive(
            until: { $0.text == "STATUS=1 unit, 1 record, 1 connection" },
            timeout: .seconds(5),
            into: &received
        )
        #expect(updated != nil, "received: \(received.map(\.text))")
    }

    @Test func sigtermSendsStoppingBeforeTheDaemonExits() throws {
        let (service, notify) = try start()
        var received: [DatagramListener.Datagram] = []
        _ = try waitForReady(notify, &received)
        service.signal(SIGTERM)
        let stopping = notify.receive(
            until: { $0.text.hasPrefix("STOPPING=1") },
            timeout: .seconds(10),
            into: &received
        )
        #expect(stopping?.text == "STOPPING=1\nSTATUS=Shutting down: answering what is in flight")
        #expect(service.waitForExit() == 0)
        #expect(notify.receive(timeout: .milliseconds(200)) == nil, "nothing after STOPPING=1")
    }

    @Test func sighupReloadsTheFileBetweenReloadingAndReady() throws {
        let config: (URL) -> String = { $0.appendingPathComponent("jixiao.conf").path }
        let (reloading, reloadNotify) = try start(
            arguments: { ["--config", config($0)] },
            prepare: {
                try "log_level = info\nmax_line = 65536\n".write(toFile: config($0), atomically: true, encoding: .utf8)
            }
        )
        let configPath = config(reloading.scratch)
        var received: [DatagramListener.Datagram] = []
        _ = try waitForReady(reloadNotify, &received)
        let longPing = "PING" + String(repeating: " ", count: 3000)
        let before = try reloading.waitUntilAnswering()
        #expect(try before.request(longPing).statusLine == "OK PONG")
        #expect(!reloading.log.contains(" debug "), "no debug lines at log_level = info")

        try "log_level = debug\nmax_line = 2048\n".write(toFile: configPath, atomically: true, encoding: .utf8)
        received.removeAll()
        reloading.signal(SIGHUP)
        let done = reloadNotify.receive(until: { $0.text.hasPrefix("READY=1") }, timeout: .seconds(10), into: &received)
        #expect(done != nil)
        #expect(received.first?.text.hasPrefix("RELOADING=1\nMONOTONIC_USEC=") == true)
        #expect(received.first?.text.hasSuffix("\nSTATUS=Reloading the configuration") == true)
        #expect(reloading.log.contains("log_level=info -> debug max_line=65536 -> 2048"))

        let after = try ClientConnection(socketPath: reloading.socketPath)
        #expect(try after.request(longPing).error?.code == "LINE_TOO_LONG")
        #expect(try before.request(longPing).statusLine == "OK PONG", "an open connection keeps its limit")
        #expect(reloading.log.contains(" debug "), "debug lines after the reload")

        // A broken file changes nothing; the daemon says why and runs on.
        try "max_line = 2048\nmax_line = 4096\n".write(toFile: configPath, atomically: true, encoding: .utf8)
        received.removeAll()
        reloading.signal(SIGHUP)
        #expect(
            reloadNotify.receive(until: { $0.text.hasPrefix("READY=1") }, timeout: .seconds(10), into: &received) != nil
        )
        #expect(reloading.log.contains("configuration reload failed; keeping the running configuration"))
        #expect(reloading.log.contains("jixiao.conf:2: 'max_line' is set twice"))
        #expect(try ClientConnection(socketPath: reloading.socketPath).request(longPing).error?.code == "LINE_TOO_LONG")
        reloading.signal(SIGTERM)
        #expect(reloading.waitForExit() == 0)
    }
}
