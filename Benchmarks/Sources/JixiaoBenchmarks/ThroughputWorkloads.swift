import Foundation

/// The read, durable write, mixed and CPU-per-request workloads over the province dataset
/// (225,000 indicators), against a release jixiaod and, when installed, a redis-server with
/// `appendfsync always` holding the same keys (``ComparedServers``), both running for the
/// whole workload and driven alternately by the same load generator.
struct ThroughputWorkloads {
    let report: BenchReport
    let seconds: Double
    /// Runs of each server per figure; the best counts.
    var rounds = 2
    let dataset = ProvinceDataset.province
    let selected: Set<String>
    /// Counts the write pools made, so that each run writes values none before it wrote
    /// (a key left at a value by one run is then still changed by the next).
    let pools = Box(0)

    /// Jixiao's one-indicator read.
    func getLine(_ n: Int) -> [UInt8] {
        let key = dataset.key(n)
        return Array("INDICATOR GET \(key.unit) \(key.year) \(key.project) \(key.indicator)\n".utf8)
    }

    /// Redis's equivalent key, holding the indicator's row as a string.
    func redisKey(_ n: Int) -> String {
        let key = dataset.key(n)
        return "\(key.unit):\(key.year):\(key.project):\(key.indicator)"
    }

    /// The indicator with the "≥12次" template of project `n` (one per project), whose
    /// actual value a write changes.
    func writeKey(_ n: Int) -> (unit: String, year: Int, project: String, indicator: String) {
        let projects = dataset.units * dataset.years * dataset.projects
        let spread = (n &* 2_654_435_761) % projects
        let p = spread % dataset.projects
        let y = spread / dataset.projects % dataset.years
        let u = spread / (dataset.projects * dataset.years)
        return (dataset.unit(u), ProvinceDataset.firstYear + y, dataset.project(p), dataset.indicator((15 - p) % 15))
    }

    /// Writes for connection `c`: 64 keys of its own, each written twice per cycle with
    /// alternating values, new to this run.
    func writes(_ c: Int, jixiao: Bool) -> [[UInt8]] {
        let keys = 64
        let round = pools.value
        return (0..<(2 * keys)).map { j in
            let key = writeKey(c * keys + j % keys)
            let actual = "\(20 + 2 * round + (j < keys ? 0 : 1))次"
            if jixiao {
                return Array(
                    "INDICATOR UPDATE \(key.unit) \(key.year) \(key.project) \(key.indicator) actual=\(actual)\n".utf8
                )
            }
            let name = "\(key.unit):\(key.year):\(key.project):\(key.indicator)"
            return RedisServer.command(["SET", name, redisValue(actual: actual)])
        }
    }

    func reads(_ c: Int, jixiao: Bool) -> [[UInt8]] {
        (0..<256).map { j in
            let n = c * 7919 + j * 101
            return jixiao ? getLine(n) : RedisServer.command(["GET", redisKey(n)])
        }
    }

    /// 9 reads then 1 write, repeated.
    func mixed(_ c: Int, jixiao: Bool) -> [[UInt8]] {
        let read = reads(c, jixiao: jixiao)
        let write = writes(c, jixiao: jixiao)
        var pool: [[UInt8]] = []
        for j in 0..<write.count {
            for r in 0..<9 { pool.append(read[(j * 9 + r) % read.count]) }
            pool.append(write[j])
        }
        return pool
    }

    /// The value Redis holds for an indicator: its fields as a TSV row, as big as the row
    /// Jixiao returns.
    func redisValue(actual: String = "14次") -> String {
        "产出指标\t数量指标\t开展医保政策培训次数\t≥12次\t\(actual)\t6\t6\t\t\t\t\t\t1"
    }

