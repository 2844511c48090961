import Foundation
import JixiaoClient
import Synchronization
import Testing

/// Clients that misbehave, on purpose or by accident, get a clear `ERR LIMIT` naming the
/// configuration key, or are closed; a well-behaved client meanwhile is answered as fast as
/// ever.
@Suite struct HostileClientTests {
    private func daemon(_ config: String, examples: Bool = false) throws -> DaemonProcess {
        let folder = try TestEnvironment.makeScratchDirectory()
        let file = folder.appendingPathComponent("jixiao.conf").path
        try config.write(toFile: file, atomically: true, encoding: .utf8)
        var arguments = ["--config", file]
        if examples {
            arguments += [
                "--load-if-empty", TestEnvironment.packageRoot.appendingPathComponent("Protocol/examples").path,
            ]
        }
        let daemon = try DaemonProcess(arguments: arguments)
        usleep(100_000)  // the start-up probe's connection is forgotten
        return daemon
    }

    /// How long each of `count` PINGs takes, in milliseconds, sorted.
    private func pingTimes(_ connection: ClientConnection, count: Int) throws -> [Double] {
        var times: [Double] = []
        for _ in 0..<count {
            let start = ContinuousClock.now
            #expect(try connection.request("PING").statusLine == "OK PONG")
            let elapsed = ContinuousClock.now - start
            times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
        }
        return times.sorted()
    }

