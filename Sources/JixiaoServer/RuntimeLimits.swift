import Synchronization

/// The limits a configuration reload may change while the daemon runs (SIGHUP).
///
/// Read when a connection is accepted: a new limit applies to connections made after the
/// reload, and each open connection keeps the limit it started with.
public final class RuntimeLimits: Sendable {
    private let lineLength: Atomic<Int>

    /// Creates the limits.
    /// - Parameter maximumLineLength: the longest request line accepted, in bytes.
    public init(maximumLineLength: Int) {
        lineLength = Atomic(maximumLineLength)
    }

    /// The longest request line accepted, in bytes.
    public var maximumLineLength: Int {
        get { lineLength.load(ordering: .relaxed) }
        set { lineLength.store(newValue, ordering: .relaxed) }
    }
}