    func run() throws {
        let servers = try ComparedServers(
            dataset: dataset,
            redisKey: redisKey,
            redisValue: redisValue()
        )
        defer { servers.stop() }
        let this = self
        if selected.contains("read") {
            for (connections, depth, target) in [(1, 1, 1.0), (50, 1, 1.0), (1, 16, nil), (50, 16, 1.0)] {
                let name = "GET one indicator, \(connections) connection(s)" + (depth > 1 ? ", pipelined \(depth)" : "")
                try compare(servers, "read", name, connections: connections, depth: depth, target: target) {
                    this.reads($0, jixiao: $1)
                }
            }
        }
        if selected.contains("write") {
            for (connections, target) in [(1, nil), (8, nil), (50, 1.0)] as [(Int, Double?)] {
                try compare(
                    servers,
                    "write",
                    "set an indicator's actual value (fsync before OK), \(connections) connection(s)",
                    connections: connections,
                    depth: 1,
                    target: target
                ) { this.writes($0, jixiao: $1) }
            }
        }
        if selected.contains("mixed") {
            try compare(servers, "mixed", "90% GET / 10% SET, 50 connections", connections: 50, depth: 1, target: nil) {
                this.mixed($0, jixiao: $1)
            }
        }
        if selected.contains("cpu") { try cpuPerRequest(servers) }
    }

    /// Runs of the load `pool` makes against each server in turn, `rounds` times: on a
    /// shared machine a neighbour's burst then costs one run, not the figure. Each run also
    /// measures its server's CPU time.
    func interleavedRuns(
        _ servers: ComparedServers,
        _ what: String,
        connections: Int,
        depth: Int,
        seconds: Double,
        pool: @escaping @Sendable (Int, Bool) -> [[UInt8]]
    ) throws -> (jixiaod: [LoadResult], redis: [LoadResult]) {
        var ours: [LoadResult] = []
        var theirs: [LoadResult] = []
        for _ in 0..<rounds {
            pools.value += 1
            let run = try LoadGenerator.run(
                LoadSpec(
                    socket: servers.socket,
                    framing: .jixiao,
                    connections: connections,
                    depth: depth,
                    seconds: seconds,
                    requests: { pool($0, true) },
                    serverPID: servers.daemon.processIdentifier
                )
            )
            if run.errors > 0 { throw BenchmarkError("\(what): jixiaod answered \(run.errors) errors") }
            ours.append(run)
            pools.value += 1
            if let redis = servers.redis {
                theirs.append(
                    try LoadGenerator.run(
                        LoadSpec(
                            socket: redis.socket,
                            framing: .resp,
                            connections: connections,
                            depth: depth,
                            seconds: seconds,
                            requests: { pool($0, false) },
                            serverPID: redis.pid
                        )
                    )
                )
            }
        }
        return (ours, theirs)
    }

    /// A throughput figure: each server's best rate over the interleaved runs.
    func compare(
        _ servers: ComparedServers,
        _ workload: String,
        _ name: String,
        connections: Int,
        depth: Int,
        target: Double?,
        pool: @escaping @Sendable (Int, Bool) -> [[UInt8]]
    ) throws {
        let runs = try interleavedRuns(
            servers,
            "\(workload) \(name)",
            connections: connections,
            depth: depth,
            seconds: seconds,
            pool: pool
        )
        guard let ours = runs.jixiaod.max(by: { $0.rate < $1.rate }) else { return }
        let theirs = runs.redis.max { $0.rate < $1.rate }
        if workload == "write", connections == 1 {
            // The floor again, right after these runs, on the dataset's filesystem; the
            // better of it and the first measurement is the reference (best against best).
            let raw = DurabilityBenchmarks.rawSyncRate(in: servers.folder)
            Measurements.shared.rawSyncRate = max(raw, Measurements.shared.rawSyncRate ?? 0)
        }
        report.add(
            Figure(
                workload: workload,
                name: name,
                unit: "ops/s",
                jixiao: ours.rate,
                reference: theirs == nil ? nil : "redis",
                referenceValue: theirs?.rate,
                higherIsBetter: true,
                target: theirs == nil ? nil : target,
                detail: "jixiao \(ours.summary)" + (theirs.map { "; redis \($0.summary)" } ?? "")
            )
        )
        if workload == "write", connections == 1, let raw = Measurements.shared.rawSyncRate {
            report.add(
                Figure(
                    workload: workload,
                    name: "1 connection, to the raw fdatasync floor",
                    unit: "ops/s",
                    jixiao: ours.rate,
                    reference: "raw fdatasync",
                    referenceValue: raw,
                    higherIsBetter: true,
                    target: 0.9,
                    detail: "floor: the better of the run's first measurement and one right after these runs"
                )
            )
        }
    }
}
