import Foundation
import JixiaoClient
import JixiaoJournal

/// Durable write throughput and start-up time, against a real release `jixiaod` on a
/// temporary socket (build it first: `make bench` does).
enum DurabilityBenchmarks {
    /// The daemon measured (`--jixiaod`, by default the root package's release build).
    static var daemonPath: String { Binaries.jixiaod }

    /// A scratch folder under the working directory's filesystem (where the state would live),
    /// not /tmp, which may be a tmpfs whose fsync costs nothing.
    static func scratch() throws -> String {
        let name = "bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let path = FileManager.default.currentDirectoryPath + "/.build/" + name
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Records written with one `write` and one `fdatasync` each per second: what one
    /// writer could reach with no daemon at all, on the same filesystem.
    static func rawSyncRate(in folder: String, seconds: Double = 2) -> Double {
        let path = folder + "/raw.jxj"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        defer {
            close(descriptor)
            unlink(path)
        }
        let record = JournalRecord(
            sequence: 1,
            timestamp: Timestamp(milliseconds: 0),
            author: "bench",
            lines: ["PROJECT CREATE hongjiang 2024 p1 name=项目"]
        ).encoded
        let start = Date()
        var count = 0
        while Date().timeIntervalSince(start) < seconds {
            _ = record.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            fdatasync(descriptor)
            count += 1
        }
        return Double(count) / Date().timeIntervalSince(start)
    }

    /// A daemon process on a fresh socket in `folder`.
    static func startDaemon(in folder: String, arguments: [String] = []) throws -> (Process, socket: String) {
        let socket = folder + "/s.sock"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: daemonPath)
        process.arguments =
            ["--socket", socket, "--state-dir", folder + "/state", "--log-level", "warning"] + arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        while (try? ClientConnection(socketPath: socket)) == nil {
            guard process.isRunning else { throw BenchmarkError("jixiaod exited with \(process.terminationStatus)") }
            usleep(1000)
        }
        return (process, socket)
    }

    /// Acknowledged changes per second with `writers` concurrent connections, each sending
    /// one change and waiting for its reply, for `seconds`. Each writer updates a project
    /// of its own unit, so that the model's work per change stays the same whatever the
    /// count and the figure is the journal's.
    static func writeRate(writers: Int, seconds: Double = 3) throws -> (rate: Double, changesPerSync: Double) {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // No per-user connection or request-rate limits: every writer is the same user.
        let config = folder + "/jixiao.conf"
        try "max_connections_per_uid = 0\nmax_requests_per_second = 0\n".write(
            toFile: config,
            atomically: true,
            encoding: .utf8
        )
        let (process, socket) = try startDaemon(in: folder, arguments: ["--config", config])
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        let setup = try ClientConnection(socketPath: socket)
        for writer in 0..<writers {
            _ = try setup.request("UNIT CREATE u\(writer) name=单位\(writer)")
            _ = try setup.request("YEAR CREATE u\(writer) 2024")
            _ = try setup.request("PROJECT CREATE u\(writer) 2024 p name=项目 budget_initial=10万元")
        }
        let counter = Counter()
        let start = Date()
        // A thread per writer: `concurrentPerform` runs only as many at once as there are
        // cores, which made "64 writers" two.
        let threads = (0..<writers).map { writer in
            Thread {
                guard let connection = try? ClientConnection(socketPath: socket) else { return }
                var index = 0
                while Date().timeIntervalSince(start) < seconds {
                    let line = "PROJECT UPDATE u\(writer) 2024 p executed=\(index)元"
                    guard (try? connection.request(line))?.isOK == true else { break }
                    index += 1
                }
                counter.add(index)
            }
        }
        for thread in threads { thread.start() }
        while threads.contains(where: { !$0.isFinished }) { usleep(10_000) }
        let rate = Double(counter.value) / Date().timeIntervalSince(start)
        let status = Dictionary(uniqueKeysWithValues: try setup.request("STATUS").cells.map { ($0[0], $0[1]) })
        let changes = Double(status["journal_seq"] ?? "") ?? 0
        let syncs = Double(status["journal_syncs"] ?? "") ?? 1
        return (rate, changes / max(syncs, 1))
    }

