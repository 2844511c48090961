import Foundation
import JixiaoClient
import JixiaoProtocol
import Testing

/// `WATCH`: one connection watches while another makes changes; every committed change
/// arrives once, in journal order, and a watcher that reconnects resumes exactly.
@Suite struct WatchTests {
    /// A daemon with unit `u` (year 2024, project `p`) and unit `v` (year 2024, project `q`).
    private func daemonWithTwoUnits(arguments: [String] = []) throws -> DaemonProcess {
        let daemon = try DaemonProcess(arguments: arguments)
        let setup = try daemon.connect()
        for line in [
            "UNIT CREATE u name=单位", "YEAR CREATE u 2024", "PROJECT CREATE u 2024 p name=项目",
            "UNIT CREATE v name=另一单位", "YEAR CREATE v 2024", "PROJECT CREATE v 2024 q name=项目",
        ] {
            #expect(try setup.request(line).isOK, "\(line)")
        }
        return daemon
    }

    /// Starts a watch on a raw socket and returns the sequence it registered at.
    private func watch(_ socket: RawSocket, _ line: String) throws -> Int64 {
        socket.transmit(line + "\n")
        let reply = try #require(socket.readLine(), "no reply to \(line)")
        #expect(reply.hasPrefix("OK WATCHING seq="), "\(reply)")
        return try #require(Int64(reply.dropFirst("OK WATCHING seq=".count)))
    }

    private func events(_ socket: RawSocket, count: Int) -> [WatchEvent] {
        var events: [WatchEvent] = []
        while events.count < count, let line = socket.readLine(timeout: 20) {
            if let event = WatchEvent(line: line) { events.append(event) }
        }
        return events
    }

    /// Makes `count` changes to project `p` on its own connection and thread.
    private func write(_ count: Int, from first: Int = 1, socket: String) -> Thread {
        let thread = Thread {
            guard let writer = try? ClientConnection(socketPath: socket) else { return }
            for index in first..<(first + count) {
                _ = try? writer.request("PROJECT UPDATE u 2024 p executed=\(index)元")
            }
        }
        thread.start()
        return thread
    }

    @Test func aWatcherSeesAThousandChangesMadeByAnotherConnectionInOrder() throws {
        let daemon = try daemonWithTwoUnits()
        let watcher = try RawSocket(daemon.socketPath)
        let start = try watch(watcher, "WATCH")
        _ = write(1000, socket: daemon.socketPath)
        let received = events(watcher, count: 1000)
        #expect(received.count == 1000)
        #expect(received.map(\.sequence) == Array((start + 1)...(start + 1000)))
        #expect(received.map(\.change) == (1...1000).map { "PROJECT UPDATE u 2024 p executed=\($0)元" })
        #expect(received.allSatisfy { $0.object == "u/2024/p" && $0.line == 1 && $0.lines == 1 })
        let user = try daemon.connect().request("HELLO").statusLine.split(separator: " ")
            .first { $0.hasPrefix("user=") }.map { String($0.dropFirst(5)) }
        #expect(received.first?.author == user)
    }

    @Test func aWatcherThatDisconnectsAtFourHundredResumesWithExactlyTheRest() throws {
        let daemon = try daemonWithTwoUnits()
        var first: RawSocket? = try RawSocket(daemon.socketPath)
        let start = try watch(first!, "WATCH u")
        let writer = write(1000, socket: daemon.socketPath)
        let seen = events(first!, count: 400)
        #expect(seen.count == 400)
        first = nil  // disconnects while the writer goes on
        let last = try #require(seen.last?.sequence)
        #expect(last == start + 400)
        let second = try RawSocket(daemon.socketPath)
        _ = try watch(second, "WATCH u from=\(last)")
        let rest = events(second, count: 600)
        #expect(rest.map(\.sequence) == Array((start + 401)...(start + 1000)))
        #expect(rest.map(\.change) == (401...1000).map { "PROJECT UPDATE u 2024 p executed=\($0)元" })
        while !writer.isFinished { usleep(10_000) }
        second.transmit("PING\n")
        #expect(second.readLine() == "OK PONG", "nothing after change 1000")
    }

    @Test func aScopedWatchSeesOnlyItsScopeAndUnwatchEndsIt() throws {
        let daemon = try daemonWithTwoUnits()
        let watcher = try RawSocket(daemon.socketPath)
        _ = try watch(watcher, "WATCH v 2024")
        let writer = try daemon.connect()
        for line in [
            "PROJECT UPDATE u 2024 p executed=1元", "PROJECT UPDATE v 2024 q executed=2元",
            "LINE SET u 2024 dept income executed=3万元",
            "INDICATOR CREATE v 2024 q x level1=产出指标 level2=数量指标 name=次数 target=≥2次",
            "YEAR CREATE v 2025", "PAYMENT ADD v 2024 dept date=2024-03-01 amount=1万元",
        ] {
            #expect(try writer.request(line).isOK, "\(line)")
        }
        let received = events(watcher, count: 3)
        #expect(received.map(\.object) == ["v/2024/q", "v/2024/q/indicator/x", "v/2024/dept"])
        watcher.transmit("PROJECT LIST v 2024\n")
        #expect(watcher.readLine()?.hasPrefix("ERR BAD_ARGUMENT this connection is watching") == true)
        watcher.transmit("UNWATCH\n")
        #expect(watcher.readLine() == "OK UNWATCHED")
        #expect(try writer.request("PROJECT UPDATE v 2024 q executed=4元").isOK)
        watcher.transmit("PING\n")
        #expect(watcher.readLine() == "OK PONG", "no event after UNWATCH")
    }

