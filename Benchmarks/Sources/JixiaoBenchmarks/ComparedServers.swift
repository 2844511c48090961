import Foundation
import JixiaoClient

/// The two servers the throughput and CPU workloads drive, up for all of them: a release
/// jixiaod that replayed the province dataset's journal and, when installed, a redis-server
/// with `appendfsync always` holding the same keys (each indicator's row as a string).
final class ComparedServers {
    let folder: String
    let daemon: Process
    let socket: String
    let redis: RedisServer?

    init(dataset: ProvinceDataset, redisKey: @escaping (Int) -> String, redisValue: String) throws {
        folder = try DurabilityBenchmarks.scratch()
        let records = try dataset.writeJournal(into: folder + "/state")
        let loadStart = Date()
        // The per-user connection and per-connection request-rate limits are for hostile
        // clients, not for a load generator (Redis has neither).
        let configuration = folder + "/jixiao.conf"
        try "max_connections = 0\nmax_connections_per_uid = 0\nmax_requests_per_second = 0\n".write(
            toFile: configuration,
            atomically: true,
            encoding: .utf8
        )
        let started = try DurabilityBenchmarks.startDaemon(in: folder, arguments: ["--config", configuration])
        daemon = started.0
        socket = started.socket
        // The dataset's records were replayed without a snapshot, so the first change of a
        // timed run would start the automatic one (every 100,000 records): 69 % of the
        // daemon's CPU in the 1-connection update run of 2026-12-07. A server in use took its
        // snapshot long ago; take it before the runs (later automatic ones still count).
        let snapshot = try ClientConnection(socketPath: socket).request("SNAPSHOT")
        guard snapshot.isOK else {
            daemon.terminate()
            daemon.waitUntilExit()
            throw BenchmarkError("SNAPSHOT failed: \(snapshot.statusLine)")
        }
        print(
            "dataset: \(dataset.indicatorCount) indicators, \(records) journal records, replayed in "
                + String(format: "%.1f s", Date().timeIntervalSince(loadStart))
                + " (jixiaod pid \(daemon.processIdentifier))"
        )
        do {
            redis = try Self.startRedis(
                in: folder + "/redis",
                keys: dataset.indicatorCount,
                key: redisKey,
                value: redisValue
            )
        } catch {
            daemon.terminate()
            daemon.waitUntilExit()
            throw error
        }
    }

    /// A redis-server holding `keys` keys, each set to `value`; `nil` when not installed.
    private static func startRedis(
        in folder: String,
        keys: Int,
        key: @escaping (Int) -> String,
        value: String
    ) throws -> RedisServer? {
        guard RedisServer.isAvailable else {
            print("redis-server not installed: Jixiao figures only (apt-get install redis-server redis-tools)")
            return nil
        }
        let server = try RedisServer(in: folder)
        let values = (0..<keys).lazy.map { n in RedisServer.command(["SET", key(n), value]) }
        let errors = try pipelineAll(values, socket: server.socket, framing: .resp)
        guard errors == 0 else {
            server.stop()
            throw BenchmarkError("redis refused \(errors) SETs")
        }
        return server
    }

    func stop() {
        daemon.terminate()
        daemon.waitUntilExit()
        redis?.stop()
        try? FileManager.default.removeItem(atPath: folder)
    }
}
