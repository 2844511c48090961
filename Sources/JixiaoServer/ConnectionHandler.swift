import JixiaoCore
import JixiaoProtocol
import Logging
import NIOCore

/// Serves one connection: reads request frames in order, answers each in order.
///
/// Connection-level commands (HELLO, PING, HELP, FORMAT, QUIT, STATUS) are answered here;
/// the rest go to the ``StateExecutor``. Every failure becomes an `ERR` reply; only a broken
/// socket ends the loop.
struct ConnectionHandler {
    let executor: StateExecutor
    /// Answers `AT`, `HISTORY` and a watch's catch-up from the journal, off the executor.
    let historic: HistoricReader
    let maximumLineLength: Int
    /// The live limits and access policy.
    let limits: RuntimeLimits
    let logger: Logger
    /// The daemon's status, for `STATUS`.
    let status: @Sendable () async -> ServerStatus

    /// Answers one frame, updating the session (FORMAT).
    func reply(to frame: RequestFrame, session: inout Session) async -> Reply? {
        refreshGroups(of: &session)
        let current = limits.current
        if !session.rate.admit(limit: current.requestsPerSecond, at: .now) {
            return .error(
                ProtocolError(
                    .limit,
                    "more than \(current.requestsPerSecond) requests a second (max_requests_per_second); request refused, slow down"
                )
            )
        }
        // Rows are built (here, on the executor, or on the historic reader's thread) with
        // the connection's amounts.
        let money = session.money
        let decoded = await MoneyFormat.$current.withValue(money) {
            await reply(decoding: frame, session: &session)
        }
        guard let reply = decoded else { return nil }
        if current.rows > 0, let table = reply.table, table.rows.count > current.rows {
            return .error(
                ProtocolError(
                    .limit,
                    "the reply would have \(table.rows.count) rows, more than \(current.rows) (max_rows); ask for less"
                )
            )
        }
        return reply
    }

    /// After a reload, looks the connected user's groups up again, so that the role of
    /// every request comes from the live policy and the live group database.
    private func refreshGroups(of session: inout Session) {
        let generation = limits.policyGeneration
        guard session.policyGeneration != generation else { return }
        session.policyGeneration = generation
        guard session.peer.userName != "unknown", !session.peer.userName.hasPrefix("uid:") else { return }
        session.peer.groups = PeerIdentity.groups(of: session.peer.userName, gid: session.peer.gid)
    }

    private func reply(decoding frame: RequestFrame, session: inout Session) async -> Reply? {
        switch frame {
        case .tooLong(let bytes):
            return .error(
                ProtocolError(
                    .lineTooLong,
                    "line of \(bytes) bytes is longer than the limit of \(maximumLineLength) bytes; it was discarded"
                )
            )
        case .line(let buffer):
            guard let line = String(validating: buffer.readableBytesView, as: UTF8.self) else {
                return .error(ProtocolError(.encoding, "the line is not valid UTF-8"))
            }
            let command: Command
            do {
                if let proxied = try ProxiedRequest.split(line) { return await reply(to: proxied, session: &session) }
                guard let parsed = try CommandParser.parse(line) else { return nil }
                command = parsed
            } catch {
                return .error(error)
            }
            return await reply(to: command, session: &session)
        }
    }

    func reply(to command: Command, session: inout Session) async -> Reply {
        if let refusal = transactionOwnerRefusal(session: &session) { return .error(refusal) }
        let policy = limits.policy
        let role = policy.role(of: session.peer)
        if let refusal = Authorization.refusal(of: command, role: role, policy: policy, user: session.peer.userName) {
            logger.notice(
                "denied",
                metadata: ["error": "\(refusal)", "conn.user": "\(session.peer.userName)", "conn.role": "\(role)"]
            )
            return .error(refusal)
        }
        if let reply = await historicReply(to: command, session: &session) {
            return reply
        }
        if let reply = await transactionReply(to: command, role: role, policy: policy, session: &session) {
            return reply
        }
        switch command {
        case .hello:
            return .ok(
                "jixiao",
                "protocol=\(ProtocolVersion.current)",
                "server=jixiaod/\(ProtocolVersion.software)",
                "user=\(WordQuoting.quote(session.peer.userName))",
                "role=\(role)",
                "format=\(session.format.rawValue)"
            )
        case .ping:
            return .ok("PONG")
        case .quit:
            return Reply(.ok(["BYE"]), closesConnection: true)
        case .help(let name):
            guard let table = ModelTables.help(name) else {
                return .error(ProtocolError(.unknownCommand, "no command '\(excerpt(name ?? ""))'; HELP lists them"))
            }
            return .rows(table)
        case .format(let format):
            session.format = format
            return .ok("format=\(format.rawValue)")
        case .money(let format):
            session.money = format
            return .ok("money=\(format.rawValue)")
        case .status:
            return .rows(await status().table)
        default:
            if let reply = executor.readCommitted(command) { return reply }
            return await executor.execute(command, author: session.peer.userName, role: role)
        }
    }
}
