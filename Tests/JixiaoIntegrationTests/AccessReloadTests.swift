import Foundation
import JixiaoClient
import Testing

/// Roles are worked out per request from the live policy: a reload (SIGHUP) after a group
/// change reaches connections that are already open, and an operator's grant covers every
/// unit a change touches.
@Suite(.enabled(if: TestUsers.available, "needs root, groupadd and setpriv"))
struct AccessReloadTests {
    /// A user whose operator role comes from a supplementary group, so that the test can
    /// take it away (`gpasswd -d`) without touching the other tests' users.
    static let temporaryUser = "jxt-temp"

    private func daemon(operatorUnits: String = "hongjiang") throws -> DaemonProcess {
        #expect(TestUsers.created)
        let folder = try TestEnvironment.makeScratchDirectory()
        let config = folder.appendingPathComponent("jixiao.conf").path
        try TestUsers.configuration(operatorUnits: operatorUnits).write(
            toFile: config,
            atomically: true,
            encoding: .utf8
        )
        let daemon = try DaemonProcess(arguments: ["--config", config, "--socket-mode", "0666"])
        chmod(daemon.scratch.path, 0o755)
        let root = try daemon.connect()
        for line in [
            "UNIT CREATE hongjiang name=洪江", "UNIT CREATE daoxian name=道县", "YEAR CREATE hongjiang 2024",
        ] {
            #expect(try root.request(line).isOK, "\(line)")
        }
        return daemon
    }

    @Test func aUserRemovedFromTheOperatorGroupIsRefusedOnTheOpenConnectionAfterAReload() throws {
        let user = Self.temporaryUser
        if Self.run("/usr/bin/id", [user]) != 0 {
            let made = Self.run(
                "/usr/sbin/useradd",
                ["-M", "-N", "-g", TestUsers.readGroup, "-G", TestUsers.operatorGroup, "-s", "/usr/sbin/nologin", user]
            )
            #expect(made == 0 || made == 9)
        } else {
            #expect(Self.run("/usr/sbin/usermod", ["-aG", TestUsers.operatorGroup, user]) == 0)
        }
        let daemon = try daemon()
        let client = try OpenClient(user: user, group: TestUsers.readGroup, socket: daemon.socketPath)
        defer { client.close() }
        #expect(client.request("HELLO").contains("role=operator"))
        #expect(client.request("YEAR UPDATE hongjiang 2024 staff_actual=3").hasPrefix("OK seq="))

        #expect(Self.run("/usr/bin/gpasswd", ["-d", user, TestUsers.operatorGroup]) == 0)
        kill(daemon.process!.processIdentifier, SIGHUP)
        let deadline = Date().addingTimeInterval(10)
        while !daemon.log.contains("configuration reloaded"), Date() < deadline { usleep(20_000) }
        #expect(daemon.log.contains("configuration reloaded"))

        let refused = client.request("YEAR UPDATE hongjiang 2024 staff_actual=4")
        #expect(refused.hasPrefix("ERR DENIED needs the operator role"), "\(refused)")
        #expect(client.request("HELLO").contains("role=read"))
    }

    @Test func anOperatorOfOneUnitCannotHangItUnderAnother() throws {
        let daemon = try daemon()
        let moved = try TestUsers.jixiao(
            as: "jxt-clerk",
            ["raw", "UNIT UPDATE hongjiang parent=daoxian"],
            socket: daemon.socketPath
        )
        #expect(moved.status != 0)
        #expect(moved.errors.contains("ERR DENIED unit daoxian is not granted to operators"), "\(moved.errors)")
        let renamed = try TestUsers.jixiao(
            as: "jxt-clerk",
            ["raw", "UNIT UPDATE hongjiang name=洪江市医疗保障局"],
            socket: daemon.socketPath
        )
        #expect(renamed.status == 0, "\(renamed.errors)")
        #expect(try daemon.connect().request("UNIT GET hongjiang").text.contains("daoxian") == false)
    }

    @discardableResult
    static func run(_ path: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// One connection held open by a process running as another user (setpriv, python3): each
/// request line gets its status line back.
final class OpenClient {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()

    init(user: String, group: String, socket: String) throws {
        let script = """
            import re, socket, sys
            s = socket.socket(socket.AF_UNIX)
            s.connect(sys.argv[1])
            f = s.makefile("rwb")
            for line in sys.stdin:
                f.write(line.encode()); f.flush()
                status = f.readline().decode()
                m = re.search(r" rows=(\\d+)", status)
                if m and status.startswith("OK"):
                    for _ in range(int(m.group(1)) + 1): f.readline()
                sys.stdout.write(status); sys.stdout.flush()
            """
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = [
            "--reuid", user, "--regid", group, "--init-groups", "--", "/usr/bin/python3", "-u", "-c", script, socket,
        ]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Sends one line and returns the status line of its reply ("" when the client ended).
    func request(_ line: String) -> String {
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
        var bytes: [UInt8] = []
        while true {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            guard let first = byte.first else { break }
            if first == 0x0A { break }
            bytes.append(first)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func close() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
