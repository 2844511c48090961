import JixiaoCore
import JixiaoJournal
import JixiaoProtocol

/// Group commit as a value-type state machine: the models, the requests waiting for a
/// sync, the fault state and every precondition check, without files or sockets.
///
/// Its methods return ``Action``s that ``StateExecutor`` carries out (write a record, sync,
/// answer a request, publish to watchers, go read-only) and reports back on (``written(at:)``,
/// ``synced()``, ``failed(_:)``), so that ordering, faults in the middle of a group and
/// preconditions over changes not yet synced are unit-tested without a journal.
///
/// A change's preconditions (`IF REV`, the year lock and its bypass by role, a transaction's
/// conditions) and its validation are checked against the *pending* model, with every
/// change written before it applied, synced or not, in the same step that applies it: no
/// change can come between a check and its change, and no check can miss a change ordered
/// before it.
struct CommitLog: Sendable {
    /// The request a reply is for: the executor holds the request's continuation under it.
    typealias Ticket = Int

    /// What queries see: the durable model (`--fsync always`), or the acknowledged one
    /// (`--fsync batch`).
    private(set) var committed: ModelState
    /// The model as of the last successful sync.
    private(set) var durable: ModelState
    /// The model with every accepted change applied, synced or not.
    var pending: ModelState
    let policy: FsyncPolicy
    /// Why the journal refuses writes (read-only after a storage fault), if it does.
    private(set) var fault: String?
    /// Successful syncs.
    private(set) var syncs: Int64 = 0
    /// The accepted change whose record is being written.
    private var writing: Waiting?
    /// Replies held until the next sync: changes written, and refusals worked out against
    /// changes not yet synced (so that no reply is seen before what it depends on is durable).
    private var waiting: [Waiting] = []
    /// Records written since the last sync, published once a sync covers them.
    private var unpublished: [CommittedRecord] = []
    /// `--fsync always`: whether a sync is scheduled.
    private var syncScheduled = false
    /// `--fsync batch`: when the scheduled sync is due.
    private var syncDeadline: ContinuousClock.Instant?
    let checker = Checker()

    /// A reply waiting for a sync, with the record it acknowledges (none for a refusal).
    struct Waiting: Sendable {
        var ticket: Ticket
        var reply: Reply
        var record: CommittedRecord?
    }

    /// Starts from a model that is durable.
    init(_ model: ModelState, policy: FsyncPolicy) {
        committed = model
        durable = model
        pending = model
        self.policy = policy
    }

    /// Whether records are written and not yet synced.
    var hasUnsynced: Bool { !unpublished.isEmpty || !waiting.isEmpty }

    /// Accepts a request that changes the model: a change (`IF REV` and `CARRYOVER`
    /// included) or a transaction's queued changes.
    /// - Parameters:
    ///   - commands: the changes, in order; several make one record, all or nothing.
    ///   - transaction: whether it is a `COMMIT` (errors name the change's place, and
    ///     the acknowledgement counts the changes).
    ///   - author: who makes it, for the journal.
    ///   - role: the requester's role (an admin may change a submitted year).
    ///   - time: the record's timestamp.
    ///   - ticket: the request's ticket.
    /// - Returns: `write` of the record, or the reply (at once, or held for the next sync
    ///   when it was worked out against changes not yet synced).
    mutating func submit(
        _ commands: [Command],
        transaction: Bool,
        author: String,
        role: Role,
        at time: Timestamp,
        ticket: Ticket
    ) -> [Action] {
        precondition(writing == nil, "a record is being written")
        if let fault { return [.reply(ticket, Self.readOnlyError(fault))] }
        let sequence = pending.sequence + 1
        let changes: [Change]
        switch prepare(commands, transaction: transaction, role: role, sequence: sequence) {
        case .failure(let refusal): return answer(ticket, .error(refusal))
        case .success(let applied): changes = applied
        }
        guard !changes.isEmpty else { return answer(ticket, .ok("seq=\(pending.sequence)", "changes=0")) }
        let record = JournalRecord(
            sequence: sequence,
            timestamp: time,
            author: author,
            lines: changes.map(\.commandLine)
        )
        var reply = Self.acknowledgement(of: changes, sequence: sequence, in: pending, checker: checker)
        if transaction, case .ok(let words) = reply.status { reply.status = .ok(words + ["changes=\(changes.count)"]) }
        writing = Waiting(ticket: ticket, reply: reply, record: CommittedRecord(record: record, changes: changes))
        return [.write(record)]
    }

    /// A reply worked out without a record: at once when nothing is waiting for a sync (or
    /// with `--fsync batch`, where queries see the pending model already), else held so that
    /// it is not seen before the changes it was worked out against are durable.
    private mutating func answer(_ ticket: Ticket, _ reply: Reply) -> [Action] {
        guard case .always = policy, hasUnsynced else { return [.reply(ticket, reply)] }
        waiting.append(Waiting(ticket: ticket, reply: reply, record: nil))
        return []
    }

