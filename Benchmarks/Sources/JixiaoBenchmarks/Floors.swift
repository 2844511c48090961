import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The floors no server can beat on this machine, measured in the same run: the raw
/// write + fdatasync rate on the state directory's filesystem and the raw Unix-socket round
/// trip to a tiny echo server (one thread, blocking reads and writes).
enum Floors {
    /// Round trips per second of a short line to an echo server, one connection, unpipelined.
    static func socketRoundTripRate(in folder: String, seconds: Double = 2) throws -> Double {
        let path = folder + "/echo.sock"
        let listener = try UnixSocket.listen(path)
        defer {
            close(listener)
            unlink(path)
        }
        Thread.detachNewThread {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            defer { close(connection) }
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
                if count <= 0 { return }
                let sent = buffer.withUnsafeBytes { send(connection, $0.baseAddress, count, Int32(MSG_NOSIGNAL)) }
                if sent < 0 { return }
            }
        }
        let client = try UnixSocket.connect(path)
        defer { close(client) }
        let line = Array("PING\n".utf8)
        var reply = [UInt8](repeating: 0, count: 64)
        let start = DispatchTime.now().uptimeNanoseconds
        let end = start + UInt64(seconds * 1e9)
        var count = 0
        while DispatchTime.now().uptimeNanoseconds < end {
            try UnixSocket.sendAll(client, line)
            var received = 0
            while received < line.count {
                let got = reply.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
                if got <= 0 { throw BenchmarkError("echo server closed") }
                received += got
            }
            count += 1
        }
        return Double(count) / (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    static func run(_ report: BenchReport) throws {
        let folder = try DurabilityBenchmarks.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sync = DurabilityBenchmarks.rawSyncRate(in: folder)
        Measurements.shared.rawSyncRate = sync
        report.add(
            Figure(
                workload: "floor",
                name: "raw write+fdatasync, 1 writer (\(filesystemType(folder)))",
                unit: "records/s",
                jixiao: sync,
                higherIsBetter: true,
                detail: String(format: "%.0f µs each", 1e6 / sync)
            )
        )
        let roundTrip = try socketRoundTripRate(in: folder)
        report.add(
            Figure(
                workload: "floor",
                name: "raw Unix-socket round trip (echo)",
                unit: "round trips/s",
                jixiao: roundTrip,
                higherIsBetter: true,
                detail: String(format: "%.1f µs each", 1e6 / roundTrip)
            )
        )
    }

    /// The filesystem type holding `path` (ext4, tmpfs…), from /proc/self/mounts.
    static func filesystemType(_ path: String) -> String {
        guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return "?" }
        var best = ("", "?")
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count > 2 else { continue }
            let mountPoint = String(fields[1])
            if path.hasPrefix(mountPoint), mountPoint.count > best.0.count { best = (mountPoint, String(fields[2])) }
        }
        return best.1
    }
}

/// Figures one workload measures and a later one compares with.
final class Measurements: @unchecked Sendable {  // used from the main thread only
    static let shared = Measurements()
    var rawSyncRate: Double?
}

/// Whole processes: their resident size and how long one takes from spawn to exit.
enum Processes {
    /// VmRSS of `pid` in bytes, from /proc.
    static func residentBytes(_ pid: Int32) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            let number = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
            return number * 1024
        }
        return 0
    }

    /// Milliseconds per run of `arguments` as a shell script would run it (posix_spawn, wait),
    /// median over `runs` after one warm-up; the exit status must be 0.
    static func medianMilliseconds(
        _ arguments: [String],
        environment: [String: String] = [:],
        runs: Int = 40
    )
        throws -> (median: Double, mean: Double)
    {
        var times: [Double] = []
        for round in 0...runs {
            let start = DispatchTime.now().uptimeNanoseconds
            let status = try spawnAndWait(arguments, environment: environment)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            guard status == 0 else { throw BenchmarkError("\(arguments.joined(separator: " ")) exited with \(status)") }
            if round > 0 { times.append(elapsed) }
        }
        times.sort()
        return (times[times.count / 2], times.reduce(0, +) / Double(times.count))
    }

    static func spawnAndWait(_ arguments: [String], environment: [String: String]) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
        guard result == 0 else { throw BenchmarkError("posix_spawn \(arguments[0]): \(result)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status >> 8) & 0xFF
    }
}
