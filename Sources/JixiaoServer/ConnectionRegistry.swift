import NIOCore
import Synchronization

/// The open connections, so that shutdown can stop their input and let them finish.
final class ConnectionRegistry: Sendable {
    private struct State {
        var channels: [Int: any Channel] = [:]
        var nextID = 1
        var closing = false
    }

    private let state = Mutex(State())

    /// Registers a connection and gives it an id; `nil` once shutdown has begun (the
    /// caller then closes the connection unanswered).
    func add(_ channel: any Channel) -> Int? {
        state.withLock { state in
            guard !state.closing else { return nil }
            let id = state.nextID
            state.nextID += 1
            state.channels[id] = channel
            return id
        }
    }

    /// Forgets a connection.
    func remove(_ id: Int) {
        _ = state.withLock { $0.channels.removeValue(forKey: id) }
    }

    /// How many connections are open.
    var count: Int { state.withLock { $0.channels.count } }

    /// Stops reading on every connection: each answers what it has read, then ends.
    func closeAllInputs() {
        let channels = state.withLock { state in
            state.closing = true
            return Array(state.channels.values)
        }
        for channel in channels {
            channel.close(mode: .input, promise: nil)
        }
    }
}