    /// The record of the last ``submit`` is written to the journal (not yet synced).
    /// - Parameters:
    ///   - now: the time, for `--fsync-delay`.
    ///   - changesQueued: whether other changes are on their way to the executor. With
    ///     `--fsync always` and none, the record is synced in this same turn (no hop to a
    ///     scheduled sync); changes that arrive during that sync share the next one. With
    ///     some, the sync is scheduled behind them, so that they join it (group commit).
    mutating func written(at now: ContinuousClock.Instant, changesQueued: Bool = true) -> [Action] {
        guard let entry = writing, let record = entry.record else { return [] }
        writing = nil
        unpublished.append(record)
        switch policy {
        case .always:
            waiting.append(entry)
            guard !syncScheduled else { return [] }
            guard changesQueued else { return syncRequested() }
            syncScheduled = true
            return [.scheduleSync(at: nil)]
        case .batch(let milliseconds):
            committed = pending
            var actions: [Action] = [.showQueries(pending), .logChanges(record), .reply(entry.ticket, entry.reply)]
            if syncDeadline == nil {
                let deadline = now + .milliseconds(milliseconds)
                syncDeadline = deadline
                actions.append(.scheduleSync(at: deadline))
            }
            return actions
        }
    }

    /// A scheduled sync is due (or, with `--fsync batch`, a timer fired at `now`).
    mutating func syncTimerFired(at now: ContinuousClock.Instant) -> [Action] {
        switch policy {
        case .always:
            syncScheduled = false
        case .batch:
            guard let deadline = syncDeadline else { return [] }
            guard deadline <= now else { return [.scheduleSync(at: deadline)] }
            syncDeadline = nil
        }
        return syncRequested()
    }

    /// A sync now, if anything waits for one (shutdown, snapshot).
    func syncRequested() -> [Action] {
        fault == nil && hasUnsynced ? [.sync] : []
    }

    /// The journal is synced: everything written is durable. Queries move on, the records
    /// go to the watchers, and every waiting request is answered in order.
    mutating func synced() -> [Action] {
        guard fault == nil else { return [] }
        syncs += 1
        durable = pending
        var actions: [Action] = []
        if case .always = policy {
            committed = pending
            actions.append(.showQueries(pending))
        }
        if !unpublished.isEmpty { actions.append(.publish(unpublished)) }
        unpublished = []
        for entry in waiting {
            if case .always = policy, let record = entry.record { actions.append(.logChanges(record)) }
            actions.append(.reply(entry.ticket, entry.reply))
        }
        waiting = []
        return actions
    }

    /// A write or sync failed: nothing since the last good sync is durable. Both models go
    /// back to the last synced one, the journal is to be cut back to match, every waiting
    /// request (and the one being written) is answered `ERR STORAGE`, and writes are
    /// refused until ``resumed()``.
    mutating func failed(_ reason: String) -> [Action] {
        let writtenLast = writing?.record.map { $0.record.sequence - 1 } ?? pending.sequence
        var acknowledgedLost: ClosedRange<Int64>?
        if case .batch = policy, writtenLast > durable.sequence {
            acknowledgedLost = (durable.sequence + 1)...writtenLast
        }
        let failedSequence =
            writing?.record?.record.sequence ?? waiting.first?.record?.record.sequence ?? pending.sequence
        fault = reason
        let storageFault = StorageFault(
            reason: reason,
            sequence: failedSequence,
            unsyncedRecords: writtenLast - durable.sequence,
            acknowledgedLost: acknowledgedLost
        )
        pending = durable
        committed = durable
        unpublished = []
        syncScheduled = false
        syncDeadline = nil
        var actions: [Action] = [.goReadOnly(storageFault), .showQueries(durable)]
        let refusal = Self.storageError(reason)
        for entry in waiting + (writing.map { [$0] } ?? []) { actions.append(.reply(entry.ticket, refusal)) }
        waiting = []
        writing = nil
        return actions
    }

    /// A storage fault found outside a write or sync: the journal's segment or folder gone
    /// (checked at `STATUS` and the watchdog's heartbeat), a segment roll, a snapshot or a
    /// manifest update that failed. The same as a failed sync: every waiting request is
    /// answered `ERR STORAGE`, both models go back to the last synced one and writes are
    /// refused until ``resumed()``. Already read-only: nothing more to do (the first fault
    /// is the one reported).
    mutating func storageFailed(_ reason: String) -> [Action] {
        guard fault == nil else { return [] }
        return failed(reason)
    }

    /// `RESUME`: the journal was reopened at its last synced record; writes are accepted again.
    mutating func resumed() {
        fault = nil
    }

    /// The reply to a change that could not be made durable.
    static func storageError(_ reason: String) -> Reply {
        .error(ProtocolError(.storage, "the change could not be made durable: \(reason); nothing was changed"))
    }

    /// The reply to a change while the daemon is read-only.
    static func readOnlyError(_ fault: String) -> Reply {
        .error(
            ProtocolError(
                .storage,
                "the daemon is read-only after a storage fault (\(fault)); free space, then an admin sends RESUME"
            )
        )
    }
}
