import JixiaoCore
import JixiaoJournal
import JixiaoProtocol

/// The model as it was at a point of the journal, rebuilt by reading the journal files
/// (never the executor's model, never on the executor).
///
/// Only records up to `durable` (the last durable sequence when the request came) are
/// read: the writer may be appending beyond it, and an incomplete tail there is ignored,
/// never cut. This is the one place that turns "as of N" into a model, starting from the
/// newest snapshot at or before N when that is nearer than the model built last.
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
    ///
    /// Starts from whichever is nearest at or before the point: the model built earlier
    /// (`start`), the newest whole snapshot, or the empty model; then replays the journal
    /// records after it. A damaged snapshot is passed over as start-up does.
    /// - Parameters:
    ///   - point: `SEQ n` (at most `durable`), or a time: the last record whose time is at
    ///     or before it (records are read in order up to the first later one).
    ///   - durable: the last durable sequence; nothing after it is read.
    ///   - journalPath: the journal folder (inside the state directory, beside `snapshots`).
    ///   - start: a model built earlier (the cache) to continue from, when it is at or
    ///     before the point.
    /// - Throws: ``ProtocolError`` (`NOT_FOUND` for a sequence beyond the journal, or a
    ///   point the kept journal no longer reaches), ``JournalError``, ``ServerError``.
    static func model(
        asOf point: AsOf,
        durable: Int64,
        journalPath: String,
        startingFrom start: Found? = nil
    ) throws -> Found {
        let (target, time) = try resolve(point, durable: durable, journalPath: journalPath)
        try checkNotLost(target, journalPath: journalPath)
        var found = Found(model: ModelState(), sequence: 0, time: nil)
        if let start, start.sequence <= target { found = start }
        if found.sequence == target { return found }
        if let restored = nearestSnapshot(after: found.sequence, through: target, journalPath: journalPath) {
            found = restored
        }
        let skip = found.sequence
        do {
            _ = try StateDirectory.replay(journalPath: journalPath, cutTornTail: false, after: skip) { record in
                if record.sequence <= skip { return }
                try checkHeld(record, after: found.sequence)
                if record.sequence > target { throw Stop() }
                try StateExecutor.apply(record, to: &found.model)
                found.sequence = record.sequence
                found.time = record.timestamp.milliseconds
                // Stop at the point itself: damage after it is no reason to refuse it.
                if record.sequence == target { throw Stop() }
            }
        } catch is Stop {}
        if found.sequence == target, time != nil { found.time = time }
        return found
    }

    /// The sequence a point names, and that record's time when it was read: a time is
    /// resolved by reading record headers (no model is built) up to the first later record.
    private static func resolve(_ point: AsOf, durable: Int64, journalPath: String) throws -> (Int64, Int64?) {
        switch point {
        case .sequence(let sequence):
            guard sequence <= durable else {
                throw ProtocolError(.notFound, "no record \(sequence): the journal's last durable record is \(durable)")
            }
            return (sequence, nil)
        case .time(let milliseconds):
            var target: Int64?
            var time: Int64?
            var first: JournalRecord?
            do {
                _ = try StateDirectory.replay(journalPath: journalPath, cutTornTail: false) { record in
                    if first == nil { first = record }
                    if record.sequence > durable || record.timestamp.milliseconds > milliseconds { throw Stop() }
                    target = record.sequence
                    time = record.timestamp.milliseconds
                }
            } catch is Stop {}
            if target == nil, let first, first.sequence > 1 {
                throw ProtocolError(
                    .notFound,
                    "the journal kept starts at record \(first.sequence), after that time (older segments were "
                        + "removed by journal_retention)"
                )
            }
            return (target ?? 0, time)
        }
    }

    /// The newest whole snapshot after `after` and at or before `through`, loaded, with the
    /// time of its last record when the journal still holds it; `nil` when there is none
    /// (a damaged one is passed over; the replay then starts from further back).
    private static func nearestSnapshot(after: Int64, through: Int64, journalPath: String) -> Found? {
        let statePath = String(journalPath.dropLast("/journal".count))
        guard let names = try? StateDirectory.snapshotNames(inState: statePath) else { return nil }
        for name in names.reversed() {
            guard let at = StateDirectory.sequence(ofFile: name), at > after, at <= through else { continue }
            guard let lines = try? StateDirectory.readSnapshot(name, statePath: statePath),
                let model = try? ModelSnapshot.restore(lines), model.sequence == at
            else { continue }
            var time: Int64?
            _ = try? StateDirectory.replay(journalPath: journalPath, cutTornTail: false, after: at - 1, through: at) {
                record in
                if record.sequence == at { time = record.timestamp.milliseconds }
            }
            return Found(model: model, sequence: at, time: time)
        }
        return nil
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
        try checkNotLost(after + 1...through, journalPath: journalPath)
        var last = after
        do {
            _ = try StateDirectory.replay(journalPath: journalPath, cutTornTail: false) { record in
                if record.sequence <= after { return }
                try checkHeld(record, after: last)
                if record.sequence > through { throw Stop() }
                last = record.sequence
                try visit(record)
            }
        } catch is Stop {}
    }

    /// Refuses a point whose record was accepted as lost (`--accept-loss`, in the manifest).
    /// - Throws: ``ProtocolError`` with `NOT_FOUND`.
    private static func checkNotLost(_ sequence: Int64, journalPath: String) throws {
        let statePath = String(journalPath.dropLast("/journal".count))
        guard let manifest = try? ManifestFile.read(statePath: statePath), let loss = manifest.lost(sequence) else {
            return
        }
        throw ProtocolError(
            .notFound,
            "record \(sequence) was lost (records \(loss.first)–\(loss.last), accepted at \(loss.at) with --accept-loss)"
        )
    }

    /// Refuses a range of records that holds records accepted as lost.
    /// - Throws: ``ProtocolError`` with `NOT_FOUND`.
    private static func checkNotLost(_ range: ClosedRange<Int64>, journalPath: String) throws {
        let statePath = String(journalPath.dropLast("/journal".count))
        guard let manifest = try? ManifestFile.read(statePath: statePath),
            let loss = manifest.losses.first(where: {
                $0.first <= $0.last && $0.first <= range.upperBound && range.lowerBound <= $0.last
            })
        else { return }
        throw ProtocolError(
            .notFound,
            "the journal no longer holds records \(loss.first) to \(loss.last) (lost, accepted at \(loss.at) with --accept-loss)"
        )
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
