import JixiaoCore
import JixiaoProtocol
import Logging
import NIOCore

/// `WATCH`, `UNWATCH`, `AT` and `HISTORY` on a connection: what is answered from the
/// journal, and the pump that writes a watch's events.
extension ConnectionHandler {
    /// The reply when the command is about history or watching; `nil` when it runs as usual.
    func historicReply(to command: Command, session: inout Session) async -> Reply? {
        if session.isWatching {
            switch command {
            case .ping, .quit, .hello:
                return nil
            case .unwatch:
                session.isWatching = false
                return .ok("UNWATCHED")
            default:
                return .error(
                    ProtocolError(
                        .badArgument,
                        "this connection is watching: only PING, UNWATCH and QUIT until UNWATCH"
                    )
                )
            }
        }
        switch command {
        case .at(let point, let query):
            return await historic.answer(point, query, durable: await executor.durableSequence)
        case .history(let request):
            return await historic.history(request, durable: await executor.durableSequence)
        case .unwatch:
            return .error(ProtocolError(.badArgument, "this connection is not watching; WATCH starts a watch"))
        case .watch(let request):
            guard session.transaction == nil else {
                return .error(ProtocolError(.transaction, "a transaction is open; COMMIT or ROLLBACK it before WATCH"))
            }
            let (sequence, events) = await executor.watch(request, id: session.id)
            if let from = request.from, from > sequence {
                await executor.unwatch(id: session.id)
                return .error(
                    ProtocolError(
                        .badValue,
                        "from=\(from) is after the journal's last durable record \(sequence); nothing to resume from"
                    )
                )
            }
            session.isWatching = true
            session.startedWatch = WatchStart(request: request, sequence: sequence, events: events)
            return .ok("WATCHING", "seq=\(sequence)")
        default:
            return nil
        }
    }

    /// Writes a watch's events until cancelled (UNWATCH, QUIT, the client closing): first
    /// the records after `from=` up to the registration's sequence, read from the journal,
    /// then the live ones. A watcher that falls ``StateExecutor/watchBufferRecords``
    /// behind gets a last line `ERR LIMIT … from=N` (N: the last record it was sent, or
    /// beyond which nothing in scope was missed) and the connection is closed.
    func pump(
        _ start: WatchStart,
        id: Int,
        outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>,
        channel: any Channel
    )
        async
    {
        var last = start.request.from ?? start.sequence
        do {
            if let from = start.request.from, from < start.sequence {
                let backlog = try await historic.events(start.request, after: from, through: start.sequence)
                var index = 0
                while index < backlog.count {
                    let chunk = backlog[index..<min(index + 256, backlog.count)]
                    try await outbound.write(Self.encode(chunk.flatMap { $0 }))
                    index += chunk.count
                }
                last = start.sequence
            }
            for await record in start.events {
                guard let sequence = record.first?.sequence, sequence > last else { continue }
                try await outbound.write(Self.encode(record))
                last = sequence
            }
            if !Task.isCancelled {
                let error = ProtocolError(
                    .limit,
                    "this watcher fell \(StateExecutor.watchBufferRecords) records behind and is dropped; resume with WATCH … from=\(last)"
                )
                var text = ""
                ReplyEncoder.encode(.error(error), format: .tsv, into: &text)
                try await outbound.write(ByteBuffer(string: text))
                // Half-close, not close: a full close would drop the events still waiting
                // to be written (the watcher is behind); the output is shut after them.
                try? await channel.close(mode: .output)
                channel.pipeline.fireUserInboundEventTriggered(IdleDeadlineHandler.Watching(on: false))
            }
        } catch let error as ProtocolError where !Task.isCancelled {
            // The catch-up could not be read: say so rather than leave the watcher waiting.
            var text = ""
            ReplyEncoder.encode(.error(error), format: .tsv, into: &text)
            try? await outbound.write(ByteBuffer(string: text))
            try? await channel.close(mode: .output)
        } catch {
            logger.debug("watch ended", metadata: ["error": "\(error)", "journal.seq": "\(last)"])
        }
        await executor.unwatch(id: id)
    }

    private static func encode(_ events: [WatchEvent]) -> ByteBuffer {
        var text = ""
        for event in events {
            text += event.text
            text += "\n"
        }
        return ByteBuffer(string: text)
    }
}
