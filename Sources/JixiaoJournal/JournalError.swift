/// What can go wrong with the journal.
public enum JournalError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A record before the tail is damaged: the daemon must not start (data would be lost).
    case corrupt(file: String, offset: Int, reason: String)
    /// Reading, writing or syncing failed at the system level.
    case io(operation: String, path: String, errno: Int32)
    /// Another process holds the state directory.
    case locked(path: String)
    /// A previous fsync failed, so nothing written since can be trusted as durable; the
    /// journal refuses further appends until it is reopened.
    case poisoned
    /// The segment or its folder is no longer where the daemon locked it (removed or
    /// replaced under it): what it writes would reach no file anyone reads.
    case vanished(path: String, reason: String)

    public var description: String {
        switch self {
        case .corrupt(let file, let offset, let reason):
            "journal \(file) is damaged at byte offset \(offset): \(reason). Refusing to start so that no record is lost; "
                + "inspect the file at that offset, restore it from a backup, or cut it there by hand if the rest is expendable"
        case .io(let operation, let path, let errno):
            "\(operation) \(path) failed: \(SystemErrorText.describe(errno))"
        case .locked(let path):
            "state directory \(path) is in use by another jixiaod (its lock is held)"
        case .vanished(let path, let reason):
            "\(path) is gone from under the daemon: \(reason)"
        case .poisoned:
            "an earlier journal sync failed; the journal accepts no more writes until the daemon restarts"
        }
    }
}
