import NIOCore

/// Hands on the request frames of one socket read as one batch, so that the connection
/// answers a pipelined batch with one socket write instead of one write (and one
/// `writev`/wake-up) per reply.
///
/// Frames are gathered in `channelRead` and passed on when the read is complete (NIO's
/// `channelReadComplete`), or before the end of input or of the connection is passed on,
/// so no frame is held back and order is kept.
final class RequestBatcher: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = RequestFrame
    typealias InboundOut = [RequestFrame]

    private var frames: [RequestFrame] = []

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        frames.append(unwrapInboundIn(data))
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        flush(context)
        context.fireChannelReadComplete()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        flush(context)
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        flush(context)
        context.fireChannelInactive()
    }

    private func flush(_ context: ChannelHandlerContext) {
        guard !frames.isEmpty else { return }
        let batch = frames
        frames.removeAll(keepingCapacity: true)
        context.fireChannelRead(wrapInboundOut(batch))
    }
}
