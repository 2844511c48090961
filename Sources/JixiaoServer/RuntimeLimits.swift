import Synchronization

/// The limits a configuration reload may change while the daemon runs (SIGHUP).
///
/// The line length and idle timeout are read when a connection is accepted: a new value
/// applies to connections made after the reload. The connection limits apply to the next
/// connection, and the access policy, request rate and row limit to the next request, so
/// a reload changes what open connections may do at once. A limit of 0 means none.
public final class RuntimeLimits: Sendable {
    private let lineLength: Atomic<Int>
    private let access: Mutex<AccessPolicy>
    private let generation = Atomic<Int>(0)
    private let values: Mutex<Values>

    /// The connection and request limits, as one value.
    public struct Values: Sendable, Equatable {
        /// `max_connections`.
        public var connections = 256
        /// `max_connections_per_uid`.
        public var connectionsPerUser = 32
        /// `max_requests_per_second`, per connection.
        public var requestsPerSecond = 5000
        /// `idle_timeout`, in seconds.
        public var idleSeconds = 600
        /// `max_rows`.
        public var rows = 1_000_000
        /// `max_transaction_bytes`.
        public var transactionBytes = 8 * 1024 * 1024

        /// The limits a configuration sets (with the built-in defaults for unset keys).
        public init(_ config: ConfigValues = ConfigValues()) {
            let given = ConfigValues.defaults.overridden(by: config)
            connections = given.maximumConnections ?? connections
            connectionsPerUser = given.maximumConnectionsPerUser ?? connectionsPerUser
            requestsPerSecond = given.maximumRequestsPerSecond ?? requestsPerSecond
            idleSeconds = given.idleTimeout ?? idleSeconds
            rows = given.maximumRows ?? rows
            transactionBytes = given.maximumTransactionBytes ?? transactionBytes
        }
    }

    /// Creates the limits.
    /// - Parameters:
    ///   - maximumLineLength: the longest request line accepted, in bytes.
    ///   - policy: who gets which role.
    ///   - values: the connection and request limits.
    public init(maximumLineLength: Int, policy: AccessPolicy = AccessPolicy(), values: Values = Values()) {
        lineLength = Atomic(maximumLineLength)
        access = Mutex(policy)
        self.values = Mutex(values)
    }

    /// The longest request line accepted, in bytes.
    public var maximumLineLength: Int {
        get { lineLength.load(ordering: .relaxed) }
        set { lineLength.store(newValue, ordering: .relaxed) }
    }

    /// Who gets which role.
    public var policy: AccessPolicy {
        get { access.withLock { $0 } }
        set {
            access.withLock { $0 = newValue }
            generation.add(1, ordering: .sequentiallyConsistent)
        }
    }

    /// How many times the policy was set (a reload): a connection whose users' groups were
    /// looked up before the last one looks them up again at its next request.
    public var policyGeneration: Int { generation.load(ordering: .sequentiallyConsistent) }

    /// The connection and request limits.
    public var current: Values {
        get { values.withLock { $0 } }
        set { values.withLock { $0 = newValue } }
    }
}
