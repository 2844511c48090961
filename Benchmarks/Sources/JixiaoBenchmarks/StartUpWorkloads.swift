import Foundation

/// Replay, memory and client start-up: whole processes, timed and measured from outside.
struct StartUpWorkloads {
    let report: BenchReport
    let selected: Set<String>

    /// The records of the journal (and of Redis's AOF) the replay figures start over.
    static let replayRecords = 1_000_000

    func run() throws {
        if !selected.isDisjoint(with: ["replay", "cpu"]) {
            // The better of two starts each (a neighbour's burst costs one start, not the
            // figure), shared by the replay rate and the replay CPU figures.
            let starts = try (0..<2).map { _ in try DurabilityBenchmarks.startUpTimes(records: Self.replayRecords) }
            let redisLoads = try Self.redisAOFLoads(records: Self.replayRecords)
            if selected.contains("replay") { replay(starts, redisLoads) }
            if selected.contains("cpu") { replayCPU(starts, redisLoads) }
        }
        if selected.contains("memory") { try memory() }
        if selected.contains("client") { try client() }
    }

    /// Start-up over a 1,000,000-record journal (DurabilityBenchmarks' journal: 100 units'
    /// projects, then updates to them) against Redis loading an AOF of 1,000,000 SETs of as
    /// many keys, each timed from launch to the first answer.
    func replay(_ starts: [DurabilityBenchmarks.StartUp], _ redisLoads: [(seconds: Double, cpu: Double)]) {
        let records = Self.replayRecords
        let seconds = starts.map(\.replay).min()!
        let fromSnapshot = starts.map(\.fromSnapshot).min()!
        let redisRate = redisLoads.map { Double(records) / $0.seconds }.max()
        report.add(
            Figure(
                workload: "replay",
                name: "start-up over a 1,000,000-record journal, no snapshot (launch to first answer)",
                unit: "records/s",
                jixiao: Double(records) / seconds,
                reference: redisRate == nil ? nil : "redis AOF load",
                referenceValue: redisRate,
                higherIsBetter: true,
                target: 1.0,
                detail: String(format: "jixiaod %.2f s", seconds)
                    + (redisRate.map { String(format: "; redis %.2f s", Double(records) / $0) } ?? "")
            )
        )
        // The same journal with a snapshot at its end: the records the start-up stands for,
        // per second of start-up (what an operator waits for after a restart).
        report.add(
            Figure(
                workload: "replay",
                name: "start-up over a 1,000,000-record journal with a snapshot at its end (launch to first answer)",
                unit: "records/s",
                jixiao: Double(records) / fromSnapshot,
                reference: redisRate == nil ? nil : "redis AOF load",
                referenceValue: redisRate,
                higherIsBetter: true,
                target: 1.0,
                detail: String(format: "jixiaod %.3f s; snapshot %d bytes", fromSnapshot, starts[0].snapshotBytes)
            )
        )
    }

