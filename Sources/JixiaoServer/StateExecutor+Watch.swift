import JixiaoCore
import JixiaoJournal
public import JixiaoProtocol
import Logging

/// `WATCH`: committed changes pushed to the connections that watch them, in journal order.
///
/// A record is published once a sync has made it durable (in both fsync policies), so a
/// watcher never sees a change that a storage fault could take back, and the sequence
/// numbers it sees are those the journal keeps. A watcher registers at the durable sequence
/// S in one executor turn: every record after S reaches its stream, and the connection
/// reads the records up to S (from its `from=`) out of the journal itself, off the executor.
extension StateExecutor {
    /// A connection's subscription: its scope and the stream its events go into.
    struct Watcher {
        var request: WatchRequest
        var continuation: AsyncStream<[WatchEvent]>.Continuation
    }

    /// The most records a watcher may have waiting before it is dropped (a watcher that
    /// reads slower than changes are made must not make the daemon grow without bound).
    public static let watchBufferRecords = 10_000

    /// The sequence of the last durable record: historic reads stop there.
    public var durableSequence: Int64 { durable.sequence }

    /// Registers a watcher.
    /// - Parameters:
    ///   - request: the scope (and `from=`, which the connection handles).
    ///   - id: the connection's id; one watch per connection.
    /// - Returns: the durable sequence S at registration (every later record in scope goes
    ///   to the stream) and the stream: one element per record, holding its lines in scope.
    ///   The stream finishes early when the watcher falls ``watchBufferRecords`` behind.
    public func watch(_ request: WatchRequest, id: Int) -> (sequence: Int64, events: AsyncStream<[WatchEvent]>) {
        let (stream, continuation) = AsyncStream.makeStream(
            of: [WatchEvent].self,
            bufferingPolicy: .bufferingOldest(Self.watchBufferRecords)
        )
        watchers[id]?.continuation.finish()
        watchers[id] = Watcher(request: request, continuation: continuation)
        return (durable.sequence, stream)
    }

    /// Removes a connection's watcher, if it has one.
    public func unwatch(id: Int) {
        watchers.removeValue(forKey: id)?.continuation.finish()
    }

    /// Sends durable records to every watcher whose scope they touch; a watcher whose
    /// buffer is full is finished and removed (its connection tells it where to resume).
    func publish(_ records: [CommittedRecord]) {
        guard !watchers.isEmpty, !records.isEmpty else { return }
        for (id, watcher) in watchers {
            for committed in records {
                let events = Self.events(of: committed.record, changes: committed.changes, in: watcher.request)
                if events.isEmpty { continue }
                if case .dropped = watcher.continuation.yield(events) {
                    watcher.continuation.finish()
                    watchers.removeValue(forKey: id)
                    logger.notice(
                        "watcher dropped: it fell too far behind",
                        metadata: ["conn.id": "\(id)", "journal.seq": "\(committed.record.sequence)"]
                    )
                    break
                }
            }
        }
    }

    /// A record's lines in a watch's scope as events, numbered among themselves. An event
    /// names the object the change addresses (for `… ADD`, the expenditure), so events read
    /// back from the journal are the same as those sent live.
    /// - Parameters:
    ///   - record: the journal record.
    ///   - changes: its changes, one per line.
    ///   - request: the watch.
    static func events(of record: JournalRecord, changes: [Change], in request: WatchRequest) -> [WatchEvent] {
        var chosen: [(line: String, key: ObjectKey?)] = []
        for (index, change) in changes.enumerated() {
            var deleting = false
            if case .delete = change { deleting = true }
            if request.covers(change.key, deleting: deleting) {
                chosen.append((index < record.lines.count ? record.lines[index] : change.commandLine, change.key))
            }
        }
        let author = JournalRecord.sanitizedAuthor(record.author)
        return chosen.enumerated().map { place, item in
            WatchEvent(
                sequence: record.sequence,
                line: place + 1,
                lines: chosen.count,
                time: record.timestamp.description,
                author: author,
                object: item.key.map(\.description) ?? "-",
                change: item.line
            )
        }
    }
}
