import Foundation

/// A redis-server of the harness's own, on a Unix socket in a scratch folder (`port 0`: no
/// TCP), never the system service. Durable like jixiaod: `appendonly yes`,
/// `appendfsync always`, no RDB snapshots.
final class RedisServer {
    let folder: String
    let socket: String
    let process: Process

    /// The first of `names` found on PATH, if any.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") + ["/usr/bin", "/usr/sbin"] {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Whether redis-server and redis-cli are installed.
    static var isAvailable: Bool { executable("redis-server") != nil && executable("redis-cli") != nil }

    /// Starts a server in `folder` (created if needed) and waits until it answers PING.
    /// - Parameter appendOnly: `false` for the memory workload, which measures the model.
    init(in folder: String, appendOnly: Bool = true, extraConfiguration: String = "") throws {
        guard let server = Self.executable("redis-server") else { throw BenchmarkError("redis-server not found") }
        self.folder = folder
        self.socket = folder + "/redis.sock"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let configuration = """
            port 0
            unixsocket \(socket)
            unixsocketperm 700
            dir \(folder)
            save ""
            appendonly \(appendOnly ? "yes" : "no")
            appendfsync always
            daemonize no
            logfile \(folder)/redis.log
            \(extraConfiguration)
            """
        try configuration.write(toFile: folder + "/redis.conf", atomically: true, encoding: .utf8)
        process = Process()
        process.executableURL = URL(fileURLWithPath: server)
        process.arguments = [folder + "/redis.conf"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        try waitUntilAnswering(process: process, socket: socket, framing: .resp, ping: Array("PING\r\n".utf8))
    }

    /// The server's process id, for its resident size.
    var pid: Int32 { process.processIdentifier }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    /// A RESP command's bytes.
    static func command(_ words: [String]) -> [UInt8] {
        var bytes = Array("*\(words.count)\r\n".utf8)
        for word in words {
            let utf8 = Array(word.utf8)
            bytes += Array("$\(utf8.count)\r\n".utf8)
            bytes += utf8
            bytes += [0x0D, 0x0A]
        }
        return bytes
    }
}

/// Polls `socket` until the server behind `process` answers `ping` without an error.
func waitUntilAnswering(process: Process, socket: String, framing: ReplyFraming, ping: [UInt8]) throws {
    while true {
        guard process.isRunning else { throw BenchmarkError("\(process.executableURL?.path ?? "server") exited") }
        // Redis answers `-LOADING` while it reads its AOF: only a good answer counts.
        if let connection = try? LoadConnection(path: socket, framing: framing) {
            try connection.send(ping)
            if try connection.awaitReplies(1) == 0 { return }
        }
        usleep(500)
    }
}

/// Sends `commands` over one connection, pipelined in batches of `batch`.
func pipelineAll(
    _ commands: some Sequence<[UInt8]>,
    socket: String,
    framing: ReplyFraming,
    batch: Int = 1000
) throws
    -> Int
{
    let connection = try LoadConnection(path: socket, framing: framing)
    var bytes: [UInt8] = []
    var pending = 0
    var errors = 0
    for command in commands {
        bytes += command
        pending += 1
        if pending == batch {
            try connection.send(bytes)
            errors += try connection.awaitReplies(pending)
            bytes.removeAll(keepingCapacity: true)
            pending = 0
        }
    }
    if pending > 0 {
        try connection.send(bytes)
        errors += try connection.awaitReplies(pending)
    }
    return errors
}
