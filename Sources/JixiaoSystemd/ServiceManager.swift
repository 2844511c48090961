import CSystemd

#if canImport(Glibc)
import Glibc
#endif

/// Tells systemd what the daemon is doing, through `sd_notify(3)`.
///
/// Without `NOTIFY_SOCKET` in the environment (started by hand, or by a test that does not
/// listen) every call does nothing, so the daemon needs no "am I under systemd" branches.
/// libsystemd does the sending: the notify protocol is not reimplemented here.
public enum ServiceManager {
    /// What one `sd_notify` call achieved.
    public enum NotifyResult: Sendable, Equatable {
        /// The datagram was sent to the service manager.
        case sent
        /// No service manager listens (`NOTIFY_SOCKET` is unset): nothing was sent.
        case notListening
        /// Sending failed with this errno (for example ENOENT when a sandbox hides the socket).
        case failed(Int32)
    }

    /// Sends state changes to the service manager as one datagram, so that systemd sees them
    /// together (`READY=1` with the `STATUS=` that goes with it).
    /// - Parameter states: the assignments to send, in order.
    /// - Returns: whether they were sent; the daemon logs a failure but goes on.
    @discardableResult
    public static func notify(_ states: [NotifyState]) -> NotifyResult {
        let text = states.map(\.assignment).joined(separator: "\n")
        let result = sd_notify(0, text)
        if result > 0 { return .sent }
        if result == 0 { return .notListening }
        return .failed(-result)
    }

    /// Sends one state change.
    /// - Parameter state: the assignment to send.
    /// - Returns: whether it was sent.
    @discardableResult
    public static func notify(_ state: NotifyState) -> NotifyResult {
        notify([state])
    }

    /// Whether a service manager asked for notifications (`NOTIFY_SOCKET` is set), so that
    /// periodic `STATUS=` updates are only computed when someone reads them.
    public static var isListening: Bool {
        guard let value = getenv("NOTIFY_SOCKET") else { return false }
        return value.pointee != 0
    }
}
