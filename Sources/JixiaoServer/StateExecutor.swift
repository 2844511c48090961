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
    /// What queries see: the durable model (`--fsync always`), or the acknowledged one
    /// (`--fsync batch`). Every new value is published to ``committed`` before any reply
    /// that follows it is sent.
    var state: ModelState {
        didSet { committed.withLock { $0 = state } }
    }
    /// ``state`` as last published, for reads answered on the connection's own thread
    /// without a hop to the executor (see `StateExecutor+Reads.swift`).
    nonisolated let committed: Mutex<ModelState>
    /// The model as of the last successful sync.
    var durable: ModelState
    /// The model with every written record applied, synced or not.
    var pending: ModelState
    var writer: JournalWriter
    /// Changes written and waiting for a sync to be acknowledged.
    var waiters: [Waiter] = []
    /// Whether a sync is already on its way.
    var syncScheduled = false
    /// Successful journal syncs since the daemon started: with `journal_seq`, how many
    /// changes each sync covered (group commit at work).
    var syncs: Int64 = 0
    /// Why the journal refuses writes (read-only after a storage fault), if it does.
    var storageFault: String?
    let policy: FsyncPolicy
    let logger: Logger
    let clock: @Sendable () -> Timestamp
    let checker = Checker()

    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        loop.executor.asUnownedSerialExecutor()
    }

    init(
        loop: any EventLoop,
        state: ModelState,
        writer: sending JournalWriter,
        policy: FsyncPolicy = .always,
        logger: Logger,
        clock: @escaping @Sendable () -> Timestamp
    ) {
        self.loop = loop
        self.state = state
        self.committed = Mutex(state)
        self.durable = state
        self.pending = state
        self.policy = policy
        self.writer = writer
        self.logger = logger
        self.clock = clock
    }

    /// The sequence number of the last durable change.
    public var sequence: Int64 { state.sequence }

    /// How many units the model holds.
    public var unitCount: Int { state.unitCount }

    /// Runs one command for a session and returns its reply. Never throws: every failure
    /// becomes an `ERR` reply.
    public func execute(_ command: Command, author: String) async -> Reply {
        switch command {
        case .change(let change):
            return await commit([change], author: author)
        case .get(let key):
            return query { state throws(DomainError) in try QueryTables.get(key, in: state) }
        case .list(let scope):
            return query { state throws(DomainError) in try QueryTables.list(scope, in: state) }
        case .export(let unit, let year):
            return query { state throws(DomainError) in
                if let unit { _ = try state.unit(unit) }
                if let unit, let year { _ = try state.year(unit, year) }
                return RowTable(columns: ["line"], rows: ModelExport.lines(state, unit: unit, year: year).map { [$0] })
            }
        case .check(let unit, let year, let owner):
            return query { state throws(DomainError) in
                if let unit { _ = try state.unit(unit) }
                if let unit, let year { _ = try state.year(unit, year) }
                if let unit, let year, let owner { _ = try state.expenditure(ExpenditureKey(unit, year, owner)) }
                return FindingTables.findings(checker.check(state, unit: unit, year: year, owner: owner))
            }
        case .checkRules:
            return .rows(FindingTables.rules())
        case .monitor(let unit, let requestedYear, let date):
            let date = date ?? Self.todayInChina(clock())
            return query { state throws(DomainError) in
                let year: FiscalYear
                if let requestedYear { year = requestedYear } else { year = try FiscalYear(date.year) }
                let units = try unit.map { code throws(DomainError) in [try state.unit(code)] } ?? state.unitList
                if let unit { _ = try state.year(unit, year) }
                let years = units.compactMap { found in found.year(year).map { (found.code, $0) } }
                return MonitorTables.monitor(years, on: date)
            }
        case .monthly(let key):
            return query { state throws(DomainError) in
                MonitorTables.monthly(try state.expenditure(key), year: key.year)
            }
        case .funds(let key):
            return query { state throws(DomainError) in ModelTables.funds(try state.expenditure(key), key: key) }
        case .rollup(let unit, let year):
            return query { state throws(DomainError) in try ModelTables.rollup(state, unit: unit, year: year) }
        case .carryOver(let key):
            let change: Change
            do {
                change = try CarryOver.change(for: key, in: pending)
            } catch {
                return .error(ProtocolError(error))
            }
            return await commit([change], author: author)
        case .resume:
            return resume()
        case .backup:
            return backup()
        case .debugStall(let seconds):
            return stall(seconds: seconds)
        case .score(let unit, let year, let owner):
            return query { state throws(DomainError) in try ScoringQueries.score(unit, year, owner, in: state) }
        case .table(let request):
            return query { state throws(DomainError) in try ScoringQueries.table(request, in: state, checker: checker) }
        case .report(let request):
            return query { state throws(DomainError) in try ScoringQueries.report(request, in: state, checker: checker)
            }
        case .ruleSet(let name):
            return query { state throws(DomainError) in ScoreTables.ruleSet(try state.ruleSet(named: name)) }
        case .ruleSets:
            return .rows(ScoreTables.ruleSets(state))
        case .conditional(let revision, let inner):
            return await execute(inner, ifRevision: revision, author: author)
        case .hello, .ping, .quit, .help, .format, .status, .begin, .commit, .rollback:
            // Connection-level commands are answered by the connection itself.
            return .error(ProtocolError(.internal, "connection command reached the executor"))
        }
    }

    private func query(_ build: (ModelState) throws(DomainError) -> RowTable) -> Reply {
        do {
            return .rows(try build(state))
        } catch {
            return .error(ProtocolError(error))
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
        } catch {
            logger.error("journal sync at shutdown failed", metadata: ["error": "\(error)"])
        }
    }
}