    /// Two starts of a redis-server loading an AOF of `records` SETs of as many keys (an
    /// old-style single file; the second start loads it from the AOF folder Redis moved it
    /// to), each timed from launch to the first `PING` not answered `-LOADING`, with the
    /// server's CPU seconds until then. Empty when Redis is not installed.
    static func redisAOFLoads(records: Int) throws -> [(seconds: Double, cpu: Double)] {
        guard RedisServer.isAvailable else { return [] }
        let folder = try DurabilityBenchmarks.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(records * 70)
        for n in 0..<records {
            bytes += RedisServer.command(["SET", "u\(n % 100):2024:p\(n / 100 % 10):executed", "\(n)元"])
        }
        try FileManager.default.createDirectory(atPath: folder + "/redis", withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/redis/appendonly.aof"))
        return try (0..<2).map { _ in
            let start = Date()
            let server = try RedisServer(in: folder + "/redis")
            let seconds = Date().timeIntervalSince(start)
            let cpu = ProcessCPU.seconds(server.pid) ?? 0
            server.stop()
            return (seconds, cpu)
        }
    }

    /// The `cpu` workload's replay figure: the daemon's CPU time from launch to its first
    /// answer over the 1,000,000-record journal (no snapshot) per record, against Redis's
    /// loading its 1,000,000-SET AOF; the better of two starts each.
    func replayCPU(_ starts: [DurabilityBenchmarks.StartUp], _ redisLoads: [(seconds: Double, cpu: Double)]) {
        let records = Self.replayRecords
        let ours = starts.map(\.replayCPU).min()!
        let theirs = redisLoads.map(\.cpu).min()
        report.add(
            Figure(
                workload: "cpu",
                name: "replay, per record of a 1,000,000-record journal, no snapshot (Redis: its AOF)",
                unit: "µs/record",
                jixiao: ours / Double(records) * 1e6,
                reference: theirs == nil ? nil : "redis",
                referenceValue: theirs.map { $0 / Double(records) * 1e6 },
                higherIsBetter: false,
                detail: String(format: "jixiaod %.2f s CPU", ours)
                    + (theirs.map { String(format: "; redis %.2f s CPU", $0) } ?? ""),
                subject: "jixiaod"
            )
        )
    }

    /// Resident bytes per indicator of a daemon holding the dataset, over an empty daemon's.
    func jixiaoResident(_ dataset: ProvinceDataset?) throws -> (bytes: Int, seconds: Double) {
        let folder = try DurabilityBenchmarks.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/state", withIntermediateDirectories: true)
        if let dataset { try dataset.writeJournal(into: folder + "/state") }
        let start = Date()
        let (daemon, _) = try DurabilityBenchmarks.startDaemon(in: folder)
        let seconds = Date().timeIntervalSince(start)
        usleep(200_000)
        let bytes = Processes.residentBytes(daemon.processIdentifier)
        daemon.terminate()
        daemon.waitUntilExit()
        return (bytes, seconds)
    }

    /// Redis holding `count` 10-field hashes (an indicator's fields), appendonly off.
    func redisResident(_ count: Int) throws -> Int {
        let folder = try DurabilityBenchmarks.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try RedisServer(in: folder + "/redis", appendOnly: false)
        defer { server.stop() }
        if count > 0 {
            let templates = ProvinceDataset.indicatorTemplates
            let commands = (0..<count).lazy.map { n in
                let t = templates[n % templates.count]
                return RedisServer.command([
                    "HSET", "u\(n / 1500):\(2015 + n / 150 % 10):p\(n / 15 % 10):i\(n % 15)",
                    "level1", t.0, "level2", t.1, "name", t.2, "target", t.3, "actual", t.4,
                    "weight", "6", "score", "6", "deviation", "", "completion", "达成", "revision", "\(n)",
                ])
            }
            let errors = try pipelineAll(commands, socket: server.socket, framing: .resp)
            guard errors == 0 else { throw BenchmarkError("redis refused \(errors) HSETs") }
        }
        usleep(200_000)
        return Processes.residentBytes(server.pid)
    }

    func memory() throws {
        let empty = try jixiaoResident(nil).bytes
        let redisEmpty = RedisServer.isAvailable ? try redisResident(0) : 0
        for dataset in [ProvinceDataset.province, .large] {
            let count = dataset.indicatorCount
            let (bytes, seconds) = try jixiaoResident(dataset)
            let perIndicator = Double(bytes - empty) / Double(count)
            var redisPer: Double?
            if RedisServer.isAvailable { redisPer = Double(try redisResident(count) - redisEmpty) / Double(count) }
            report.add(
                Figure(
                    workload: "memory",
                    name: "resident size per indicator at \(count) indicators (Redis: 10-field hashes)",
                    unit: "B/indicator",
                    jixiao: perIndicator,
                    reference: redisPer == nil ? nil : "redis",
                    referenceValue: redisPer,
                    higherIsBetter: false,
                    detail: String(
                        format: "jixiaod RSS %.0f MiB (empty %.1f MiB), started in %.1f s",
                        Double(bytes) / 1_048_576,
                        Double(empty) / 1_048_576,
                        seconds
                    )
                )
            )
            if count >= 2_000_000 {
                report.add(
                    Figure(
                        workload: "memory",
                        name: "resident size per indicator at \(count) indicators, to the 300 B budget",
                        unit: "B/indicator",
                        jixiao: perIndicator,
                        reference: "budget",
                        referenceValue: 300,
                        higherIsBetter: false,
                        target: 1.0
                    )
                )
            }
        }
    }

    /// `jixiao ping` against `redis-cli PING`, whole processes as a shell script runs them.
    func client() throws {
        let folder = try DurabilityBenchmarks.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (daemon, socket) = try DurabilityBenchmarks.startDaemon(in: folder)
        defer {
            daemon.terminate()
            daemon.waitUntilExit()
        }
        var redisTime: Double?
        if RedisServer.isAvailable, let cli = RedisServer.executable("redis-cli") {
            let server = try RedisServer(in: folder + "/redis")
            defer { server.stop() }
            redisTime = try Processes.medianMilliseconds([cli, "-s", server.socket, "PING"]).median
        }
        for (label, path) in Binaries.clients {
            let (median, mean) = try Processes.medianMilliseconds([path, "ping", "--socket", socket])
            report.add(
                Figure(
                    workload: "client",
                    name: "\(label) ping, whole process (redis-cli PING)",
                    unit: "ms",
                    jixiao: median,
                    reference: redisTime == nil ? nil : "redis-cli",
                    referenceValue: redisTime,
                    higherIsBetter: false,
                    target: 0.5,
                    detail: String(format: "median of 40; mean %.2f ms", mean)
                )
            )
        }
    }
}
