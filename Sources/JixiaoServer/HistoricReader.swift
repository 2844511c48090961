import JixiaoCore
import JixiaoJournal
import JixiaoProtocol
import Logging
import NIOPosix
import Synchronization

/// Answers what is read from the journal rather than the live model — `AT` queries,
/// `HISTORY`, and a watcher's catch-up — on a thread of its own, so that live requests on
/// the state executor never wait for a replay.
///
/// One thread: historic requests queue behind each other instead of taking every core
/// from live traffic. The last model built is kept (keyed by its sequence), so repeated
/// `AT` queries at the same point, or at later points, do not replay from the start.
final class HistoricReader: Sendable {
    private let pool: NIOThreadPool
    private let journalPath: String
    private let logger: Logger
    private let cache = Mutex<HistoricState.Found?>(nil)

    /// Starts the reader's thread.
    /// - Parameters:
    ///   - journalPath: the journal folder.
    ///   - logger: for failures.
    init(journalPath: String, logger: Logger) {
        self.journalPath = journalPath
        self.logger = logger
        pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
    }

    /// Stops the thread once queued work is done.
    func shutdown() async {
        try? await pool.shutdownGracefully()
    }

    /// `AT point query`: the query answered from the model as of the point.
    /// - Parameters:
    ///   - point: the sequence or time.
    ///   - query: a model query (``Command/isModelQuery``).
    ///   - durable: the last durable sequence when the request came.
    /// - Returns: the query's reply with `asof=N` (the record it was answered at) among
    ///   its status words.
    func answer(_ point: AsOf, _ query: Command, durable: Int64) async -> Reply {
        let journalPath = self.journalPath
        // The pool's thread does not see the connection's task-local amounts format.
        let money = MoneyFormat.current
        return await run { () throws -> Reply in
            let start = self.cache.withLock { $0 }
            let began = ContinuousClock.now
            let found = try HistoricState.model(
                asOf: point,
                durable: durable,
                journalPath: journalPath,
                startingFrom: start
            )
            self.cache.withLock { $0 = found }
            self.logger.debug(
                "historic model built",
                metadata: [
                    "at": "\(point)", "journal.seq": "\(found.sequence)",
                    "cache.seq": "\(start.map { String($0.sequence) } ?? "none")",
                    "elapsed": "\(ContinuousClock.now - began)",
                ]
            )
            // "Today" for MONITOR is the day of the point asked about, in China.
            let moment: Int64
            switch point {
            case .time(let milliseconds): moment = milliseconds
            case .sequence: moment = found.time ?? StateExecutor.wallClock().milliseconds
            }
            let answered = MoneyFormat.$current.withValue(money) {
                ModelQueries.reply(
                    to: query,
                    in: found.model,
                    today: { StateExecutor.todayInChina(Timestamp(milliseconds: moment)) },
                    checker: Checker()
                )
            }
            var reply = answered ?? .error(ProtocolError(.badArgument, "AT asks only queries of the model"))
            if case .ok(let words) = reply.status { reply.status = .ok(words + ["asof=\(found.sequence)"]) }
            return reply
        }
    }

    /// `HISTORY`: the object's changes up to the durable sequence.
    func history(_ request: HistoryRequest, durable: Int64) async -> Reply {
        let journalPath = self.journalPath
        return await run { () throws -> Reply in
            .rows(try ChangeHistory.table(request, durable: durable, journalPath: journalPath))
        }
    }

    /// A watcher's catch-up: the events in scope of the records after `after` through
    /// `through`, one element per record.
    /// - Throws: what reading or parsing the journal throws.
    func events(_ request: WatchRequest, after: Int64, through: Int64) async throws -> [[WatchEvent]] {
        let journalPath = self.journalPath
        do {
            return try await catchUp(request, after: after, through: through, journalPath: journalPath)
        } catch let error as ProtocolError {
            throw error
        } catch let error as JournalError {
            throw Self.missing(error)
        } catch is CancellationError {
            // The watcher went away (UNWATCH, QUIT) while its catch-up was read: not a failure.
            logger.debug("a watcher's catch-up was cancelled", metadata: ["journal.seq.after": "\(after)"])
            throw CancellationError()
        } catch {
            logger.error("reading the journal for a watcher failed", metadata: ["error": "\(error)"])
            throw ProtocolError(.internal, "reading the journal failed: \(error)")
        }
    }

    private func catchUp(
        _ request: WatchRequest,
        after: Int64,
        through: Int64,
        journalPath: String
    ) async throws
        -> [[WatchEvent]]
    {
        try await pool.runIfActive { () throws -> [[WatchEvent]] in
            var result: [[WatchEvent]] = []
            try HistoricState.records(after: after, through: through, journalPath: journalPath) { record in
                var changes: [Change] = []
                for line in record.lines {
                    guard case .change(let change)? = try CommandParser.parse(line) else {
                        throw ServerError.replay(sequence: record.sequence, line: line, reason: "not a change")
                    }
                    changes.append(change)
                }
                let events = StateExecutor.events(of: record, changes: changes, in: request)
                if !events.isEmpty { result.append(events) }
            }
            return result
        }
    }

    /// A journal file that is missing or damaged gives no records: the records asked for
    /// are not found (the manifest and start-up say what was lost).
    private static func missing(_ error: JournalError) -> ProtocolError {
        switch error {
        case .corrupt(let file, let offset, let reason):
            ProtocolError(
                .notFound,
                "the journal no longer holds the records asked for: \(file) gives none from byte \(offset) (\(reason))"
            )
        default:
            ProtocolError(.notFound, "the journal no longer holds the records asked for: \(error)")
        }
    }

    private func run(_ body: @escaping @Sendable () throws -> Reply) async -> Reply {
        do {
            return try await pool.runIfActive(body)
        } catch let error as ProtocolError {
            return .error(error)
        } catch let error as JournalError {
            return .error(Self.missing(error))
        } catch {
            // Logged once, with the request, by the connection that answers it.
            return .error(ProtocolError(.internal, "reading the journal failed: \(error)"))
        }
    }
}
