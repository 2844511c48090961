import JixiaoCore
public import JixiaoJournal
import JixiaoProtocol
public import Logging
public import NIOCore

#if canImport(Glibc)
import Glibc
#endif

extension StateExecutor {
    /// What opening the state found, for the start-up log.
    public struct OpeningReport: Sendable {
        /// Records replayed.
        public var records: Int
        /// The last sequence.
        public var sequence: Int64
        /// A torn tail that was cut, described for the log.
        public var cutTail: String?
        /// The snapshot loaded before the records, if any.
        public var snapshot: String?
        /// Snapshots passed over (damaged or cut short), each with why.
        public var refusedSnapshots: [String] = []
        /// Temporary snapshot files a crash left, removed.
        public var removedTemporaries: [String] = []
        /// Whether the manifest was written for the first time (a state directory from
        /// before manifests).
        public var manifestCreated = false
        /// With `--accept-loss`: each problem accepted and what was done about it.
        public var acceptedLoss: [String] = []
        /// Listed files that are missing or changed without losing a record (a snapshot
        /// the journal can do without), for the log.
        public var manifestNotes: [String] = []
    }

    /// Loads the newest whole snapshot in `directory` and replays the journal after it
    /// (``StateLoader``), then opens the journal for appends.
    /// - Parameters:
    ///   - directory: the locked state directory.
    ///   - loop: the event loop the executor runs on.
    ///   - policy: when the journal is synced relative to acknowledging.
    /// - Returns: the executor and what replay found.
    /// - Throws: ``JournalError`` or ``ServerError/replay(sequence:line:reason:)``; the
    ///   daemon must not start on either.
    public static func open(
        directory: StateDirectory,
        loop: any EventLoop,
        policy: FsyncPolicy = .always,
        snapshots: SnapshotSettings = SnapshotSettings(),
        acceptLoss: Bool = false,
        logger: Logger
    ) throws -> (StateExecutor, OpeningReport) {
        let removed = try directory.removeSnapshotTemporaries()
        let previous = try ManifestFile.read(statePath: directory.path)
        var accepted: [String] = []
        var notes: [String] = []
        var recovery: StateRecovery.Outcome?
        if let previous {
            let problems = ManifestAudit.problems(
                in: previous,
                statePath: directory.path,
                includingOpenDamage: acceptLoss
            )
            notes = problems.filter { $0.lost.isEmpty }.map(\.description)
            if ManifestAudit.refusesStart(problems) {
                guard acceptLoss else { throw StateLossError(statePath: directory.path, problems: problems) }
                let outcome = try StateRecovery.accept(
                    problems.filter { !$0.lost.isEmpty },
                    manifest: previous,
                    statePath: directory.path,
                    now: wallClock()
                )
                accepted = problems.map { "\($0.file) is \($0.what): \($0.lostText) lost" } + outcome.actions
                recovery = outcome
            }
        }
        let loaded = try StateLoader.load(statePath: directory.path, cutTornTail: true)
        var manifest = try ManifestBuilder.current(
            previous: previous,
            rebaselined: recovery?.rebaselined ?? [],
            statePath: directory.path,
            lastSequence: loaded.lastSequence
        )
        manifest.losses += recovery?.losses ?? []
        try ManifestFile.write(manifest, statePath: directory.path)
        let manifestFile = ManifestFile(statePath: directory.path, manifest: manifest)
        let writer = try directory.openWriter(nextSequence: loaded.lastSequence + 1, manifest: manifestFile)
        let cut = loaded.cutTail.map {
            "cut a torn last record off \($0.file) at byte \($0.offset) (\($0.bytes) bytes dropped): \($0.reason)"
        }
        let executor = StateExecutor(
            loop: loop,
            state: loaded.state,
            writer: writer,
            policy: policy,
            snapshots: snapshots,
            directory: directory,
            lastSnapshot: loaded.snapshot.flatMap(StateDirectory.sequence(ofFile:)) ?? 0,
            logger: logger,
            clock: wallClock
        )
        let opening = OpeningReport(
            records: loaded.records,
            sequence: loaded.lastSequence,
            cutTail: cut,
            snapshot: loaded.snapshot,
            refusedSnapshots: loaded.refusedSnapshots,
            removedTemporaries: removed,
            manifestCreated: previous == nil && loaded.lastSequence > 0,
            acceptedLoss: accepted,
            manifestNotes: notes
        )
        return (executor, opening)
    }

    /// Applies one journal record to a model, as replay does: in place
    /// (``ModelState/applyReplaying(_:sequence:)``), since a refused record stops the replay
    /// and its model is thrown away.
    /// - Throws: ``ServerError/replay(sequence:line:reason:)`` when a line is not a change
    ///   or the model refuses it; `state` may then hold part of the record.
    static func apply(_ record: JournalRecord, to state: inout ModelState) throws {
        for line in record.lines {
            do {
                guard case .change(let change)? = try CommandParser.parse(line) else {
                    throw ServerError.replay(sequence: record.sequence, line: line, reason: "not a change")
                }
                try state.applyReplaying(change, sequence: record.sequence)
            } catch let error as ServerError {
                throw error
            } catch {
                throw ServerError.replay(sequence: record.sequence, line: line, reason: "\(error)")
            }
        }
        state.advance(to: record.sequence)
    }

    /// The system's real-time clock.
    @Sendable static func wallClock() -> Timestamp {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Timestamp(milliseconds: Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000)
    }
}
