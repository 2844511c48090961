import Foundation
import Histogram

/// What one load run does: `connections` threads, each with its own connection, sending
/// `depth` requests per write (1: unpipelined) for `seconds`.
struct LoadSpec: Sendable {
    var socket: String
    var framing: ReplyFraming
    var connections: Int
    var depth: Int = 1
    var seconds: Double = 3
    /// The requests connection `index` cycles through, each one line or RESP command.
    var requests: @Sendable (_ connection: Int) -> [[UInt8]]
    /// The server's process, whose CPU time the run measures over exactly the requests it
    /// counts (after the warm-up, until the last reply).
    var serverPID: Int32?
}

/// A load run's figures: operations per second and the latency of each request (for a
/// pipelined batch, every request of it has the batch's round trip).
struct LoadResult: Sendable {
    var operations: Int
    var errors: Int
    var seconds: Double
    var latency: Histogram<UInt64>
    /// The server process's CPU seconds (utime + stime) over the run, when measured.
    var serverCPU: Double?

    var rate: Double { Double(operations) / seconds }
    /// The server's CPU seconds per request answered.
    var cpuPerOperation: Double? { serverCPU.map { $0 / Double(max(operations, 1)) } }
    /// Microseconds at `percentile`.
    func micros(_ percentile: Double) -> Double { Double(latency.valueAtPercentile(percentile)) / 1000 }
    var summary: String {
        "p50 \(LoadResult.format(micros(50))) µs, p99 \(LoadResult.format(micros(99))) µs, p99.9 \(LoadResult.format(micros(99.9))) µs"
    }
    static func format(_ value: Double) -> String { String(format: "%.0f", value) }
}

/// Runs load against a server over its Unix socket with one thread per connection
/// (blocking sockets: simple, and the threads sleep while the server works).
enum LoadGenerator {
    static func run(_ spec: LoadSpec) throws -> LoadResult {
        let results = Collected()
        let ready = DispatchGroup()
        let done = DispatchGroup()
        let go = DispatchSemaphore(value: 0)
        let stopAt = Box<UInt64>(0)
        for connection in 0..<spec.connections {
            ready.enter()
            done.enter()
            let pool = spec.requests(connection)
            Thread.detachNewThread {
                defer { done.leave() }
                var histogram = Histogram<UInt64>(
                    lowestDiscernibleValue: 1_000,
                    highestTrackableValue: 60_000_000_000,
                    numberOfSignificantValueDigits: .three
                )
                let client: LoadConnection
                do {
                    client = try LoadConnection(path: spec.socket, framing: spec.framing)
                } catch {
                    results.fail(error)
                    ready.leave()
                    return
                }
                var batch: [UInt8] = []
                var next = 0
                func fillBatch() {
                    batch.removeAll(keepingCapacity: true)
                    for _ in 0..<spec.depth {
                        batch += pool[next]
                        next = next + 1 == pool.count ? 0 : next + 1
                    }
                }
                // A warm-up batch: connected, first request answered.
                do {
                    fillBatch()
                    try client.send(batch)
                    try client.awaitReplies(spec.depth)
                } catch {
                    results.fail(error)
                    ready.leave()
                    return
                }
                ready.leave()
                go.wait()
                let end = stopAt.value
                var operations = 0
                var errors = 0
                do {
                    while true {
                        let started = DispatchTime.now().uptimeNanoseconds
                        if started >= end { break }
                        fillBatch()
                        try client.send(batch)
                        errors += try client.awaitReplies(spec.depth)
                        let elapsed = DispatchTime.now().uptimeNanoseconds - started
                        histogram.record(max(elapsed, 1_000), count: UInt64(spec.depth))
                        operations += spec.depth
                    }
                } catch {
                    results.fail(error)
                }
                results.add(operations: operations, errors: errors, histogram: histogram)
            }
        }
        ready.wait()
        if let failure = results.failure { throw failure }
        let cpuBefore = spec.serverPID.flatMap(ProcessCPU.seconds)
        let begin = DispatchTime.now().uptimeNanoseconds
        stopAt.value = begin + UInt64(spec.seconds * 1e9)
        for _ in 0..<spec.connections { go.signal() }
        done.wait()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9
        let cpuAfter = spec.serverPID.flatMap(ProcessCPU.seconds)
        if let failure = results.failure { throw failure }
        return LoadResult(
            operations: results.operations,
            errors: results.errors,
            seconds: elapsed,
            latency: results.histogram,
            serverCPU: cpuBefore.flatMap { before in cpuAfter.map { $0 - before } }
        )
    }
}

/// A value set once before the threads read it (the semaphore orders the accesses).
final class Box<Value: Sendable>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}

/// What the load threads report, merged under a lock.
final class Collected: @unchecked Sendable {  // every access holds `lock`
    private let lock = NSLock()
    private var _operations = 0
    private var _errors = 0
    private var _histogram = Histogram<UInt64>(
        lowestDiscernibleValue: 1_000,
        highestTrackableValue: 60_000_000_000,
        numberOfSignificantValueDigits: .three
    )
    private var _failure: (any Error)?

    func add(operations: Int, errors: Int, histogram: Histogram<UInt64>) {
        lock.withLock {
            _operations += operations
            _errors += errors
            _histogram.add(histogram)
        }
    }
    func fail(_ error: any Error) { lock.withLock { _failure = _failure ?? error } }
    var operations: Int { lock.withLock { _operations } }
    var errors: Int { lock.withLock { _errors } }
    var histogram: Histogram<UInt64> { lock.withLock { _histogram } }
    var failure: (any Error)? { lock.withLock { _failure } }
}
