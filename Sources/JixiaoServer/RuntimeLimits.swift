import Synchronization

/// The limits a configuration reload may change while the daemon runs (SIGHUP).
///
/// Read when a connection is accepted: a new limit applies to connections made after the
/// reload, and each open connection keeps the limit it started with.
/// The access policy is read at every request, so a reload changes what open connections
/// may do at once.
public final class RuntimeLimits: Sendable {
    private let lineLength: Atomic<Int>
    private let access: Mutex<AccessPolicy>

    /// Creates the limits.
    /// - Parameters:
    ///   - maximumLineLength: the longest request line accepted, in bytes.
    ///   - policy: who gets which role.
    public init(maximumLineLength: Int, policy: AccessPolicy = AccessPolicy()) {
        lineLength = Atomic(maximumLineLength)
        access = Mutex(policy)
    }

    /// Who gets which role.
    public var policy: AccessPolicy {
        get { access.withLock { $0 } }
        set { access.withLock { $0 = newValue } }
    }

    /// The longest request line accepted, in bytes.
    public var maximumLineLength: Int {
        get { lineLength.load(ordering: .relaxed) }
        set { lineLength.store(newValue, ordering: .relaxed) }
    }
}
