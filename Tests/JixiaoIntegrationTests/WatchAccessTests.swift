import Foundation
import JixiaoClient
import JixiaoProtocol
import Testing

/// Two operators as real Unix users: a reader watches with `jixiao watch` while an operator
/// makes 1,000 changes with `jixiao batch`; the watcher prints all of them, in order, each
/// naming the operator who made it.
@Suite(.enabled(if: TestUsers.available, "needs root, groupadd and setpriv"))
struct WatchAccessTests {
    @Test func aReaderWatchesAThousandChangesAnOperatorMakes() throws {
        #expect(TestUsers.created)
        let folder = try TestEnvironment.makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("jixiao.conf").path
        try TestUsers.configuration(operatorUnits: "u").write(toFile: config, atomically: true, encoding: .utf8)
        let daemon = try DaemonProcess(arguments: ["--config", config, "--socket-mode", "0666"])
        chmod(daemon.scratch.path, 0o755)
        chmod(folder.path, 0o755)
        let root = try daemon.connect()
        for line in ["UNIT CREATE u name=单位", "YEAR CREATE u 2024", "PROJECT CREATE u 2024 p name=项目"] {
            #expect(try root.request(line).isOK)
        }
        let batch = folder.appendingPathComponent("changes.jx").path
        try (1...1000).map { "PROJECT UPDATE u 2024 p executed=\($0)元\n" }.joined()
            .write(toFile: batch, atomically: true, encoding: .utf8)
        chmod(batch, 0o644)
        let socket = daemon.socketPath
        let watched = WatchOutput()
        let watcher = Thread {
            let run = try? TestUsers.jixiao(
                as: "jxt-reader",
                ["watch", "u", "--from", "3", "--count", "1000"],
                socket: socket
            )
            watched.set(run)
        }
        watcher.start()
        let made = try TestUsers.jixiao(as: "jxt-clerk", ["batch", batch], socket: socket)
        #expect(made.status == 0, "\(made.errors)")
        let deadline = Date().addingTimeInterval(60)
        while watched.value == nil, Date() < deadline { usleep(20_000) }
        let run = try #require(watched.value)
        #expect(run.status == 0, "\(run.errors)")
        let rows = run.output.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.count == 1000)
        #expect(rows.map { $0[0] } == (4...1003).map(String.init))
        #expect(rows.allSatisfy { $0[3] == "jxt-clerk" })
        #expect(rows.map { $0[5] } == (1...1000).map { "PROJECT UPDATE u 2024 p executed=\($0)元" })
    }
}

/// A run's result handed from the watcher's thread.
final class WatchOutput: @unchecked Sendable {  // every access holds `lock`
    private let lock = NSLock()
    private var run: ClientRun?
    private var done = false
    func set(_ run: ClientRun?) { lock.withLock { (self.run, done) = (run, true) } }
    var value: ClientRun? { lock.withLock { done ? run : nil } }
}
