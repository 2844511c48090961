import NIOCore

/// Hands on the request frames of one socket read as one batch, so that the connection
/// answers a pipelined batch with one socket write instead of one write (and one
/// `writev`/wake-up) per reply; and answers plain GETs itself when it can.
///
/// Frames are gathered in `channelRead` and passed on when the read is complete (NIO's
/// `channelReadComplete`), or before the end of input or of the connection is passed on,
/// so no frame is held back and order is kept.
///
/// Once the connection's request loop has attached its session (``attach(_:handler:)``),
/// a batch arriving while the loop has nothing in hand (no batch passed on and not yet
/// answered) is answered here, on the event loop, frame by frame for as long as the
/// frames are plain GETs (``ConnectionHandler/answerDirectly(_:session:into:)``): no hop
/// to the loop's task, no async stream, no async writer. The replies go out before the
/// rest of the batch is passed on, so order is kept. The profile of an unpipelined GET
/// showed that bridging to the task and back cost more than the GET.
final class RequestBatcher: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = RequestFrame
    typealias InboundOut = [RequestFrame]
    typealias OutboundOut = ByteBuffer

    private var frames: [RequestFrame] = []
    /// Batches passed on to the request loop and not yet answered by it.
    private(set) var pendingBatches = 0
    /// The session and the answering of requests, once the request loop has started.
    private var answerer: (session: SessionBox, handler: ConnectionHandler)?

    /// Lets the batcher answer plain GETs with the connection's session.
    func attach(_ session: SessionBox, handler: ConnectionHandler) {
        answerer = (session, handler)
    }

    /// Stops the answering here (the connection is closing: nothing after `QUIT` is answered).
    func detach() {
        answerer = nil
    }

    /// The request loop has answered a batch passed on to it.
    func answeredBatch() {
        pendingBatches -= 1
    }

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
        var answered = 0
        // Only while the request loop has nothing in hand: it is then waiting for a batch,
        // touching neither the session nor the socket.
        // And only while the socket takes what is written: a client that sends without
        // reading is left to the request loop, whose writer waits for the socket and whose
        // reading stops when its buffer is full (memory stays bounded).
        if pendingBatches == 0, context.channel.isWritable, let (box, handler) = answerer {
            var output = context.channel.allocator.buffer(capacity: Daemon.replyBufferBytes(frames.count))
            while answered < frames.count,
                handler.answerDirectly(frames[answered], session: &box.session, into: &output)
            {
                answered += 1
                if output.readableBytes >= Daemon.replyFlushBytes {
                    context.write(wrapOutboundOut(output), promise: nil)
                    output = context.channel.allocator.buffer(capacity: Daemon.replyBufferBytes(frames.count))
                    if !context.channel.isWritable { break }
                }
            }
            if output.readableBytes > 0 { context.write(wrapOutboundOut(output), promise: nil) }
            if answered > 0 { context.flush() }
        }
        if answered < frames.count {
            let batch = answered == 0 ? frames : Array(frames[answered...])
            pendingBatches += 1
            context.fireChannelRead(wrapInboundOut(batch))
        }
        frames.removeAll(keepingCapacity: true)
    }
}
