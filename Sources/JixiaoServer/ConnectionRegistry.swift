import JixiaoProtocol
import NIOCore
import Synchronization

/// The open connections, so that shutdown can stop their input and let them finish.
final class ConnectionRegistry: Sendable {
    private struct State {
        var channels: [Int: any Channel] = [:]
        var users: [Int: UInt32] = [:]
        var nextID = 1
        var closing = false
    }

    private let state = Mutex(State())

    /// Why a connection was not registered.
    enum Refusal: Error {
        /// Shutdown has begun: close the connection unanswered.
        case closing
        /// A limit is reached: answer this error, then close.
        case limit(ProtocolError)
    }

    /// Registers a connection of a user and gives it an id, unless shutdown has begun or a
    /// connection limit is reached.
    /// - Parameters:
    ///   - channel: the connection.
    ///   - uid: its peer's user.
    ///   - limits: `max_connections` and `max_connections_per_uid` (0: none).
    func add(_ channel: any Channel, uid: UInt32, limits: RuntimeLimits.Values) -> Result<Int, Refusal> {
        state.withLock { state in
            guard !state.closing else { return .failure(.closing) }
            if limits.connections > 0, state.channels.count >= limits.connections {
                return .failure(
                    .limit(
                        ProtocolError(
                            .limit,
                            "the daemon has \(limits.connections) connections open (max_connections); try again later"
                        )
                    )
                )
            }
            if limits.connectionsPerUser > 0,
                state.users.values.count(where: { $0 == uid }) >= limits.connectionsPerUser
            {
                return .failure(
                    .limit(
                        ProtocolError(
                            .limit,
                            "you have \(limits.connectionsPerUser) connections open (max_connections_per_uid); close one"
                        )
                    )
                )
            }
            let id = state.nextID
            state.nextID += 1
            state.channels[id] = channel
            state.users[id] = uid
            return .success(id)
        }
    }

    /// Forgets a connection.
    func remove(_ id: Int) {
        state.withLock { state in
            state.channels.removeValue(forKey: id)
            state.users.removeValue(forKey: id)
        }
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
