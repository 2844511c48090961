/// When the journal is synced relative to acknowledging a change (`--fsync`).
public enum FsyncPolicy: Sendable, Equatable, CustomStringConvertible {
    /// Acknowledge only after `fdatasync` (the default). Concurrent writers share syncs
    /// (group commit): one `fdatasync` covers every record written since the last one.
    /// Risks nothing that was acknowledged.
    case always
    /// Acknowledge as soon as the record is written to the file, and sync at most
    /// `milliseconds` later. A crash of the daemon loses nothing (the kernel has the bytes),
    /// but a power loss or kernel crash may lose the changes acknowledged in that window,
    /// and a failed sync takes them back out of the model.
    case batch(milliseconds: Int)

    /// The longest batch delay accepted.
    public static let longestBatchDelay = 1000

    public var description: String {
        switch self {
        case .always: "always"
        case .batch(let milliseconds): "batch (\(milliseconds) ms)"
        }
    }
}
