import JixiaoClient
import NIOCore
import NIOExtras
import NIOPosix

/// One connection to jixiaod over its Unix socket, in the line protocol (TSV rows).
///
/// Requests are pipelined: ``request(_:)`` writes its lines at once and waits for as many
/// replies. A connection that broke is never used again (``isUsable``).
final class DaemonConnection: Sendable {
    let channel: any Channel

    private init(channel: any Channel) {
        self.channel = channel
    }

    /// Connects.
    /// - Parameters:
    ///   - socketPath: jixiaod's socket.
    ///   - events: where lines that answer no request go (a watch's events).
    /// - Throws: ``DaemonError/unreachable(_:)``.
    static func connect(
        socketPath: String,
        events: AsyncStream<String>.Continuation? = nil
    ) async throws(DaemonError) -> DaemonConnection {
        let bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandlers([
                        ByteToMessageHandler(LineBasedFrameDecoder()), ReplyHandler(events: events),
                    ])
                }
            }
        do {
            let channel = try await bootstrap.connect(unixDomainSocketPath: socketPath).get()
            return DaemonConnection(channel: channel)
        } catch {
            throw .unreachable("\(socketPath): \(error)")
        }
    }

    /// Whether the connection may take another request.
    var isUsable: Bool { channel.isActive }

    /// Sends request lines and waits for their replies.
    /// - Throws: ``DaemonError/protocolViolation(_:)`` when the connection breaks.
    func request(_ lines: [String]) async throws(DaemonError) -> [ReceivedReply] {
        let promise = channel.eventLoop.makePromise(of: [ReceivedReply].self)
        channel.writeAndFlush(ReplyHandler.OutgoingRequests(lines: lines, promise: promise), promise: nil)
        do {
            return try await promise.futureResult.get()
        } catch let error as DaemonError {
            throw error
        } catch {
            throw .protocolViolation("\(error)")
        }
    }

    /// Closes the connection.
    func close() {
        channel.close(promise: nil)
    }
}
