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
        logger: Logger
    ) throws -> (StateExecutor, OpeningReport) {
        let removed = try directory.removeSnapshotTemporaries()
        let loaded = try StateLoader.load(statePath: directory.path, cutTornTail: true)
        let writer = try directory.openWriter(nextSequence: loaded.lastSequence + 1)
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
            removedTemporaries: removed
        )
        return (executor, opening)
    }

    /// Applies one journal record to a model, as replay does.
    /// - Throws: ``ServerError/replay(sequence:line:reason:)`` when a line is not a change
    ///   or the model refuses it.
    static func apply(_ record: JournalRecord, to state: inout ModelState) throws {
        for line in record.lines {
            do {
                guard case .change(let change)? = try CommandParser.parse(line) else {
                    throw ServerError.replay(sequence: record.sequence, line: line, reason: "not a change")
                }
                try state.apply(change, sequence: record.sequence)
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
