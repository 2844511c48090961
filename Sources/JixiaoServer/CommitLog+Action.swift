import JixiaoCore
import JixiaoJournal
import JixiaoProtocol

extension CommitLog {
    /// What the executor is to do for the commit log, in order: the log decides, the
    /// executor does the I/O (journal, sockets, watchers) and reports back.
    enum Action: Sendable, Equatable {
        /// Append the record to the journal, then call ``CommitLog/written(at:)``, or
        /// ``CommitLog/failed(_:)`` when the write fails.
        case write(JournalRecord)
        /// Sync the journal now, then call ``CommitLog/synced()``, or
        /// ``CommitLog/failed(_:)`` when the sync fails.
        case sync
        /// Call ``CommitLog/syncTimerFired(at:)`` at the instant, or with `nil` once the
        /// requests already waiting for the executor have run (so that they join the sync).
        case scheduleSync(at: ContinuousClock.Instant?)
        /// Queries see this model from now on (before any reply that follows).
        case showQueries(ModelState)
        /// Answer the request holding the ticket.
        case reply(Ticket, Reply)
        /// Send the durable records to the watchers.
        case publish([CommittedRecord])
        /// Log the record's changes (each change is logged once, when it is acknowledged).
        case logChanges(CommittedRecord)
        /// A write or sync failed: cut the journal back to its last synced record, log the
        /// fault, and refuse writes until `RESUME`.
        case goReadOnly(StorageFault)
    }

    /// Why and what the daemon lost when it went read-only, for its `critical` log line.
    struct StorageFault: Sendable, Equatable {
        /// The journal's error.
        var reason: String
        /// The sequence of the record the failed write or sync was for.
        var sequence: Int64
        /// Records written since the last good sync (not durable, taken back).
        var unsyncedRecords: Int64
        /// With `--fsync batch`: the acknowledged records taken back, if any.
        var acknowledgedLost: ClosedRange<Int64>?
    }
}
