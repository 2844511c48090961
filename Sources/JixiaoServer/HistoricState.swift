import JixiaoCore
import JixiaoJournal
import JixiaoProtocol

/// The model as it was at a point of the journal, rebuilt by reading the journal files
/// (never the executor's model, never on the executor).
///
/// Only records up to `durable` (the last durable sequence when the request came) are
/// read: the writer may be appending beyond it, and an incomplete tail there is ignored,
/// never cut. This is the one place that turns "as of N" into a model: once snapshots
/// exist it starts from the newest snapshot at or before N instead of the first segment.
enum HistoricState {
    /// A rebuilt model and the last record applied to it.
    struct Found: Sendable {
        /// The model after record `sequence`.
        var model: ModelState
        /// The last record applied (0: none, the empty model).
        var sequence: Int64
        /// That record's time (milliseconds since the epoch), if any.
        var time: Int64?
    }

    /// Stops a replay once the records wanted are read.
    private struct Stop: Error {}

    /// The model as of a point.
    /// - Parameters:
    ///   - point: `SEQ n` (at most `durable`), or a time: the last record whose time is at
    ///     or before it (records are read in order up to the first later one).
    ///   - durable: the last durable sequence; nothing after it is read.
    ///   - journalPath: the journal folder.
    ///   - start: a model built earlier (the cache) to continue from, when it is at or
    ///     before the point.
    /// - Throws: ``ProtocolError`` (`NOT_FOUND` for a sequence beyond the journal),
    ///   ``JournalError``, ``ServerError``.
    static func model(
        asOf point: AsOf,
        durable: Int64,
        journalPath: String,
        startingFrom start: Found? = nil
    ) throws -> Found {
        var found = Found(model: ModelState(), sequence: 0, time: nil)
        let target: Int64
        switch point {
        case .sequence(let sequence):
            guard sequence <= durable else {
                throw ProtocolError(.notFound, "no record \(sequence): the journal's last durable record is \(durable)")
            }
            target = sequence
            if let start, start.sequence <= sequence { found = start }
        case .time(let milliseconds):
            target = durable
            if let start, (start.time ?? Int64.min) <= milliseconds { found = start }
        }
        if found.sequence == target { return found }
        let skip = found.sequence
        do {
            _ = try StateDirectory.replay(journalPath: journalPath, cutTornTail: false) { record in
                if record.sequence <= skip { return }
                if record.sequence > target { throw Stop() }
                try checkHeld(record, after: found.sequence)
                if case .time(let milliseconds) = point, record.timestamp.milliseconds > milliseconds { throw Stop() }
                try StateExecutor.apply(record, to: &found.model)
                found.sequence = record.sequence
                found.time = record.timestamp.milliseconds
            }
        } catch is Stop {}
        return found
    }

    /// Visits the durable records after `after` up to `through`, in order.
    /// - Throws: ``JournalError`` or what `visit` throws.
    static func records(
        after: Int64,
        through: Int64,
        journalPath: String,
        visit: (JournalRecord) throws -> Void
    ) throws {
        guard after < through else { return }
        var last = after
        do {
            _ = try StateDirectory.replay(journalPath: journalPath, cutTornTail: false) { record in
                if record.sequence <= after { return }
                if record.sequence > through { throw Stop() }
                try checkHeld(record, after: last)
                last = record.sequence
                try visit(record)
            }
        } catch is Stop {}
    }

    /// Refuses to go on when the journal no longer holds the records before `record`
    /// (segments removed after a snapshot): a history with a hole must not pass for whole.
    /// - Throws: ``ProtocolError`` with `NOT_FOUND`.
    private static func checkHeld(_ record: JournalRecord, after previous: Int64) throws {
        guard record.sequence == previous + 1 else {
            throw ProtocolError(
                .notFound,
                "the journal no longer holds records \(previous + 1) to \(record.sequence - 1); "
                    + "start again from a current EXPORT"
            )
        }
    }
}