    private func residentKilobytes(_ pid: Int32) -> Int {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    @Test(.timeLimit(.minutes(3)))
    func hostileClientsLeaveOthersAnsweredAtNormalSpeed() throws {
        let daemon = try daemon("max_connections = 64\nmax_connections_per_uid = 0\nidle_timeout = 3\n", examples: true)
        let path = daemon.socketPath
        let good = try daemon.connect()
        let baseline = try pingTimes(good, count: 300)
        let stop = Atomic<Bool>(false)
        let group = DispatchGroup()
        let notes = Mutex<[String]>([])
        func hostile(_ name: String, _ work: @escaping @Sendable () throws -> Void) {
            DispatchQueue.global().async(group: group) {
                do { try work() } catch { notes.withLock { $0.append("\(name): \(error)") } }
            }
        }
        hostile("10 MB line") {
            let socket = try RawSocket(path)
            let line = [UInt8](repeating: UInt8(ascii: "A"), count: 10 * 1024 * 1024) + [0x0A]
            socket.transmit(line)
            let reply = socket.readLine(timeout: 20) ?? "nothing"
            if !reply.hasPrefix("ERR LINE_TOO_LONG") { notes.withLock { $0.append("10 MB line: \(reply)") } }
        }
        hostile("idle connections") {
            let sockets = try (0..<30).map { _ in try RawSocket(path) }
            while !stop.load(ordering: .relaxed) { usleep(50_000) }
            _ = sockets
        }
        hostile("never reads") {
            // Pipelines large replies and never reads them: the daemon stops reading its
            // requests once its output is blocked, and closes it after idle_timeout.
            let socket = try RawSocket(path)
            let requests = Array(String(repeating: "EXPORT\n", count: 20_000).utf8)
            _ = socket.transmit(requests)
        }
        hostile("never reads its GETs") {
            // Plain GETs are answered in place by the batcher while the socket takes the
            // replies; once it does not, they go the request loop's way and reading stops
            // (7,000 lines fit the socket's buffer, their replies do not).
            let socket = try RawSocket(path)
            let requests = Array(String(repeating: "UNIT GET hongjiang\n", count: 7_000).utf8)
            _ = socket.transmit(requests)
        }
        hostile("byte at a time") {
            let socket = try RawSocket(path)
            while !stop.load(ordering: .relaxed) {
                for byte in "PING\n".utf8 {
                    socket.transmit([byte])
                    usleep(20_000)
                }
                if socket.readLine() != "OK PONG" { throw POSIXError(.EPROTO) }
            }
        }
        hostile("invalid UTF-8 and NUL bytes") {
            let socket = try RawSocket(path)
            while !stop.load(ordering: .relaxed) {
                socket.transmit([0x50, 0xFF, 0xFE, 0x0A, 0x50, 0x00, 0x49, 0x0A])
                guard socket.readLine()?.hasPrefix("ERR ENCODING") == true, socket.readLine()?.hasPrefix("ERR ") == true
                else { throw POSIXError(.EPROTO) }
            }
        }
        usleep(500_000)
        let during = try pingTimes(good, count: 300)
        let rss = residentKilobytes(daemon.process!.processIdentifier)
        stop.store(true, ordering: .relaxed)
        #expect(group.wait(timeout: .now() + 60) == .success)
        #expect(notes.withLock { $0 }.isEmpty, "\(notes.withLock { $0 })")
        let median = { (times: [Double]) in times[times.count / 2] }
        print(
            "PING ms baseline median \(median(baseline)) max \(baseline.last!); with hostile clients median \(median(during)) p99 \(during[during.count * 99 / 100]) max \(during.last!); daemon RSS \(rss / 1024) MiB"
        )
        // "Normal latency": well under the time a person notices, even on a loaded 2-core machine.
        #expect(median(during) < 50)
        #expect(during[during.count * 99 / 100] < 250)
        #expect(rss < 512 * 1024)
        #expect(try good.request("UNIT LIST").isOK)
    }

    @Test func connectionsPastTheLimitAreRefusedAndIdleOnesClosed() throws {
        let daemon = try daemon("max_connections = 8\nmax_connections_per_uid = 0\nidle_timeout = 2\n")
        let sockets = try (0..<8).map { _ in try RawSocket(daemon.socketPath) }
        for socket in sockets {
            socket.transmit("PING\n")
            #expect(socket.readLine() == "OK PONG")
        }
        let extra = try RawSocket(daemon.socketPath)
        let refusal = extra.readLine() ?? ""
        #expect(refusal.hasPrefix("ERR LIMIT") && refusal.contains("(max_connections)"), "\(refusal)")
        #expect(extra.closedByPeer(within: 2))
        for socket in sockets {
            let notice = socket.readLine(timeout: 5) ?? ""
            #expect(notice.hasPrefix("ERR LIMIT") && notice.contains("(idle_timeout)"), "\(notice)")
            #expect(socket.closedByPeer(within: 2))
        }
        usleep(200_000)
        #expect(try daemon.connect().request("PING").isOK)
    }

    @Test func oneUserCannotTakeEveryConnection() throws {
        let daemon = try daemon("max_connections_per_uid = 3\n")
        let sockets = try (0..<3).map { _ in try RawSocket(daemon.socketPath) }
        for socket in sockets {
            socket.transmit("PING\n")
            #expect(socket.readLine() == "OK PONG")
        }
        let extra = try RawSocket(daemon.socketPath)
        let refusal = extra.readLine() ?? ""
        #expect(refusal.hasPrefix("ERR LIMIT") && refusal.contains("(max_connections_per_uid)"), "\(refusal)")
    }

    @Test func aFloodOfRequestsIsRefusedBeyondTheRate() throws {
        let daemon = try daemon("max_requests_per_second = 50\n")
        let socket = try RawSocket(daemon.socketPath)
        socket.transmit(String(repeating: "PING\n", count: 300))
        var ok = 0
        var limited = 0
        for _ in 0..<300 {
            let line = socket.readLine() ?? ""
            if line == "OK PONG" { ok += 1 }
            if line.hasPrefix("ERR LIMIT"), line.contains("(max_requests_per_second)") { limited += 1 }
        }
        #expect(ok + limited == 300)
        #expect(ok >= 50 && limited > 0, "ok \(ok), limited \(limited)")
    }

    @Test func aReplyMayNotHaveMoreRowsThanTheLimit() throws {
        let daemon = try daemon("max_rows = 3\n", examples: true)
        let connection = try daemon.connect()
        let reply = try connection.request("UNIT LIST")
        #expect(reply.error?.code == "LIMIT")
        #expect(reply.error?.message.contains("(max_rows)") == true)
        #expect(try connection.request("PING").isOK)
    }

    @Test func aLineThatNeverEndsIsClosedAfterTheIdleTimeout() throws {
        let daemon = try daemon("idle_timeout = 1\n")
        let slow = try RawSocket(daemon.socketPath)
        // A byte every 300 ms, never a newline: the bytes alone do not keep it open.
        var closed = false
        for _ in 0..<20 where !closed {
            closed = !slow.transmit([UInt8(ascii: "P")]) || slow.closedByPeer(within: 0.3)
        }
        #expect(closed)
        #expect(try daemon.connect().request("PING").isOK)
    }
}
