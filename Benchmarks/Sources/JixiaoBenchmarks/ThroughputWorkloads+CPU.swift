import Foundation

/// The `cpu` workload's per-request figures: the CPU time (utime + stime, every thread)
/// each server process spends per request answered, over the same interleaved load runs
/// as the throughput figures. It is the steadier figure on a shared machine: a
/// neighbour's burst slows a server down but does not make it spend more CPU per request.
extension ThroughputWorkloads {
    /// A case of the workload: what is sent, over how many connections, how deep.
    struct CPUCase {
        var name: String
        var connections: Int
        var depth: Int
        /// The most Jixiao may spend per request, as a multiple of Redis's (issue 19).
        var target: Double?
        var pool: @Sendable (Int, Bool) -> [[UInt8]]
    }

    /// The least a CPU run lasts: 10 ms ticks must be negligible beside the CPU it
    /// measures (at Redis's ~10 µs per GET, 2 s is ≥ 20,000 requests).
    static let leastCPUSeconds = 2.0

    func cpuPerRequest(_ servers: ComparedServers) throws {
        let this = self
        let cases = [
            CPUCase(name: "GET one indicator, 1 connection", connections: 1, depth: 1, target: 1.0) {
                this.reads($0, jixiao: $1)
            },
            CPUCase(name: "GET one indicator, 1 connection, pipelined 16", connections: 1, depth: 16, target: 1.0) {
                this.reads($0, jixiao: $1)
            },
            CPUCase(name: "durable update of one indicator, 1 connection", connections: 1, depth: 1, target: 1.0) {
                this.writes($0, jixiao: $1)
            },
            CPUCase(name: "durable update of one indicator, 50 connections", connections: 50, depth: 1, target: 1.0) {
                this.writes($0, jixiao: $1)
            },
            CPUCase(name: "90% GET / 10% durable update, 50 connections", connections: 50, depth: 1, target: nil) {
                this.mixed($0, jixiao: $1)
            },
        ]
        for cpuCase in cases {
            let runs = try interleavedRuns(
                servers,
                "cpu \(cpuCase.name)",
                connections: cpuCase.connections,
                depth: cpuCase.depth,
                seconds: max(seconds, Self.leastCPUSeconds),
                pool: cpuCase.pool
            )
            // The better run is the one that spent less per request.
            let cheapest = { (runs: [LoadResult]) in
                runs.filter { $0.cpuPerOperation != nil }.min { $0.cpuPerOperation! < $1.cpuPerOperation! }
            }
            guard let ours = cheapest(runs.jixiaod) else { throw BenchmarkError("jixiaod's CPU time unreadable") }
            let theirs = cheapest(runs.redis)
            report.add(
                Figure(
                    workload: "cpu",
                    name: cpuCase.name,
                    unit: "µs/op",
                    jixiao: ours.cpuPerOperation! * 1e6,
                    reference: theirs == nil ? nil : "redis",
                    referenceValue: theirs.map { $0.cpuPerOperation! * 1e6 },
                    higherIsBetter: false,
                    target: theirs == nil ? nil : cpuCase.target,
                    detail: "jixiaod \(Self.cpuSummary(ours))"
                        + (theirs.map { "; redis \(Self.cpuSummary($0))" } ?? ""),
                    subject: "jixiaod"
                )
            )
        }
    }

    /// How a CPU figure was made: the CPU seconds over the requests they answered.
    static func cpuSummary(_ run: LoadResult) -> String {
        String(format: "%.2f s CPU / %d requests in %.1f s", run.serverCPU ?? 0, run.operations, run.seconds)
    }
}
