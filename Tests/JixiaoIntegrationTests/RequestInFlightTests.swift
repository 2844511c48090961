import Foundation
import JixiaoClient
import Testing

/// A connection's replies line up with its requests, one reply per request and none for a
/// comment, and no reply claims a failure for a change that then commits: the idle clock
/// does not run while a request of the connection is in flight.
@Suite struct RequestInFlightTests {
    private func daemon(_ config: String) throws -> DaemonProcess {
        let folder = try TestEnvironment.makeScratchDirectory()
        let file = folder.appendingPathComponent("jixiao.conf").path
        try config.write(toFile: file, atomically: true, encoding: .utf8)
        let daemon = try DaemonProcess(arguments: ["--config", file])
        let setup = try daemon.connect()
        for line in ["UNIT CREATE hongjiang name=洪江", "YEAR CREATE hongjiang 2024"] {
            #expect(try setup.request(line).isOK)
        }
        return daemon
    }

    @Test(.timeLimit(.minutes(1)))
    func aChangeWaitingLongerThanTheIdleTimeoutIsAnsweredNotCutOff() throws {
        let daemon = try daemon("idle_timeout = 2\n")
        // The executor is blocked for 4 s, as a hung disk would block a sync: the change
        // waits twice the idle timeout for it.
        let staller = try RawSocket(daemon.socketPath)
        staller.transmit("DEBUG STALL 4\n")
        usleep(200_000)
        let writer = try RawSocket(daemon.socketPath)
        writer.transmit("PROJECT CREATE hongjiang 2024 waited name=等待\n")
        let reply = writer.readLine(timeout: 10)
        #expect(reply == "OK seq=3")
        #expect(staller.readLine(timeout: 10) == "OK STALLED seconds=4")
        // Idle after the reply: closed after the timeout, as before.
        #expect(writer.closedByPeer(within: 4))
        #expect(try daemon.connect().request("PROJECT LIST hongjiang 2024").rowLines.count == 1)
    }

    @Test(.timeLimit(.minutes(1)))
    func aCommitWaitingLongerThanTheIdleTimeoutIsAnsweredNotCutOff() throws {
        let daemon = try daemon("idle_timeout = 2\n")
        let staller = try RawSocket(daemon.socketPath)
        let writer = try RawSocket(daemon.socketPath)
        var lines = "BEGIN\n"
        for index in 0..<500 { lines += "PROJECT CREATE hongjiang 2024 p\(index) name=项目\(index)\n" }
        writer.transmit(lines)
        for _ in 0...500 { #expect(writer.readLine()?.hasPrefix("OK ") == true) }
        staller.transmit("DEBUG STALL 4\n")
        usleep(200_000)
        writer.transmit("COMMIT\n")
        #expect(writer.readLine(timeout: 10) == "OK seq=3 changes=500")
        #expect(staller.readLine(timeout: 10) == "OK STALLED seconds=4")
        #expect(try daemon.connect().request("PROJECT LIST hongjiang 2024").rowLines.count == 500)
    }

    @Test func aCommentGetsNoReplyEvenOverTheRequestRate() throws {
        let daemon = try daemon("max_requests_per_second = 50\n")
        let socket = try RawSocket(daemon.socketPath)
        var burst = ""
        for index in 0..<300 { burst += index % 3 == 0 ? "# a comment \(index)\n" : "PING\n" }
        socket.transmit(burst)
        var replies = 0
        var limited = 0
        while let line = socket.readLine(timeout: 2) {
            replies += 1
            if line.hasPrefix("ERR LIMIT") { limited += 1 }
            if replies == 200 { break }
        }
        #expect(replies == 200)
        #expect(limited > 0)
        // Nothing more comes: every reply was for a PING.
        sleep(1)
        socket.transmit("HELLO\n")
        #expect(socket.readLine(timeout: 5)?.hasPrefix("OK jixiao") == true)
    }
}
