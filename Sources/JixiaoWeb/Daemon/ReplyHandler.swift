import JixiaoClient
import NIOCore

/// The channel handler under a ``DaemonConnection``: writes a batch of request lines and
/// completes its promise with their replies, in order (requests are pipelined); lines that
/// answer no request are a watch's events, handed to `events` (on a watching connection) or
/// a sign that the daemon is closing the connection (an idle timeout's `ERR LIMIT`), after
/// which the connection is not used again.
final class ReplyHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = OutgoingRequests
    typealias OutboundOut = ByteBuffer

    /// Request lines and the promise of their replies.
    struct OutgoingRequests {
        var lines: [String]
        var promise: EventLoopPromise<[ReceivedReply]>
    }

    private struct Waiter {
        var expected: Int
        var replies: [ReceivedReply]
        var promise: EventLoopPromise<[ReceivedReply]>
    }

    private var assembler = ReplyAssembler()
    private var waiters: [Waiter] = []
    private let events: AsyncStream<String>.Continuation?

    /// Creates a handler; `events` receives the lines no request waits for (a watch).
    init(events: AsyncStream<String>.Continuation? = nil) {
        self.events = events
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let outgoing = unwrapOutboundIn(data)
        waiters.append(Waiter(expected: outgoing.lines.count, replies: [], promise: outgoing.promise))
        var buffer = context.channel.allocator.buffer(capacity: outgoing.lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for line in outgoing.lines {
            buffer.writeString(line)
            buffer.writeInteger(UInt8(ascii: "\n"))
        }
        context.write(wrapOutboundOut(buffer), promise: promise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        let line = buffer.readString(length: buffer.readableBytes) ?? ""
        guard !waiters.isEmpty || assembler.isInsideReply else {
            if let events {
                events.yield(line)
            } else {
                // Nothing was asked: the daemon is closing us (idle timeout). Never reuse.
                context.close(promise: nil)
            }
            return
        }
        do {
            guard let reply = try assembler.take(line) else { return }
            waiters[0].replies.append(reply)
            if waiters[0].replies.count == waiters[0].expected {
                let done = waiters.removeFirst()
                done.promise.succeed(done.replies)
            }
        } catch {
            failAll(error)
            context.close(promise: nil)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        failAll(DaemonError.protocolViolation("jixiaod closed the connection"))
        events?.finish()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        failAll(DaemonError.protocolViolation("\(error)"))
        context.close(promise: nil)
    }

    private func failAll(_ error: any Error) {
        let pending = waiters
        waiters = []
        for waiter in pending { waiter.promise.fail(error) }
    }
}
