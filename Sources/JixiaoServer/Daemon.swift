import JixiaoJournal
import JixiaoProtocol
public import Logging
import NIOCore
import NIOPosix
public import ServiceLifecycle

#if canImport(Glibc)
import Glibc
#endif

/// The running daemon: the state executor and the socket listener, as one service.
///
/// ``prepare(_:logger:)`` does everything that can fail at start-up (lock, replay, load,
/// bind) so that a bad start exits with a clear message before anything is served;
/// ``run()`` then accepts connections until graceful shutdown, answers what is in
/// flight, and syncs the journal.
public final class Daemon: Service {
    /// The executor that owns the model.
    public let executor: StateExecutor
    /// The limits a configuration reload may change.
    public let limits: RuntimeLimits
    let configuration: ServerConfiguration
    let directory: StateDirectory
    private let stateLoop: MultiThreadedEventLoopGroup
    let listener: NIOAsyncChannel<AcceptedConnection, Never>
    let connections = ConnectionRegistry()
    /// `AT`, `HISTORY` and watch catch-ups, read from the journal on a thread of their own.
    let historic: HistoricReader
    private let logger: Logger
    /// When the daemon was ready to serve, for the uptime in `STATUS`.
    let started = ContinuousClock.now

    private init(
        executor: StateExecutor,
        limits: RuntimeLimits,
        configuration: ServerConfiguration,
        directory: StateDirectory,
        stateLoop: MultiThreadedEventLoopGroup,
        listener: NIOAsyncChannel<AcceptedConnection, Never>,
        logger: Logger
    ) {
        self.executor = executor
        self.limits = limits
        self.configuration = configuration
        self.directory = directory
        self.stateLoop = stateLoop
        self.listener = listener
        self.logger = logger
        self.historic = HistoricReader(journalPath: directory.journalPath, logger: logger)
    }

