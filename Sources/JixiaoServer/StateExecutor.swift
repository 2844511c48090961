import JixiaoCore
import JixiaoJournal
public import JixiaoProtocol
import Logging
import NIOCore

/// The single owner of the model and the journal writer.
///
/// Every query and change runs here, one at a time, on a thread of its own (an event loop
/// used as the actor's executor): a change is validated, written to the journal and
/// synced, and only then applied to the model and acknowledged. Blocking on `fdatasync`
/// here keeps the cooperative thread pool and the I/O threads free.
public actor StateExecutor {
    private let loop: any EventLoop
    private(set) var state: ModelState
    private let writer: JournalWriter
    let logger: Logger
    private let clock: @Sendable () -> Timestamp
    private let checker = Checker()

    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        loop.executor.asUnownedSerialExecutor()
    }

    init(
        loop: any EventLoop,
        state: ModelState,
        writer: sending JournalWriter,
        logger: Logger,
        clock: @escaping @Sendable () -> Timestamp
    ) {
        self.loop = loop
        self.state = state
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
    public func execute(_ command: Command, author: String) -> Reply {
        switch command {
        case .change(let change):
            return commit([change], author: author)
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
        case .funds(let key):
            return query { state throws(DomainError) in ModelTables.funds(try state.expenditure(key), key: key) }
        case .rollup(let unit, let year):
            return query { state throws(DomainError) in try ModelTables.rollup(state, unit: unit, year: year) }
        case .carryOver(let key):
            do {
                return commit([try CarryOver.change(for: key, in: state)], author: author)
            } catch {
                return .error(ProtocolError(error))
            }
        case .debugStall(let seconds):
            return stall(seconds: seconds)
        case .conditional(let revision, let inner):
            return execute(inner, ifRevision: revision, author: author)
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

    /// Journals changes as one record and applies them: all or nothing.
    func commit(_ changes: [Change], author: String) -> Reply {
        let sequence = state.sequence + 1
        // Work the changes out on a copy (cheap: the model is copy-on-write and a change
        // touches one unit), so a refused change leaves the live model as it was.
        var scratch = state
        do {
            for change in changes { try scratch.apply(change, sequence: sequence) }
        } catch {
            return .error(ProtocolError(error))
        }
        let record = JournalRecord(
            sequence: sequence,
            timestamp: clock(),
            author: author,
            lines: changes.map(\.commandLine)
        )
        do {
            try writer.append([record])
        } catch {
            logger.error(
                "journal write failed; change refused",
                metadata: ["journal.seq": "\(sequence)", "error": "\(error)", "op.author": "\(author)"]
            )
            return .error(ProtocolError(.storage, "the change could not be made durable: \(error)"))
        }
        state = scratch
        for change in changes {
            var metadata: Logger.Metadata = [
                "journal.seq": "\(sequence)", "op.author": "\(author)", "change": "\(change.commandLine)",
            ]
            if let key = change.key {
                metadata["object"] = "\(key)"
                metadata["object.unit"] = "\(key.unit)"
                switch key {
                case .year(_, let year): metadata["object.year"] = "\(year)"
                case .expenditure(let expenditure), .part(let expenditure, _):
                    metadata["object.year"] = "\(expenditure.year)"
                case .unit: break
                }
            }
            logger.info("change", metadata: metadata)
        }
        var words = ["seq=\(sequence)"]
        if case .add(let key, let kind, _) = changes.last, let id = Self.lastID(kind, of: key, in: state) {
            words.append("id=\(id)")
        }
        let findings = changes.flatMap(findingsAbout)
        return Reply(.ok(words), table: findings.isEmpty ? nil : FindingTables.findings(findings))
    }

    /// What the checker finds about the object a change touched, so that the operator sees
    /// the problem as they type.
    private func findingsAbout(_ change: Change) -> [Finding] {
        guard let key = change.key else { return [] }
        let scope: (Code, FiscalYear, Owner?)
        switch key {
        case .unit: return []
        case .year(let unit, let year): scope = (unit, year, nil)
        case .expenditure(let expenditure), .part(let expenditure, _):
            scope = (expenditure.unit, expenditure.year, expenditure.owner)
        }
        guard let year = try? state.year(scope.0, scope.1) else { return [] }
        return checker.check(year, of: scope.0, owner: scope.2).filter { $0.involved.contains(key) }
    }

    private static func lastID(_ kind: NumberedKind, of key: ExpenditureKey, in state: ModelState) -> Int? {
        guard let expenditure = try? state.expenditure(key) else { return nil }
        switch kind {
        case .adjustment: return expenditure.adjustmentList.last?.id
        case .payment: return expenditure.paymentList.last?.id
        case .goal: return expenditure.goalList.last?.id
        }
    }

    /// Syncs and closes the journal.
    public func close() {
        do {
            try writer.close()
        } catch {
            logger.error("journal sync at shutdown failed", metadata: ["error": "\(error)"])
        }
    }
}
