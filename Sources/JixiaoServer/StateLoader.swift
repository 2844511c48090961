public import JixiaoCore
import JixiaoJournal
import JixiaoProtocol

/// Builds the model from a state directory: the newest whole snapshot (at or before a
/// sequence, when asked), then the journal records after it.
///
/// A snapshot that cannot be read or rebuilt (damaged, cut short) is passed over for an
/// older one, and when none is left for a full replay of the journal from record 1; when
/// the segments from 1 were removed by retention there is no consistent path and loading
/// fails, saying which snapshots were refused and why. Damage in the journal itself is
/// never passed over: an older snapshot would have to replay the same records.
public enum StateLoader {
    /// A model and how it was built.
    public struct Loaded: Sendable {
        /// The model.
        public var state: ModelState
        /// The snapshot the model started from, if one was used.
        public var snapshot: String?
        /// Snapshots passed over, each with why (for the log).
        public var refusedSnapshots: [String]
        /// Journal records applied after the snapshot (all of them without one).
        public var records: Int
        /// The journal's last sequence read.
        public var lastSequence: Int64
        /// A torn last record found (cut when asked), as replay reports it.
        public var cutTail: (file: String, offset: Int, reason: String, bytes: Int)?
    }

    /// The model as of sequence `sequence`: the newest whole snapshot at or before it, then
    /// the records after it up to `sequence`.
    ///
    /// Read-only and lock-free, so it may run beside a daemon that appends (records after
    /// `sequence` are not read; a torn record being appended is not cut). Retention may
    /// remove a file while it reads: the error then names it, and a retry finds the new set.
    /// - Parameters:
    ///   - sequence: the last record to include; the journal's end when larger.
    ///   - statePath: the state directory.
    /// - Returns: the model; its `sequence` is `sequence`, or the journal's last when lower.
    /// - Throws: ``JournalError``, ``ServerError``, or ``StateLoaderError`` when no snapshot
    ///   and no journal from record 1 reach back to `sequence`.
    public static func model(asOf sequence: Int64, statePath: String) throws -> ModelState {
        try load(statePath: statePath, through: sequence, cutTornTail: false).state
    }

    /// Loads the model.
    /// - Parameters:
    ///   - statePath: the state directory.
    ///   - through: the last record to include, or `nil` for the whole journal.
    ///   - cutTornTail: whether to cut a torn last record off (start-up only).
    /// - Returns: the model and how it was built.
    /// - Throws: ``JournalError``, ``ServerError/replay(sequence:line:reason:)`` or ``StateLoaderError``.
    public static func load(statePath: String, through: Int64? = nil, cutTornTail: Bool) throws -> Loaded {
        let journal = statePath + "/journal"
        let segments = try StateDirectory.segmentNames(in: journal)
        var refused: [String] = []
        for name in try StateDirectory.snapshotNames(inState: statePath).reversed() {
            guard let at = StateDirectory.sequence(ofFile: name), at <= through ?? .max else { continue }
            var state: ModelState
            do {
                state = try ModelSnapshot.restore(try StateDirectory.readSnapshot(name, statePath: statePath))
                guard state.sequence == at else {
                    throw StateLoaderError(reason: "\(name) holds the model at sequence \(state.sequence)")
                }
            } catch {
                refused.append("\(name): \(error)")
                continue
            }
            let report = try StateDirectory.replay(
                journalPath: journal,
                cutTornTail: cutTornTail && through == nil,
                after: at,
                through: through
            ) { record in try StateExecutor.apply(record, to: &state) }
            guard report.lastSequence >= at else {
                throw StateLoaderError(
                    reason: "snapshot \(name) is at sequence \(at) but the journal ends at \(report.lastSequence): "
                        + "records it holds are missing from the journal"
                )
            }
            return Loaded(
                state: state,
                snapshot: name,
                refusedSnapshots: refused,
                records: report.records,
                lastSequence: report.lastSequence,
                cutTail: report.cutTail
            )
        }
        if segments.isEmpty, !refused.isEmpty {
            throw StateLoaderError(
                reason:
                    "no snapshot can be loaded and the journal is empty (refused: \(refused.joined(separator: "; ")))"
            )
        }
        if let first = segments.first, first != StateDirectory.segmentName(startingAt: 1) {
            let reasons = refused.isEmpty ? "there is no snapshot" : "refused: " + refused.joined(separator: "; ")
            throw StateLoaderError(
                reason: "the journal starts at \(first) (older segments were removed) and no snapshot can be "
                    + "loaded before it (\(reasons)); restore the snapshots folder from a backup"
            )
        }
        var state = ModelState()
        let report = try StateDirectory.replay(
            journalPath: journal,
            cutTornTail: cutTornTail && through == nil,
            through: through
        ) { record in try StateExecutor.apply(record, to: &state) }
        return Loaded(
            state: state,
            snapshot: nil,
            refusedSnapshots: refused,
            records: report.records,
            lastSequence: report.lastSequence,
            cutTail: report.cutTail
        )
    }
}

/// Why a state directory holds no consistent model.
public struct StateLoaderError: Error, Sendable, CustomStringConvertible {
    /// What is missing or inconsistent.
    public var reason: String

    public var description: String { reason }
}
