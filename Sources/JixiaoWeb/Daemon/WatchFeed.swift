import JixiaoClient
public import JixiaoProtocol
public import Logging

/// One `WATCH` of everything, kept open by jixiao-web as its own user, whose events go to
/// every page that listens (server-sent events), filtered by the unit-year it shows.
///
/// The feed resumes where it left off (`WATCH from=N`) when the connection breaks or the
/// daemon restarts, so no change is missed; a page only needs to know that something in its
/// scope changed, and fetches what it shows again. Who may listen was checked when the page
/// subscribed (any role may read every unit).
public actor WatchFeed {
    private let socketPath: String
    private let logger: Logger
    private var listeners: [Int: (scope: String, continuation: AsyncStream<WatchEvent>.Continuation)] = [:]
    private var nextID = 0
    private var lastSequence: Int64?

    /// Creates the feed; ``run()`` keeps it going.
    public init(socketPath: String, logger: Logger) {
        self.socketPath = socketPath
        self.logger = logger
    }

    /// The events under a path prefix (`hongjiang/2024`), until the stream is dropped.
    public func subscribe(scope: String) -> AsyncStream<WatchEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: WatchEvent.self, bufferingPolicy: .bufferingNewest(64))
        let id = nextID
        nextID += 1
        listeners[id] = (scope, continuation)
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        return stream
    }

    private func unsubscribe(_ id: Int) {
        listeners[id] = nil
    }

    /// How many pages listen (for tests and the status line).
    public var listenerCount: Int { listeners.count }

    /// Watches until cancelled, reconnecting after a second when the connection ends.
    public func run() async {
        while !Task.isCancelled {
            do {
                try await watchOnce()
            } catch {
                logger.warning("watch of jixiaod ended; reconnecting", metadata: ["error": "\(error)"])
            }
            try? await Task.sleep(for: .seconds(1))
        }
        for listener in listeners.values { listener.continuation.finish() }
    }

    private func watchOnce() async throws {
        let (lines, continuation) = AsyncStream.makeStream(of: String.self)
        let connection = try await DaemonConnection.connect(socketPath: socketPath, events: continuation)
        defer { connection.close() }
        let request = lastSequence.map { "WATCH from=\($0)" } ?? "WATCH"
        let reply = try await connection.request([request])[0]
        guard reply.isOK else {
            if reply.statusLine.hasPrefix("ERR NOT_FOUND") { lastSequence = nil }
            throw DaemonError.protocolViolation(reply.statusLine)
        }
        if lastSequence == nil {
            let word = reply.statusLine.split(separator: " ").first { $0.hasPrefix("seq=") }
            lastSequence = word.flatMap { Int64($0.dropFirst(4)) }
        }
        logger.info("watching jixiaod", metadata: ["journal.seq": "\(lastSequence ?? 0)"])
        try await withTaskCancellationHandler {
            for await line in lines {
                if let event = WatchEvent(line: line) {
                    deliver(event)
                } else if line.hasPrefix("ERR ") {
                    throw DaemonError.protocolViolation(line)
                }
            }
        } onCancel: {
            connection.close()
        }
    }

    private func deliver(_ event: WatchEvent) {
        lastSequence = max(lastSequence ?? 0, event.sequence)
        for listener in listeners.values where Self.isInside(event.object, scope: listener.scope) {
            listener.continuation.yield(event)
        }
    }

    /// Whether an object's path lies in a scope (`hongjiang/2024` holds
    /// `hongjiang/2024/jicha/payment/3`; changes about no one object, `-`, are in every scope,
    /// as are the unit's own changes).
    static func isInside(_ object: String, scope: String) -> Bool {
        if object == "-" { return true }
        if object == scope || object.hasPrefix(scope + "/") { return true }
        return scope.hasPrefix(object + "/")
    }
}
