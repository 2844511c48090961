import JixiaoProtocol
import NIOCore

/// Closes a connection that completes no request line for `idle_timeout` seconds: an idle
/// client, one sending a line a byte at a time forever (slowloris), a half-open peer, or
/// one that stopped reading its replies (its requests then stop being read too).
///
/// It sits after the line decoder, so only a complete line (or a too-long one, discarded)
/// counts as activity; bytes that never make a line do not keep the connection alive. The
/// clock does not run while a request of the connection is executing (``RequestActivity``):
/// a change waiting behind a stalled disk or a long `COMMIT` is answered, never cut off
/// with an `ERR` for a change that then commits.
final class IdleDeadlineHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = RequestFrame
    typealias InboundOut = RequestFrame

    /// Sent through the pipeline when a connection starts (`on`) or ends a watch: a
    /// watcher sends no requests and is not idle for that; a watcher that stops reading is
    /// dropped by its bounded event buffer instead.
    struct Watching: Sendable {
        var on: Bool
    }

    private let timeout: TimeAmount
    private let activity: RequestActivity
    private var watching = false
    private var lastFrame = NIODeadline.now()
    private var scheduled: Scheduled<Void>?

    /// Creates the handler.
    /// - Parameters:
    ///   - seconds: the idle timeout.
    ///   - activity: the connection's requests in flight.
    init(seconds: Int, activity: RequestActivity) {
        timeout = .seconds(Int64(seconds))
        self.activity = activity
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { schedule(context, at: lastFrame + timeout) }
    }

    func channelActive(context: ChannelHandlerContext) {
        lastFrame = .now()
        if scheduled == nil { schedule(context, at: lastFrame + timeout) }
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        lastFrame = .now()
        context.fireChannelRead(data)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let watch = event as? Watching {
            watching = watch.on
            lastFrame = .now()
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        scheduled?.cancel()
        scheduled = nil
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        scheduled?.cancel()
        scheduled = nil
    }

    private func schedule(_ context: ChannelHandlerContext, at deadline: NIODeadline) {
        scheduled = context.eventLoop.assumeIsolated().scheduleTask(deadline: deadline) { [self] in
            check(context)
        }
    }

    private func check(_ context: ChannelHandlerContext) {
        let due = max(lastFrame, activity.lastEnd) + timeout
        guard due <= .now(), !watching, !activity.isBusy else {
            schedule(context, at: watching || activity.isBusy ? .now() + timeout : due)
            return
        }
        scheduled = nil
        let seconds = timeout.nanoseconds / 1_000_000_000
        var text = ""
        let error = ProtocolError(.limit, "no complete request for \(seconds) s (idle_timeout); closing")
        ReplyEncoder.encode(.error(error), format: .tsv, into: &text)
        context.writeAndFlush(NIOAny(ByteBuffer(string: text)), promise: nil)
        context.close(promise: nil)
    }
}
