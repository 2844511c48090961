import JixiaoCore
import JixiaoJournal
import JixiaoProtocol

/// `jixiaod --verify DIR`: checks a state directory without starting a server and without
/// changing it: every record's checksum, the sequence numbers (no gaps, no repeats, across
/// segments), that every record applies to the model, as start-up would, and every
/// snapshot: its checksums, that it rebuilds a model, and — when the journal still starts
/// at record 1 — that this model equals (`==`, revisions and item counters included) the
/// journal replayed to the snapshot's sequence.
///
/// It takes no lock, so it may run beside a daemon; records appended while it reads may
/// then show as a torn tail.
public enum StateVerifier {
    /// What a verification found.
    public struct Report: Sendable {
        /// Segment files read.
        public var segments: Int
        /// Records read and applied.
        public var records: Int
        /// The last sequence (0 for an empty journal).
        public var lastSequence: Int64
        /// Units in the model the records build.
        public var units: Int
        /// A torn last record (what a crash mid-append leaves; the daemon cuts it at
        /// start-up), described, if there is one.
        public var tornTail: String?
        /// Snapshot files found.
        public var snapshots: Int = 0
        /// Snapshots found equal to the journal replayed to their sequence.
        public var snapshotsCompared: Int = 0
        /// Why snapshots could not be compared with a replay, when they could not.
        public var snapshotNote: String?
    }

    /// Verifies the state directory at `path`.
    /// - Returns: what was found when the journal and the snapshots are sound.
    /// - Throws: ``JournalError`` (damage, gaps, I/O), ``ServerError/replay(sequence:line:reason:)``
    ///   (a record the model refuses) or ``StateLoaderError`` (a snapshot damaged or unequal
    ///   to the journal).
    public static func verify(path: String) throws -> Report {
        let manifest = try ManifestFile.read(statePath: path)
        if let manifest {
            let problems = ManifestAudit.problems(in: manifest, statePath: path)
            guard !ManifestAudit.refusesStart(problems) else {
                throw StateLoaderError(
                    reason: "the state directory does not hold what its manifest lists: "
                        + problems.filter { !$0.lost.isEmpty }.map(\.description).joined(separator: "; ")
                )
            }
        }
        let losses = manifest?.losses.filter { $0.last >= $0.first } ?? []
        let journal = path + "/journal"
        let segments = try StateDirectory.segmentNames(in: journal)
        let snapshots = try StateDirectory.snapshotNames(inState: path)
        var models: [(name: String, sequence: Int64)] = []
        for name in snapshots {
            guard let sequence = StateDirectory.sequence(ofFile: name) else { continue }
            models.append((name, sequence))
        }
        let fromStart = segments.isEmpty || segments.first == StateDirectory.segmentName(startingAt: 1)
        guard fromStart, losses.isEmpty else {
            var report = try verifyAfterRetention(path: path, segments: segments, snapshots: models)
            if !losses.isEmpty {
                report.snapshotNote =
                    "records "
                    + losses.map { "\($0.first)–\($0.last) (accepted as lost at \($0.at))" }.joined(separator: ", ")
                    + " are gone; snapshots were checked for checksums and loading, and the journal after the newest"
            }
            return report
        }
        var state = ModelState()
        var pending = models[...]
        var compared = 0
        let report = try StateDirectory.replay(journalPath: journal, cutTornTail: false) { record in
            while let next = pending.first, next.sequence < record.sequence {
                try compare(next.name, next.sequence, with: state, path: path)
                compared += 1
                pending = pending.dropFirst()
            }
            try StateExecutor.apply(record, to: &state)
        }
        for snapshot in pending {
            guard snapshot.sequence <= report.lastSequence else {
                throw StateLoaderError(
                    reason: "snapshot \(snapshot.name) is at sequence \(snapshot.sequence) but the journal ends at "
                        + "\(report.lastSequence)"
                )
            }
            try compare(snapshot.name, snapshot.sequence, with: state, path: path)
            compared += 1
        }
        return Report(
            segments: segments.count,
            records: report.records,
            lastSequence: report.lastSequence,
            units: state.unitCount,
            tornTail: torn(report),
            snapshots: models.count,
            snapshotsCompared: compared
        )
    }

    /// Old segments were removed: each snapshot is checked on its own, and the journal is
    /// replayed after the oldest one, as start-up would.
    private static func verifyAfterRetention(
        path: String,
        segments: [String],
        snapshots: [(name: String, sequence: Int64)]
    ) throws -> Report {
        for snapshot in snapshots { _ = try restored(snapshot.name, snapshot.sequence, path: path) }
        let loaded = try StateLoader.load(statePath: path, cutTornTail: false)
        return Report(
            segments: segments.count,
            records: loaded.records,
            lastSequence: loaded.lastSequence,
            units: loaded.state.unitCount,
            tornTail: torn(loaded.cutTail),
            snapshots: snapshots.count,
            snapshotsCompared: 0,
            snapshotNote: "the journal starts at \(segments.first ?? "?") (retention removed older segments), so "
                + "snapshots were checked for checksums and loading, not against a replay from record 1"
        )
    }

    private static func restored(_ name: String, _ sequence: Int64, path: String) throws -> ModelState {
        let model: ModelState
        do {
            model = try ModelSnapshot.restore(try StateDirectory.readSnapshot(name, statePath: path))
        } catch {
            throw StateLoaderError(reason: "snapshot \(name) is damaged: \(error)")
        }
        guard model.sequence == sequence else {
            throw StateLoaderError(reason: "snapshot \(name) holds the model at sequence \(model.sequence)")
        }
        return model
    }

    private static func compare(_ name: String, _ sequence: Int64, with replayed: ModelState, path: String) throws {
        var replayed = replayed
        replayed.advance(to: sequence)
        let model = try restored(name, sequence, path: path)
        guard model != replayed else { return }
        let (ours, theirs) = (ModelSnapshot.lines(model), ModelSnapshot.lines(replayed))
        guard ours != theirs else {
            throw StateLoaderError(
                reason: "snapshot \(name) does not equal the journal replayed to sequence \(sequence), "
                    + "in something its lines cannot say (the same lines load into different models)"
            )
        }
        let index =
            zip(ours, theirs).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(ours.count, theirs.count)
        let snapshotLine = index < ours.count ? ours[index] : "(end)"
        let journalLine = index < theirs.count ? theirs[index] : "(end)"
        throw StateLoaderError(
            reason: "snapshot \(name) does not equal the journal replayed to sequence \(sequence): "
                + "the snapshot has '\(snapshotLine.prefix(200))' where the journal gives '\(journalLine.prefix(200))'"
        )
    }

    private static func torn(_ report: StateDirectory.ReplayReport) -> String? {
        torn(report.cutTail)
    }

    private static func torn(_ tail: (file: String, offset: Int, reason: String, bytes: Int)?) -> String? {
        tail.map {
            "\($0.file) ends in a torn record at byte \($0.offset) (\($0.bytes) bytes, \($0.reason)); "
                + "jixiaod cuts it at start-up"
        }
    }
}
