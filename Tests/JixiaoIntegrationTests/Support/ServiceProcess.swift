import Foundation
import JixiaoClient

/// The real `jixiaod` started the way a service manager starts it: with an environment
/// (NOTIFY_SOCKET, WATCHDOG_USEC, JOURNAL_STREAM) and, when asked, through a launcher such
/// as `systemd-socket-activate` or `unshare`.
final class ServiceProcess {
    let scratch: URL
    let socketPath: String
    let stateDirectory: String
    let logPath: String
    let process = Process()

    /// Starts the daemon; it does not wait for it to answer.
    /// - Parameters:
    ///   - scratch: the folder for the socket, state and log (a new one when `nil`).
    ///   - launcher: words before the daemon's path (`systemd-socket-activate -l …`).
    ///   - arguments: the daemon's arguments after `--socket` and `--state-dir`.
    ///   - environment: added to the test's environment.
    ///   - logIsJournalStream: sets `JOURNAL_STREAM` to the log file, as systemd does when a
    ///     service's standard error is the journal.
    init(
        scratch: URL? = nil,
        launcher: [String] = [],
        arguments: [String] = [],
        environment: [String: String] = [:],
        logIsJournalStream: Bool = false
    ) throws {
        self.scratch = try scratch ?? TestEnvironment.makeScratchDirectory()
        socketPath = self.scratch.appendingPathComponent("s.sock").path
        stateDirectory = self.scratch.appendingPathComponent("state").path
        logPath = self.scratch.appendingPathComponent("daemon.log").path
        let daemon = TestEnvironment.binDirectory.appendingPathComponent("jixiaod").path
        let words = launcher + [daemon, "--socket", socketPath, "--state-dir", stateDirectory] + arguments
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = words
        var merged = ProcessInfo.processInfo.environment
        for key in ["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "LISTEN_FDS", "LISTEN_PID", "JOURNAL_STREAM"] {
            merged.removeValue(forKey: key)
        }
        merged.merge(environment) { _, new in new }
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        if logIsJournalStream { merged["JOURNAL_STREAM"] = Self.journalStream(of: logPath) }
        process.environment = merged
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process.standardError = log
        process.standardOutput = log
        try process.run()
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Everything the daemon logged so far.
    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// The device and inode of the log file, as `JOURNAL_STREAM` names a service's stream.
    static func journalStream(of path: String) -> String {
        var info = stat()
        stat(path, &info)
        return "\(info.st_dev):\(info.st_ino)"
    }

    /// Waits until the daemon answers on `path` (its own socket by default).
    func waitUntilAnswering(_ path: String? = nil, timeout: Duration = .seconds(30)) throws -> ClientConnection {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let connection = try? ClientConnection(socketPath: path ?? socketPath),
                (try? connection.request("PING").statusLine) == "OK PONG"
            {
                return connection
            }
            if !process.isRunning { throw DaemonProcess.DaemonError.exited(process.terminationStatus, log) }
            usleep(20_000)
        }
        throw DaemonProcess.DaemonError.timedOut(log)
    }

    /// Sends a signal.
    func signal(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits for the process to end (killing it after `timeout`); returns its exit status.
    @discardableResult
    func waitForExit(timeout: Duration = .seconds(30)) -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning, ContinuousClock.now < deadline { usleep(10_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return -1
        }
        return process.terminationStatus
    }
}