    @Test func aTransactionArrivesAsOneSequenceWithItsLinesInScopeNumbered() throws {
        let daemon = try daemonWithTwoUnits()
        let watcher = try RawSocket(daemon.socketPath)
        let start = try watch(watcher, "WATCH u")
        let writer = try daemon.connect()
        for line in [
            "BEGIN", "PROJECT UPDATE u 2024 p executed=1元", "PROJECT UPDATE v 2024 q executed=2元",
            "LINE SET u 2024 dept income executed=3万元", "COMMIT",
        ] {
            #expect(try writer.request(line).isOK, "\(line)")
        }
        let received = events(watcher, count: 2)
        #expect(received.map(\.sequence) == [start + 1, start + 1])
        #expect(received.map { "\($0.line)/\($0.lines)" } == ["1/2", "2/2"])
        #expect(received.map(\.object) == ["u/2024/p", "u/2024/dept/line/income"])
        // Read back from the journal, the same record gives the same events.
        let again = try RawSocket(daemon.socketPath)
        _ = try watch(again, "WATCH u from=\(start)")
        #expect(events(again, count: 2) == received)
    }

    @Test func aWatcherFromZeroGetsTheWholeJournalThenLiveChanges() throws {
        let daemon = try daemonWithTwoUnits()
        let watcher = try RawSocket(daemon.socketPath)
        let start = try watch(watcher, "WATCH from=0")
        #expect(start == 6)
        _ = write(5, socket: daemon.socketPath)
        let received = events(watcher, count: 11)
        #expect(received.map(\.sequence) == Array(1...11))
        #expect(received.first?.change == "UNIT CREATE u name=单位")
        watcher.transmit("WATCH from=99\n")
        #expect(watcher.readLine()?.hasPrefix("ERR BAD_ARGUMENT") == true, "one watch per connection")
    }

    @Test func aWatcherThatStopsReadingIsDroppedWithWhereToResume() throws {
        let daemon = try daemonWithTwoUnits(arguments: ["--fsync", "batch", "--fsync-delay", "1"])
        let watcher = try RawSocket(daemon.socketPath)
        let start = try watch(watcher, "WATCH u")
        let writer = write(16_000, socket: daemon.socketPath)
        while !writer.isFinished { usleep(50_000) }
        var lines: [String] = []
        while let line = watcher.readLine(timeout: 5) { lines.append(line) }
        let last = try #require(lines.last)
        #expect(last.hasPrefix("ERR LIMIT this watcher fell 10000 records behind"), "\(last)")
        let events = lines.compactMap(WatchEvent.init(line:))
        // The setup's last record (6, unit v's project) is out of scope, and under
        // `--fsync batch` it may not have been durable when the watch registered (start 5):
        // either way the events begin at the writer's first change, 7, with no gap.
        #expect(start == 5 || start == 6)
        #expect(events.map(\.sequence) == Array(7..<(7 + Int64(events.count))))
        #expect(last.hasSuffix("from=\(6 + Int64(events.count))"))
        #expect(watcher.closedByPeer(within: 5))
    }

    @Test func aQuietWatchOutlivesTheIdleTimeoutAndUnwatchRestoresIt() throws {
        let folder = try TestEnvironment.makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("jixiao.conf").path
        try "idle_timeout = 1\n".write(toFile: file, atomically: true, encoding: .utf8)
        let daemon = try DaemonProcess(arguments: ["--config", file])
        let watcher = try RawSocket(daemon.socketPath)
        _ = try watch(watcher, "WATCH")
        usleep(2_500_000)
        watcher.transmit("PING\n")
        #expect(watcher.readLine() == "OK PONG", "a watcher sends nothing and is not idle for that")
        watcher.transmit("UNWATCH\n")
        #expect(watcher.readLine() == "OK UNWATCHED")
        #expect(watcher.readLine(timeout: 4)?.hasPrefix("ERR LIMIT no complete request") == true)
    }

    @Test func jixiaoWatchResumesAcrossADaemonRestart() throws {
        let daemon = try daemonWithTwoUnits()
        let process = Process()
        process.executableURL = TestEnvironment.binDirectory.appendingPathComponent("jixiao")
        process.arguments = ["watch", "u", "--from", "6", "--count", "20", "--socket", daemon.socketPath]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let writer = try daemon.connect()
        for index in 1...10 { #expect(try writer.request("PROJECT UPDATE u 2024 p executed=\(index)元").isOK) }
        usleep(300_000)
        daemon.stop()
        try daemon.start()
        let again = try daemon.connect()
        for index in 11...20 { #expect(try again.request("PROJECT UPDATE u 2024 p executed=\(index)元").isOK) }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let rows = text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.map { $0[0] } == (7...26).map(String.init), "seq 7–26, each once")
        #expect(rows.map { $0.last ?? "" } == (1...20).map { "PROJECT UPDATE u 2024 p executed=\($0)元" })
    }
}