    /// Start-up over a journal of `records` records: 100 units with a year of 10 projects
    /// each, then updates to those projects in turn (a model of a realistic size, so the
    /// time is the journal's). Measured from launching the daemon to its first answer, once
    /// replaying the whole journal, then again after a `SNAPSHOT` at its end (the daemon
    /// loads the snapshot and replays the empty segment after it).
    static func startUpTimes(records: Int) throws -> StartUp {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try HistoricBenchmarks.writeJournal(records: records, in: folder)
        let journalBytes =
            (try? FileManager.default.attributesOfItem(
                atPath: folder + "/state/journal/" + StateDirectory.segmentName(startingAt: 1)
            )[.size] as? Int) ?? 0
        // `snapshot_every = 0`: no automatic snapshot may start while the first daemon runs.
        let config = folder + "/jixiao.conf"
        try "snapshot_every = 0\n".write(toFile: config, atomically: true, encoding: .utf8)
        var start = Date()
        var (process, socket) = try startDaemon(in: folder, arguments: ["--config", config])
        let replay = Date().timeIntervalSince(start)
        let replayCPU = ProcessCPU.seconds(process.processIdentifier) ?? 0
        start = Date()
        let reply = try ClientConnection(socketPath: socket).request("SNAPSHOT")
        let writing = Date().timeIntervalSince(start)
        guard reply.isOK else { throw BenchmarkError("SNAPSHOT failed: \(reply.statusLine)") }
        let snapshotBytes =
            Int(reply.statusLine.split(separator: " ").first { $0.hasPrefix("bytes=") }?.dropFirst(6) ?? "") ?? 0
        process.terminate()
        process.waitUntilExit()
        start = Date()
        (process, socket) = try startDaemon(in: folder, arguments: ["--config", config])
        let loaded = Date().timeIntervalSince(start)
        process.terminate()
        process.waitUntilExit()
        return StartUp(
            replay: replay,
            replayCPU: replayCPU,
            fromSnapshot: loaded,
            snapshotWriting: writing,
            snapshotBytes: snapshotBytes,
            journalBytes: journalBytes
        )
    }

    /// What ``startUpTimes(records:)`` measured.
    struct StartUp {
        /// Seconds to the first answer replaying every record.
        var replay: Double
        /// The daemon's CPU seconds (utime + stime) from launch to that first answer.
        var replayCPU: Double
        /// Seconds to the first answer loading the snapshot.
        var fromSnapshot: Double
        /// Seconds `SNAPSHOT` took to answer (syncing, writing, renaming).
        var snapshotWriting: Double
        /// The snapshot file's size.
        var snapshotBytes: Int
        /// The journal's size.
        var journalBytes: Int
    }

    /// Prints the start-up figures.
    static func printStartUp(records: Int) throws {
        let times = try startUpTimes(records: records)
        let round = { (value: Double) in (value * 100).rounded() / 100 }
        print(
            "start-up, 1,000,000-record journal (\(times.journalBytes / 1_000_000) MB), no snapshot: "
                + "\(round(times.replay)) s"
        )
        print(
            "start-up, same journal with a snapshot at its end (\(times.snapshotBytes / 1000) kB, written in "
                + "\(round(times.snapshotWriting)) s): \(round(times.fromSnapshot)) s; "
                + "ratio \(Int((times.replay / max(times.fromSnapshot, 0.001)).rounded()))× faster"
        )
    }

    /// Runs the measurements and prints them with their ratios.
    static func run() throws {
        if ProcessInfo.processInfo.environment["JIXIAO_BENCH_STARTUP_ONLY"] != nil {
            return try printStartUp(records: 1_000_000)
        }
        let folder = try scratch()
        let raw = rawSyncRate(in: folder)
        try? FileManager.default.removeItem(atPath: folder)
        print("raw write+fdatasync, one writer, same filesystem: \(Int(raw)) records/s (the reference)")
        var rates: [Int: Double] = [:]
        for writers in [1, 8, 64] {
            let (rate, perSync) = try writeRate(writers: writers)
            rates[writers] = rate
            print(
                "durable writes, \(writers) writer(s), --fsync always: \(Int(rate)) changes/s, "
                    + "\((perSync * 10).rounded() / 10) changes per fdatasync; "
                    + "ratio to raw \((rate / raw * 100).rounded() / 100)×; to 1 writer "
                    + "\((rate / rates[1]! * 10).rounded() / 10)×"
            )
        }
        try printStartUp(records: 1_000_000)
    }
}

/// A total added to from several threads.
final class Counter: @unchecked Sendable {  // every access holds `lock`
    private let lock = NSLock()
    private var total = 0
    func add(_ amount: Int) { lock.withLock { total += amount } }
    var value: Int { lock.withLock { total } }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
