import Foundation
import JixiaoClient

/// A real `jixiaod` started for one test on its own socket and state directory.
final class DaemonProcess {
    let scratch: URL
    let socketPath: String
    let stateDirectory: String
    let logPath: String
    private(set) var process: Process?
    private var extraArguments: [String]

    /// Starts a daemon in a new scratch folder and waits until it answers.
    /// - Parameters:
    ///   - arguments: more options for `jixiaod`.
    ///   - beforeStart: runs once the folder's paths are known, before the first start
    ///     (to mount a small filesystem on the state directory, say).
    init(arguments: [String] = [], beforeStart: (_ stateDirectory: String) throws -> Void = { _ in }) throws {
        scratch = try TestEnvironment.makeScratchDirectory()
        socketPath = scratch.appendingPathComponent("s.sock").path
        stateDirectory = scratch.appendingPathComponent("state").path
        logPath = scratch.appendingPathComponent("daemon.log").path
        extraArguments = arguments
        try beforeStart(stateDirectory)
        try start()
    }

    deinit {
        if let process, process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: scratch)
    }

    /// The journal's segment files.
    var journalFiles: [URL] {
        let folder = URL(fileURLWithPath: stateDirectory).appendingPathComponent("journal")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".jxj") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Everything the daemon logged so far.
    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// Starts (again) and waits for the socket to answer.
    func start() throws {
        let process = try launch()
        self.process = process
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if (try? ClientConnection(socketPath: socketPath)) != nil { return }
            if !process.isRunning { throw DaemonError.exited(process.terminationStatus, log) }
            usleep(20_000)
        }
        throw DaemonError.timedOut(log)
    }

    /// Runs the daemon of `daemon`'s folder with other arguments, expecting it to fail to
    /// start; returns its exit status.
    static func failing(arguments: [String], in daemon: DaemonProcess) throws -> Int32 {
        daemon.extraArguments = arguments
        return try daemon.runExpectingExit()
    }

    /// Starts the daemon of `daemon`'s folder again with other arguments.
    static func restart(_ daemon: DaemonProcess, arguments: [String]) throws -> DaemonProcess {
        daemon.extraArguments = arguments
        try daemon.start()
        return daemon
    }

    /// Runs the daemon and waits for it to exit on its own (for start-up failures).
    func runExpectingExit(timeout: TimeInterval = 20) throws -> Int32 {
        let process = try launch()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            throw DaemonError.timedOut(log)
        }
        return process.terminationStatus
    }

    private func launch() throws -> Process {
        let process = Process()
        process.executableURL = TestEnvironment.binDirectory.appendingPathComponent("jixiaod")
        process.arguments = ["--socket", socketPath, "--state-dir", stateDirectory] + extraArguments
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        log.seekToEndOfFile()
        process.standardError = log
        process.standardOutput = log
        try process.run()
        return process
    }

    /// Sends a signal and waits for the process to end; returns its exit status.
    @discardableResult
    func stop(signal: Int32 = SIGTERM) -> Int32 {
        guard let process else { return -1 }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        self.process = nil
        return process.terminationStatus
    }

    /// Connects a client.
    func connect() throws -> ClientConnection { try ClientConnection(socketPath: socketPath) }

    enum DaemonError: Error, CustomStringConvertible {
        case exited(Int32, String)
        case timedOut(String)
        var description: String {
            switch self {
            case .exited(let status, let log): "jixiaod exited with \(status):\n\(log)"
            case .timedOut(let log): "jixiaod did not answer in time:\n\(log)"
            }
        }
    }
}
