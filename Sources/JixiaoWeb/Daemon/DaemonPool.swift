public import JixiaoClient
import NIOCore

/// A few connections to jixiaod shared by every web request.
///
/// At most `capacity` are open at once (jixiaod limits connections per Unix user,
/// `max_connections_per_uid`); a request waits for one when all are busy. An idle
/// connection is reused only for a while (well inside the daemon's `idle_timeout`), and a
/// connection whose request failed is closed, never reused: a reply lost in the middle must
/// not become the next request's.
public actor DaemonPool {
    /// jixiaod's socket.
    public let socketPath: String
    /// The most connections open at once.
    public let capacity: Int
    /// How long an idle connection is kept.
    public let idleSeconds: Int64

    private var idle: [(connection: DaemonConnection, since: ContinuousClock.Instant)] = []
    private var open = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Creates a pool; nothing connects until the first request.
    public init(socketPath: String, capacity: Int = 8, idleSeconds: Int64 = 60) {
        self.socketPath = socketPath
        self.capacity = capacity
        self.idleSeconds = idleSeconds
    }

    /// Sends request lines on one connection (pipelined) and returns their replies.
    /// - Throws: ``DaemonError``.
    public func request(_ lines: [String]) async throws(DaemonError) -> [ReceivedReply] {
        try await withConnection { connection throws(DaemonError) in try await connection.request(lines) }
    }

    /// Runs `body` with one connection to itself (several steps that must share it).
    /// - Throws: ``DaemonError``: `body`'s, after which the connection is closed.
    func withConnection<Result: Sendable>(
        _ body: @Sendable (DaemonConnection) async throws(DaemonError) -> Result
    ) async throws(DaemonError) -> Result {
        let connection = try await checkOut()
        do {
            let result = try await body(connection)
            checkIn(connection)
            return result
        } catch {
            discard(connection)
            throw error
        }
    }

    private func checkOut() async throws(DaemonError) -> DaemonConnection {
        while true {
            let now = ContinuousClock.now
            while let last = idle.popLast() {
                if last.connection.isUsable, now - last.since < .seconds(idleSeconds) { return last.connection }
                last.connection.close()
                open -= 1
            }
            if open < capacity {
                open += 1
                do {
                    return try await DaemonConnection.connect(socketPath: socketPath)
                } catch {
                    open -= 1
                    wakeOne()
                    throw error
                }
            }
            await withCheckedContinuation { waiting.append($0) }
        }
    }

    private func checkIn(_ connection: DaemonConnection) {
        if connection.isUsable {
            idle.append((connection, ContinuousClock.now))
        } else {
            connection.close()
            open -= 1
        }
        wakeOne()
    }

    private func discard(_ connection: DaemonConnection) {
        connection.close()
        open -= 1
        wakeOne()
    }

    private func wakeOne() {
        if !waiting.isEmpty { waiting.removeFirst().resume() }
    }
}
