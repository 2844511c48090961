import NIOCore
import Synchronization

/// Whether a connection has a request in flight, and when its last request was answered,
/// shared by the connection's request loop and its ``IdleDeadlineHandler``.
///
/// The idle clock runs only between requests: a change waiting behind a stalled disk or a
/// long `COMMIT` is not idleness, and closing its connection with `ERR LIMIT` would claim
/// a failure for a change that then commits (a client that retries would double it).
final class RequestActivity: Sendable {
    private let inFlight = Atomic<Int>(0)
    private let lastAnswered = Atomic<UInt64>(0)

    /// A request starts executing.
    func begin() {
        inFlight.add(1, ordering: .relaxed)
    }

    /// The request is answered: the idle clock starts again from now.
    func end() {
        lastAnswered.store(NIODeadline.now().uptimeNanoseconds, ordering: .relaxed)
        inFlight.subtract(1, ordering: .releasing)
    }

    /// Whether a request is executing.
    var isBusy: Bool { inFlight.load(ordering: .acquiring) > 0 }

    /// When the last request was answered (the distant past before the first).
    var lastEnd: NIODeadline { .uptimeNanoseconds(lastAnswered.load(ordering: .relaxed)) }
}
