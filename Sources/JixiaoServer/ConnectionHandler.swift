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

    /// Answers one frame, updating the session (FORMAT). A comment gets no reply, whatever
    /// the request rate, so that the replies line up with the requests. A line refused
    /// inside `BEGIN` … `COMMIT` (not well-formed, over a limit, denied) fails the transaction.
    func reply(to frame: RequestFrame, session: inout Session) async -> Reply? {
        refreshGroups(of: &session)
        let request: DecodedRequest
        switch Self.decode(frame, maximumLineLength: maximumLineLength) {
        case .comment: return nil
        case .request(let decoded): request = decoded
        }
        let current = limits.current
        if let refusal = admit(lineBytes: request.bytes, current, session: &session) { return refusal }
        // Rows are built (here, on the executor, or on the historic reader's thread) with
        // the connection's amounts.
        let money = session.money
        let decoded = await MoneyFormat.$current.withValue(money) {
            await reply(to: request, session: &session)
        }
        guard let reply = decoded else { return nil }
        return finished(reply, current, request: request.text, session: session)
    }

    /// The request-rate check (`max_requests_per_second`) of every request, and the note of
    /// its size; the refusal when it is over the rate.
    func admit(lineBytes: Int, _ current: RuntimeLimits.Values, session: inout Session) -> Reply? {
        if !session.rate.admit(limit: current.requestsPerSecond, at: .now) {
            return session.refusing(
                ProtocolError(
                    .limit,
                    "more than \(current.requestsPerSecond) requests a second (max_requests_per_second); request refused, slow down"
                )
            )
        }
        session.lineBytes = lineBytes
        return nil
    }

    /// A reply as it goes out: an `ERR INTERNAL` logged, a table over `max_rows` refused.
    func finished(
        _ reply: Reply,
        _ current: RuntimeLimits.Values,
        request: @autoclosure () -> String,
        session: Session
    ) -> Reply {
        if case .error(let error) = reply.status, error.code == .internal {
            // Every ERR INTERNAL is logged here, once, with what was asked and by whom.
            logger.error(
                "ERR INTERNAL",
                metadata: [
                    "error": "\(error.message)", "request": "\(excerpt(request()))", "conn.id": "\(session.id)",
                    "conn.user": "\(session.peer.userName)",
                ]
            )
        }
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
    func refreshGroups(of session: inout Session) {
        let generation = limits.policyGeneration
        guard session.policyGeneration != generation else { return }
        session.policyGeneration = generation
        guard session.peer.userName != "unknown", !session.peer.userName.hasPrefix("uid:") else { return }
        session.peer.groups = PeerIdentity.groups(of: session.peer.userName, gid: session.peer.gid)
    }

    /// A frame read as a request: a comment, or a line to answer (possibly refused already).
    enum Decoding {
        case comment
        case request(DecodedRequest)
    }

    /// A line to answer, with its size (for `max_transaction_bytes`).
    struct DecodedRequest {
        enum Content {
            case refused(ProtocolError)
            case proxied(ProxiedRequest)
            case command(Command)
        }
        var content: Content
        var bytes: Int
        var text: String
    }

    static func decode(_ frame: RequestFrame, maximumLineLength: Int) -> Decoding {
        switch frame {
        case .tooLong(let bytes):
            let error = ProtocolError(
                .lineTooLong,
                "line of \(bytes) bytes is longer than the limit of \(maximumLineLength) bytes; it was discarded"
            )
            return .request(DecodedRequest(content: .refused(error), bytes: bytes, text: ""))
        case .line(let buffer):
            let bytes = buffer.readableBytes
            guard let line = String(validating: buffer.readableBytesView, as: UTF8.self) else {
                let error = ProtocolError(.encoding, "the line is not valid UTF-8")
                return .request(DecodedRequest(content: .refused(error), bytes: bytes, text: ""))
            }
            do {
                if let proxied = try ProxiedRequest.split(line) {
                    return .request(DecodedRequest(content: .proxied(proxied), bytes: bytes, text: line))
                }
                guard let command = try CommandParser.parse(line) else { return .comment }
                return .request(DecodedRequest(content: .command(command), bytes: bytes, text: line))
            } catch {
                return .request(DecodedRequest(content: .refused(error), bytes: bytes, text: line))
            }
        }
    }

    private func reply(to request: DecodedRequest, session: inout Session) async -> Reply? {
        switch request.content {
        case .refused(let error): return session.refusing(error)
        case .proxied(let proxied): return await reply(to: proxied, session: &session)
        case .command(let command): return await reply(to: command, session: &session)
        }
    }

    func reply(to command: Command, session: inout Session) async -> Reply {
        let policy = limits.policy
        let role = policy.role(of: session.peer)
        if let refusal = refusal(of: command, role: role, policy: policy, session: &session) { return refusal }
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

extension ConnectionHandler {
    /// The refusal of a command before it runs: a transaction begun by someone else (a
    /// proxy's), or a role that does not allow it (logged).
    func refusal(of command: Command, role: Role, policy: AccessPolicy, session: inout Session) -> Reply? {
        if let refusal = transactionOwnerRefusal(session: &session) { return .error(refusal) }
        if let refusal = Authorization.refusal(of: command, role: role, policy: policy, user: session.peer.userName) {
            logger.notice(
                "denied",
                metadata: ["error": "\(refusal)", "conn.user": "\(session.peer.userName)", "conn.role": "\(role)"]
            )
            return session.refusing(refusal)
        }
        return nil
    }
}