    /// Locks the state directory, replays the journal, loads example data into an empty
    /// state when asked, and binds the socket.
    /// - Throws: ``JournalError``, ``ServerError`` or a NIO error, each with a message fit
    ///   for an operator.
    public static func prepare(_ configuration: ServerConfiguration, logger: Logger) async throws -> Daemon {
        let directory = try StateDirectory(path: configuration.stateDirectory)
        let stateLoop = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            let (executor, report) = try StateExecutor.open(
                directory: directory,
                loop: stateLoop.next(),
                policy: configuration.fsync,
                snapshots: configuration.snapshots,
                acceptLoss: configuration.acceptLoss,
                logger: logger
            )
            if let cut = report.cutTail { logger.warning("journal: \(cut)") }
            if report.manifestCreated {
                logger.notice("state directory: wrote its manifest from the files there (first start with manifests)")
            }
            for line in report.manifestNotes { logger.error("state directory: \(line)") }
            for line in report.acceptedLoss {
                logger.critical("--accept-loss: \(line)")
            }
            for name in report.removedTemporaries {
                logger.notice("removed a snapshot a crash left unfinished", metadata: ["snapshot.file": "\(name)"])
            }
            for refused in report.refusedSnapshots {
                logger.error("snapshot refused, an older one or the journal is used instead: \(refused)")
            }
            logger.info(
                "journal replayed",
                metadata: [
                    "journal.records": "\(report.records)", "journal.seq": "\(report.sequence)",
                    "fsync": "\(configuration.fsync)", "snapshot.loaded": "\(report.snapshot ?? "none")",
                    "snapshot.every": "\(configuration.snapshots.every)",
                    "journal.retention": "\(configuration.snapshots.retention)",
                ]
            )
            if let path = configuration.loadIfEmpty, report.sequence == 0 {
                let files = try CommandFileLoader.files(at: path)
                let count = try await CommandFileLoader.load(
                    files,
                    into: executor,
                    author: PeerIdentity.current().userName
                )
                logger.info(
                    "loaded \(count) changes from \(files.count) file(s) into the empty state",
                    metadata: ["path": "\(path)"]
                )
            }
            let limits = RuntimeLimits(
                maximumLineLength: configuration.maximumLineLength,
                policy: configuration.policy,
                values: configuration.limits
            )
            let listener = try await bind(configuration, limits: limits)
            return Daemon(
                executor: executor,
                limits: limits,
                configuration: configuration,
                directory: directory,
                stateLoop: stateLoop,
                listener: listener,
                logger: logger
            )
        } catch {
            try? await stateLoop.shutdownGracefully()
            throw error
        }
    }

    private static func bind(
        _ configuration: ServerConfiguration,
        limits: RuntimeLimits
    ) async throws -> NIOAsyncChannel<AcceptedConnection, Never> {
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            // A client that sends its requests and then shuts down its writing side
            // (`socat`, `printf … | nc -U`) still gets every reply.
            .childChannelOption(.allowRemoteHalfClosure, value: true)
        let initializer: @Sendable (any Channel) -> EventLoopFuture<AcceptedConnection> = { channel in
            channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.addHandler(
                    ByteToMessageHandler(RequestLineDecoder(maximumLength: limits.maximumLineLength))
                )
                let activity = RequestActivity()
                let idle = limits.current.idleSeconds
                if idle > 0 {
                    try channel.pipeline.syncOperations.addHandler(
                        IdleDeadlineHandler(seconds: idle, activity: activity)
                    )
                }
                let batcher = RequestBatcher()
                try channel.pipeline.syncOperations.addHandler(batcher)
                return AcceptedConnection(
                    channel: try NIOAsyncChannel<[RequestFrame], ByteBuffer>(wrappingChannelSynchronously: channel),
                    activity: activity,
                    batcher: NIOLoopBound(batcher, eventLoop: channel.eventLoop)
                )
            }
        }
        // Socket activation: systemd created, bound and chmodded the socket (jixiao.socket).
        if let descriptor = configuration.inheritedSocket {
            return try await bootstrap.bind(descriptor, childChannelInitializer: initializer)
        }
        let path = configuration.socketPath
        try SocketPath.prepare(path)
        // The socket file is created with exactly the configured mode (bind applies the
        // umask to 0777), so there is no moment when it is more open, and clients that
        // connect as soon as it exists see the final mode.
        let previousMask = umask(mode_t(~configuration.socketMode & 0o777))
        defer { umask(previousMask) }
        let listener = try await bootstrap.bind(unixDomainSocketPath: path, childChannelInitializer: initializer)
        try SocketPath.setMode(path, mode_t(configuration.socketMode))
        try SocketPath.setOwner(path, owner: configuration.socketOwner, group: configuration.socketGroup)
        return listener
    }

    public func run() async throws {
        logger.info(
            "listening",
            metadata: [
                "socket": "\(configuration.socketPath)", "state": "\(configuration.stateDirectory)",
                "socket.activated": "\(configuration.inheritedSocket != nil)",
            ]
        )
        try await withGracefulShutdownHandler {
            try await listener.executeThenClose { inbound in
                try await withThrowingDiscardingTaskGroup { group in
                    for try await accepted in inbound {
                        let connection = accepted.channel
                        let handler = ConnectionHandler(
                            executor: executor,
                            historic: historic,
                            maximumLineLength: limits.maximumLineLength,
                            limits: limits,
                            logger: logger,
                            status: { await self.status() }
                        )
                        group.addTask(executorPreference: EventLoopTaskExecutor(connection.channel.eventLoop)) {
                            await self.serve(
                                connection,
                                activity: accepted.activity,
                                batcher: accepted.batcher,
                                handler: handler
                            )
                        }
                    }
                }
            }
        } onGracefulShutdown: {
            self.logger.info("shutting down: no new connections; answering what is in flight")
            self.listener.channel.close(promise: nil)
            self.connections.closeAllInputs()
        }
        await historic.shutdown()
        await executor.close()
        let sequence = await executor.sequence
        // An inherited socket file belongs to jixiao.socket: it stays, and connections made
        // while the daemon restarts wait in its queue.
        if configuration.inheritedSocket == nil { unlink(configuration.socketPath) }
        try await stateLoop.shutdownGracefully()
        logger.info("stopped", metadata: ["journal.seq": "\(sequence)"])
    }

    private func serve(
        _ connection: NIOAsyncChannel<[RequestFrame], ByteBuffer>,
        activity: RequestActivity,
        batcher: NIOLoopBound<RequestBatcher>,
        handler: ConnectionHandler
    ) async {
        // Read before the groups are looked up: a reload in between makes the first request look again.
        let generation = limits.policyGeneration
        let peer = await Self.peerIdentity(connection.channel)
        let id: Int
        switch connections.add(connection.channel, uid: peer.uid, limits: limits.current) {
        case .success(let registered):
            id = registered
        case .failure(.closing):
            try? await connection.channel.close()
            return
        case .failure(.limit(let error)):
            logger.warning(
                "connection refused",
                metadata: ["conn.user": "\(peer.userName)", "conn.pid": "\(peer.pid)", "error": "\(error)"]
            )
            try? await connection.executeThenClose { _, outbound in
                var text = ""
                ReplyEncoder.encode(.error(error), format: .tsv, into: &text)
                try await outbound.write(ByteBuffer(string: text))
            }
            return
        }
        defer { connections.remove(id) }
        let box = SessionBox(Session(id: id, peer: peer))
        box.session.policyGeneration = generation
        var logger = self.logger
        logger[metadataKey: "conn.id"] = "\(id)"
        logger[metadataKey: "conn.user"] = "\(peer.userName)"
        logger.debug(
            "connected",
            metadata: ["conn.pid": "\(peer.pid)", "conn.role": "\(limits.policy.role(of: peer))"]
        )
        do {
            try await connection.executeThenClose { inbound, outbound in
                // This task runs on the channel's event loop (see `run`), as the batcher does.
                batcher.value.attach(box, handler: handler)
                defer { batcher.value.detach() }
                // The group holds the watch pump (WATCH), which writes events beside the
                // replies this loop writes; each write is whole lines. The replies to one
                // read's requests go out in one write (pipelining), or sooner when they grow
                // past `Self.replyFlushBytes`.
                try await withThrowingTaskGroup(of: Void.self) { pumps in
                    var closing = false
                    for try await batch in inbound {
                        var output = connection.channel.allocator.buffer(capacity: Self.replyBufferBytes(batch.count))
                        for frame in batch {
                            activity.begin()
                            // A plain GET is answered into `output` without a suspension.
                            if handler.answerDirectly(frame, session: &box.session, into: &output) {
                                activity.end()
                                if output.readableBytes >= Self.replyFlushBytes {
                                    try await outbound.write(output)
                                    output.clear()
                                }
                                continue
                            }
                            let wasWatching = box.session.isWatching
                            let answer = await handler.reply(to: frame, session: &box.session)
                            activity.end()
                            guard let reply = answer else { continue }
                            if wasWatching, !box.session.isWatching {
                                // UNWATCH: no event may follow its reply.
                                pumps.cancelAll()
                                try await pumps.waitForAll()
                                connection.channel.pipeline.fireUserInboundEventTriggered(
                                    IdleDeadlineHandler.Watching(on: false)
                                )
                            }
                            ReplyEncoder.encode(reply, format: box.session.format, into: &output)
                            if reply.closesConnection {
                                // Nothing after QUIT is answered, here or by the batcher.
                                batcher.value.detach()
                                closing = true
                                break
                            }
                            if let start = box.session.startedWatch {
                                // `OK WATCHING` goes out before the first event.
                                try await outbound.write(output)
                                output.clear()
                                box.session.startedWatch = nil
                                connection.channel.pipeline.fireUserInboundEventTriggered(
                                    IdleDeadlineHandler.Watching(on: true)
                                )
                                let channel = connection.channel
                                pumps.addTask {
                                    await handler.pump(start, id: id, outbound: outbound, channel: channel)
                                }
                            }
                            if output.readableBytes >= Self.replyFlushBytes {
                                try await outbound.write(output)
                                output.clear()
                            }
                        }
                        if output.readableBytes > 0 { try await outbound.write(output) }
                        if closing { break }
                        // Written: the batcher may answer the next batch itself.
                        batcher.value.answeredBatch()
                    }
                    // The client closed its side, sent QUIT, or the daemon is stopping.
                    pumps.cancelAll()
                }
            }
        } catch {
            logger.debug("connection ended with an error", metadata: ["error": "\(error)"])
        }
        logger.debug("disconnected")
    }

    /// An accepted connection: its channel, and its requests in flight (for the idle clock).
    struct AcceptedConnection: Sendable {
        var channel: NIOAsyncChannel<[RequestFrame], ByteBuffer>
        var activity: RequestActivity
        /// The connection's batcher, which answers plain GETs in place (see ``RequestBatcher``).
        var batcher: NIOLoopBound<RequestBatcher>
    }

    /// Replies held for one write at most: a batch whose replies are larger is written in
    /// pieces, so that memory per connection stays bounded.
    static let replyFlushBytes = 64 * 1024

    /// The outgoing buffer's first capacity for a batch of `frames` requests: room for as
    /// many one-row replies (an indicator's is about 300 bytes), so that a pipelined batch
    /// of GETs is written without growing it.
    static func replyBufferBytes(_ frames: Int) -> Int { min(replyFlushBytes, 512 * frames) }

    /// The peer's credentials from SO_PEERCRED; an unknown peer (which a Unix socket
    /// should never have) is recorded as `nobody` rather than dropped.
    static func peerIdentity(_ channel: any Channel) async -> PeerIdentity {
        guard let provider = channel as? any SocketOptionProvider,
            let credentials: UCred = try? await provider.unsafeGetSocketOption(
                level: SocketOptionLevel(SOL_SOCKET),
                name: SocketOptionName(SO_PEERCRED)
            ).get()
        else { return PeerIdentity(uid: 65534, gid: 65534, pid: 0, userName: "unknown") }
        let name = PeerIdentity.userName(for: credentials.uid)
        return PeerIdentity(
            uid: credentials.uid,
            gid: credentials.gid,
            pid: credentials.pid,
            userName: name,
            groups: PeerIdentity.groups(of: name, gid: credentials.gid)
        )
    }
}
