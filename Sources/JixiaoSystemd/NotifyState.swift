#if canImport(Glibc)
import Glibc
#endif

/// One assignment of the `sd_notify(3)` protocol that jixiaod sends.
public enum NotifyState: Sendable, Equatable {
    /// Start-up is finished: the journal is replayed and the socket accepts (`READY=1`).
    /// Also ends a reload.
    case ready
    /// A configuration reload has begun (`RELOADING=1`), stamped with the monotonic clock as
    /// systemd 253 and later require (older ones ignore the stamp).
    case reloading(monotonicMicroseconds: UInt64)
    /// Graceful shutdown has begun (`STOPPING=1`).
    case stopping
    /// The daemon is alive and making progress (`WATCHDOG=1`).
    case watchdog
    /// A one-line summary shown by `systemctl status` (`STATUS=…`).
    case status(String)

    /// A reload stamped now.
    public static var reloadingNow: NotifyState {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return .reloading(monotonicMicroseconds: UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1000)
    }

    /// The `KEY=value` text sent; a status is kept to one line, since a newline would start
    /// another assignment.
    public var assignment: String {
        switch self {
        case .ready: "READY=1"
        case .reloading(let microseconds): "RELOADING=1\nMONOTONIC_USEC=\(microseconds)"
        case .stopping: "STOPPING=1"
        case .watchdog: "WATCHDOG=1"
        case .status(let text):
            "STATUS=" + String(text.map { $0.isNewline ? " " : $0 })
        }
    }
}
