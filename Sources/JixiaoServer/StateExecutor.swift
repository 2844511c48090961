import JixiaoCore
import JixiaoJournal
public import JixiaoProtocol
import Logging
import NIOCore
import Synchronization

/// The single owner of the model and the journal writer.
///
/// Every query and change runs here, one at a time, on a thread of its own (an event loop
/// used as the actor's executor): a change is validated against the pending model (so
/// changes in one batch chain), written to the journal, and acknowledged once a sync
/// covers it (group commit, see `StateExecutor+Commit.swift`). Queries read only the
/// committed model. Blocking on `fdatasync` here keeps the cooperative thread pool and
/// the I/O threads free.
public actor StateExecutor {
    let loop: any EventLoop
    /// Group commit: the models, the requests waiting for a sync, the fault state and the
    /// preconditions (see ``CommitLog``); the executor carries out its actions.
    var log: CommitLog
    /// ``CommitLog/committed`` as last shown to queries, for reads answered on the
    /// connection's own thread without a hop to the executor (see `StateExecutor+Reads.swift`).
    /// Every new value is published here before any reply that follows it is sent.
    nonisolated let committed: Mutex<ModelState>
    var writer: JournalWriter
    /// Changes sent to the executor and not yet submitted to the commit log: with none, a
    /// change written is synced in the same turn (see ``CommitLog/written(at:changesQueued:)``).
    nonisolated let changesOnTheirWay = Atomic<Int>(0)
    /// The requests waiting for their reply from the commit log, by ticket.
    var replies: [CommitLog.Ticket: CheckedContinuation<Reply, Never>] = [:]
    /// The next request's ticket.
    var nextTicket: CommitLog.Ticket = 0
    /// The connections watching committed changes (`WATCH`), by connection id.
    var watchers: [Int: Watcher] = [:]
    /// Watchdog probes answered (`heartbeat()`).
    var heartbeats: UInt64 = 0
    let policy: FsyncPolicy
    /// When to take snapshots and what to keep after one.
    let snapshotSettings: SnapshotSettings
    /// The state directory, for snapshots and retention (`nil` in tests without one).
    let directory: StateDirectory?
    /// The sequence of the last snapshot written or loaded (0: none).
    var lastSnapshot: Int64
    /// Whether a snapshot is being written (one at a time).
    var snapshotInProgress = false
    /// The sequence the last snapshot attempt was at, written or not: a failing automatic
    /// snapshot is tried again only `snapshot_every` records later, not after every sync.
    var lastSnapshotAttempt: Int64 = 0
    let logger: Logger
    let clock: @Sendable () -> Timestamp

    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        loop.executor.asUnownedSerialExecutor()
    }

    init(
        loop: any EventLoop,
        state: ModelState,
        writer: sending JournalWriter,
        policy: FsyncPolicy = .always,
        snapshots: SnapshotSettings = SnapshotSettings(every: 0),
        directory: StateDirectory? = nil,
        lastSnapshot: Int64 = 0,
        logger: Logger,
        clock: @escaping @Sendable () -> Timestamp
    ) {
        self.loop = loop
        self.snapshotSettings = snapshots
        self.directory = directory
        self.lastSnapshot = lastSnapshot
        self.log = CommitLog(state, policy: policy)
        self.committed = Mutex(state)
        self.policy = policy
        self.writer = writer
        self.logger = logger
        self.clock = clock
    }

    /// What queries see (see ``CommitLog/committed``).
    var state: ModelState { log.committed }

    /// The model as of the last successful sync.
    var durable: ModelState { log.durable }

    /// Why the journal refuses writes (read-only after a storage fault), if it does.
    var storageFault: String? { log.fault }

    /// Successful journal syncs since the daemon started: with `journal_seq`, how many
    /// changes each sync covered (group commit at work).
    var syncs: Int64 { log.syncs }

    /// The sequence number of the last durable change.
    public var sequence: Int64 { state.sequence }

    /// How many units the model holds.
    public var unitCount: Int { state.unitCount }

    /// Runs one command for a session and returns its reply, as an admin would (the
    /// command files loaded at start-up). Never throws: every failure becomes an `ERR` reply.
    public nonisolated func execute(_ command: Command, author: String) async -> Reply {
        await execute(command, author: author, role: .admin)
    }

    /// Runs one command for a user of a role and returns its reply: a change goes through
    /// the commit log (which checks its preconditions, the year lock among them), a query
    /// runs on the committed model. Never throws: every failure becomes an `ERR` reply.
    public nonisolated func execute(_ command: Command, author: String, role: Role) async -> Reply {
        switch command {
        case .change, .carryOver, .conditional:
            return await commit([command], transaction: false, author: author, role: role)
        default:
            return await run(command)
        }
    }

    /// Runs a command that is not a change.
    private func run(_ command: Command) async -> Reply {
        switch command {
        case .resume:
            return resume()
        case .backup:
            return backup()
        case .snapshot:
            return await snapshot()
        case .debugStall(let seconds):
            return stall(seconds: seconds)
        default:
            if let reply = ModelQueries.reply(
                to: command,
                in: state,
                today: { Self.todayInChina(clock()) },
                checker: log.checker
            ) {
                return reply
            }
            // Connection-level commands are answered by the connection itself, and the
            // historic ones (AT, HISTORY, WATCH's catch-up) off the executor.
            return .error(ProtocolError(.internal, "connection command reached the executor"))
        }
    }

    /// Today's date in China (UTC+8), where the bureau's dates are.
    static func todayInChina(_ now: Timestamp) -> CivilDate {
        let shifted = Timestamp(milliseconds: now.milliseconds + 8 * 3_600_000).description
        return (try? CivilDate(parsing: String(shifted.prefix(10)))) ?? (try! CivilDate(parsing: "2000-01-01"))
    }

    /// Syncs and closes the journal.
    public func close() {
        syncNow()
        do {
            try writer.close()
            // A clean stop: the manifest knows the open segment's last record exactly. After
            // a storage fault too with `--fsync always`: nothing was acknowledged unsynced.
            if storageFault == nil || policy == .always, let manifest = writer.manifest {
                let last = writer.syncedSequence
                try manifest.update { manifest in
                    if let index = manifest.segments.lastIndex(where: \.open) {
                        manifest.segments[index].last = max(manifest.segments[index].last, last)
                    }
                    manifest.openIsClean = true
                }
            }
        } catch {
            logger.error("journal sync at shutdown failed", metadata: ["error": "\(error)"])
        }
    }
}
