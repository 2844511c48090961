import Foundation
import JixiaoClient
import Testing

/// Socket activation with `systemd-socket-activate` (package systemd): the socket exists
/// before the daemon, and connections made before it runs are answered.
@Suite struct SocketActivationTests {
    @Test func connectionsQueuedBeforeTheDaemonStartsAreAllAnswered() throws {
        let scratch = try TestEnvironment.makeScratchDirectory()
        let activated = scratch.appendingPathComponent("activated.sock").path
        let service = try ServiceProcess(scratch: scratch, launcher: ["systemd-socket-activate", "-l", activated])
        let deadline = ContinuousClock.now + .seconds(10)
        while !FileManager.default.fileExists(atPath: activated), ContinuousClock.now < deadline { usleep(10_000) }
        #expect(!service.log.contains("journal replayed"), "the daemon must not run before the first connection")

        // Five clients connect and pipeline their requests while no daemon runs yet: the
        // kernel queues them on the socket systemd-socket-activate holds.
        var clients: [ClientConnection] = []
        for index in 0..<5 {
            let client = try ClientConnection(socketPath: activated)
            try client.send(["UNIT CREATE u\(index) name=单位\(index)", "PING"])
            clients.append(client)
        }
        var sequences: [String] = []
        for client in clients {
            let created = try client.readReply().statusLine
            #expect(created.hasPrefix("OK seq="))
            sequences.append(created)
            #expect(try client.readReply().statusLine == "OK PONG")
        }
        #expect(Set(sequences) == Set((1...5).map { "OK seq=\($0)" }))
        #expect(service.log.contains("socket-activated: serving on the socket systemd passed"))
        #expect(service.log.contains("socket=\(activated)"))
        #expect(!FileManager.default.fileExists(atPath: service.socketPath), "--socket is ignored when activated")

        clients.removeAll()
        service.signal(SIGTERM)
        #expect(service.waitForExit() == 0)
        #expect(
            FileManager.default.fileExists(atPath: activated),
            "the socket file belongs to the socket unit; the daemon must not remove it"
        )
    }

    @Test func somethingOtherThanAListeningSocketIsRefusedAtStart() throws {
        // fd 3 is /dev/null, yet LISTEN_FDS says it is the socket.
        let service = try ServiceProcess(launcher: [
            "sh", "-c", "export LISTEN_PID=$$ LISTEN_FDS=1; exec \"$0\" \"$@\" 3</dev/null",
        ])
        #expect(service.waitForExit() == 1)
        #expect(service.log.contains("the socket systemd passed (fd 3) is not a listening Unix stream socket"))
    }
}
