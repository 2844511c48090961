import Foundation
import JixiaoClient
import JixiaoJournal

/// `AT` over a journal of 1,000,000 changes, and what it does to live requests: a release
/// `jixiaod` on a generated journal, GET latencies with and without an `AT` query running
/// beside them (the historic replay runs on its own thread, never on the state executor).
enum HistoricBenchmarks {
    /// Writes a journal of `records` records (100 units with a year of 10 projects, then
    /// updates to those projects in turn, one record a second of journal time) into
    /// `folder/state`.
    static func writeJournal(records: Int, in folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder + "/state/journal", withIntermediateDirectories: true)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(records * 110)
        var sequence: Int64 = 0
        func add(_ line: String) {
            sequence += 1
            bytes +=
                JournalRecord(
                    sequence: sequence,
                    timestamp: Timestamp(milliseconds: firstMillisecond + sequence * 1000),
                    author: "bench",
                    lines: [line]
                ).encoded
        }
        for unit in 0..<100 {
            add("UNIT CREATE u\(unit) name=单位\(unit)")
            add("YEAR CREATE u\(unit) 2024")
            for project in 0..<10 { add("PROJECT CREATE u\(unit) 2024 p\(project) name=项目\(project)") }
        }
        while sequence < Int64(records) {
            add("PROJECT UPDATE u\(sequence % 100) 2024 p\(sequence / 100 % 10) executed=\(sequence)元")
        }
        let path = folder + "/state/journal/" + StateDirectory.segmentName(startingAt: 1)
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw BenchmarkError("cannot write \(path)")
        }
    }

    /// The journal's first record time: 2025-11-23T12:53:20Z.
    static let firstMillisecond: Int64 = 1_763_900_000_000

    /// Seconds one request took.
    static func time(_ connection: ClientConnection, _ line: String) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        let reply = try connection.request(line)
        guard reply.isOK else { throw BenchmarkError("\(line): \(reply.statusLine)") }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// GET latencies over `seconds`, one request after another on one connection.
    static func latencies(
        _ connection: ClientConnection,
        seconds: Double,
        until done: () -> Bool = { false }
    )
        throws -> [Double]
    {
        var samples: [Double] = []
        let start = Date()
        var index = 0
        while Date().timeIntervalSince(start) < seconds, !done() {
            samples.append(try time(connection, "PROJECT GET u\(index % 100) 2024 p\(index % 10)"))
            index += 1
        }
        return samples.sorted()
    }

    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }

    static func milliseconds(_ seconds: Double) -> String { "\((seconds * 100_000).rounded() / 100) ms" }

    /// Runs the measurements and prints them with their ratios.
    static func run(records: Int = 1_000_000) throws {
        let folder = try DurabilityBenchmarks.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try writeJournal(records: records, in: folder)
        // Live GETs back to back go beyond the default request-rate limit of a connection.
        let config = folder + "/jixiao.conf"
        try "max_requests_per_second = 0\n".write(toFile: config, atomically: true, encoding: .utf8)
        let (process, socket) = try DurabilityBenchmarks.startDaemon(in: folder, arguments: ["--config", config])
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        let live = try ClientConnection(socketPath: socket)
        let historic = try ClientConnection(socketPath: socket)
        // The middle of the journal, by sequence and by time; a different point each run
        // so that the cache of the last historic model does not answer.
        let middle = records / 2
        let cold = try time(historic, "AT SEQ \(middle) PROJECT GET u1 2024 p1")
        let warm = try time(historic, "AT SEQ \(middle) PROJECT GET u1 2024 p1")
        let later = try time(historic, "AT SEQ \(middle + 1000) PROJECT GET u1 2024 p1")
        let moment = firstMillisecond + Int64(middle - 500) * 1000
        let byTime = try time(historic, "AT \(Timestamp(milliseconds: moment)) PROJECT GET u1 2024 p1")
        let export = try time(historic, "AT SEQ \(middle - 2000) EXPORT")
        let liveGet = percentile(try latencies(live, seconds: 0.5), 0.5)
        print(
            "AT over a \(records)-record journal (release jixiaod): AT SEQ \(middle) GET \(milliseconds(cold)) cold, "
                + "\(milliseconds(warm)) repeated (cached model), \(milliseconds(later)) 1,000 records later "
                + "(continues from the cache), AT <time> \(milliseconds(byTime)), AT SEQ EXPORT \(milliseconds(export)); "
                + "ratio cold AT to a live GET (\(milliseconds(liveGet))) \(Int(cold / max(liveGet, 1e-9)))×"
        )
        // Live GET latency alone, then with AT queries (each from the start of the journal:
        // decreasing points defeat the cache) running on another connection meanwhile.
        let alone = try latencies(live, seconds: 3)
        let finished = Counter()
        let historicTimes = Durations()
        let background = Thread {
            guard let connection = try? ClientConnection(socketPath: socket) else { return }
            var point = records - 10
            for _ in 0..<3 {
                if let seconds = try? time(connection, "AT SEQ \(point) PROJECT GET u2 2024 p2") {
                    historicTimes.add(seconds)
                }
                point -= 10
            }
            finished.add(1)
        }
        background.start()
        let beside = try latencies(live, seconds: 120, until: { finished.value > 0 })
        while finished.value == 0 { usleep(10_000) }
        let p50 = (percentile(alone, 0.5), percentile(beside, 0.5))
        let p99 = (percentile(alone, 0.99), percentile(beside, 0.99))
        print(
            "live GET while idle: p50 \(milliseconds(p50.0)), p99 \(milliseconds(p99.0)) (\(alone.count) requests); "
                + "while 3 AT queries replay \(records) records each (\(historicTimes.all.map(milliseconds).joined(separator: ", "))): "
                + "p50 \(milliseconds(p50.1)), p99 \(milliseconds(p99.1)) (\(beside.count) requests); "
                + "ratio p50 \((p50.1 / max(p50.0, 1e-9) * 100).rounded() / 100)×, p99 \((p99.1 / max(p99.0, 1e-9) * 100).rounded() / 100)×"
        )
    }
}

/// Durations collected on another thread.
final class Durations: @unchecked Sendable {  // every access holds `lock`
    private let lock = NSLock()
    private var values: [Double] = []
    func add(_ value: Double) { lock.withLock { values.append(value) } }
    var all: [Double] { lock.withLock { values } }
}
