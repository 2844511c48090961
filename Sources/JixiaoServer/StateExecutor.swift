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
        case .unitGet(let code):
            return query { state throws(DomainError) in ModelTables.units([try state.unit(code)]) }
        case .unitList:
            return query { state in ModelTables.units(state.unitList) }
        case .yearGet(let code, let year):
            return query { state throws(DomainError) in try ModelTables.years([(code, try state.year(code, year))]) }
        case .yearList(let code):
            return query { state throws(DomainError) in
                let units = try code.map { code throws(DomainError) in [try state.unit(code)] } ?? state.unitList
                return try ModelTables.years(units.flatMap { unit in unit.yearList.map { (unit.code, $0) } })
            }
        case .projectGet(let code, let year, let project):
            return query { state throws(DomainError) in
                ModelTables.projects([try state.project(code, year, project)], unit: code, year: year)
            }
        case .projectList(let code, let year):
            return query { state throws(DomainError) in
                ModelTables.projects(try state.year(code, year).projectList, unit: code, year: year)
            }
        case .debugStall(let seconds):
            return stall(seconds: seconds)
        case .hello, .ping, .quit, .help, .format, .status:
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
        // Validate against a scratch copy only when several changes depend on each other;
        // a single change is validated in place, which costs no copy of the model.
        var scratch: ModelState? = changes.count > 1 ? state : nil
        do {
            for change in changes {
                if scratch != nil {
                    try scratch!.apply(change, sequence: state.sequence + 1)
                } else {
                    try state.validate(change)
                }
            }
        } catch {
            return .error(ProtocolError(error))
        }
        let sequence = state.sequence + 1
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
        if let scratch {
            state = scratch
        } else {
            do {
                try state.apply(changes[0], sequence: sequence)
            } catch {
                // validate() passed, so apply() cannot fail; if it ever does, the journal
                // holds a record the model refused, and replay will stop on it loudly.
                logger.critical("validated change failed to apply", metadata: ["error": "\(error)"])
                return .error(ProtocolError(.internal, "change journaled but not applied: \(error)"))
            }
        }
        for change in changes {
            var metadata: Logger.Metadata = [
                "journal.seq": "\(sequence)", "op.author": "\(author)", "object": "\(change.key)",
                "object.unit": "\(change.key.unit)", "change": "\(change.commandLine)",
            ]
            switch change.key {
            case .year(_, let year), .project(_, let year, _): metadata["object.year"] = "\(year)"
            case .unit: break
            }
            logger.info("change", metadata: metadata)
        }
        return .ok("seq=\(sequence)")
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
