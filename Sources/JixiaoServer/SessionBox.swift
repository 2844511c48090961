/// A connection's ``Session``, shared by its request loop (a task on the channel's event
/// loop) and its ``RequestBatcher`` (a handler on the same loop), which answers plain GETs
/// in place while the loop waits for its next batch.
///
/// Confined to the channel's event loop: both sides touch it only there, and the batcher
/// only while no batch is with the request loop (``RequestBatcher/pendingBatches`` is 0),
/// so the two never access the session at once.
final class SessionBox: @unchecked Sendable {
    var session: Session

    init(_ session: Session) {
        self.session = session
    }
}
