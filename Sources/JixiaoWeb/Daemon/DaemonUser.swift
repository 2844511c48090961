public import JixiaoClient

/// jixiaod as one person sees it: every request goes `AS <unix user>`, so the daemon
/// applies that user's role and records them as the author.
public struct DaemonUser: Sendable {
    /// The shared connections.
    public let pool: DaemonPool
    /// The Unix user the person acts as.
    public let unixUser: String

    /// Creates the view.
    public init(pool: DaemonPool, unixUser: String) {
        self.pool = pool
        self.unixUser = unixUser
    }

    /// Asks one request.
    /// - Throws: ``DaemonError``.
    public func ask(_ line: ProtocolLine) async throws(DaemonError) -> ReceivedReply {
        try await ask([line])[0]
    }

    /// Asks several requests at once (pipelined on one connection); replies in order.
    /// - Throws: ``DaemonError``.
    public func ask(_ lines: [ProtocolLine]) async throws(DaemonError) -> [ReceivedReply] {
        try await pool.request(lines.map { $0.as(unixUser) })
    }

    /// Runs changes as one transaction: all or nothing. `BEGIN` and the changes go at once;
    /// when every change was queued, `COMMIT` makes them as one journal record, else
    /// `ROLLBACK` drops them. Both happen on the same connection (the pool keeps it for the
    /// two steps), and the daemon refuses anyone else's requests inside the transaction.
    /// - Returns: the `COMMIT` reply, or the first refusal while queueing.
    /// - Throws: ``DaemonError``.
    public func transaction(_ changes: [ProtocolLine]) async throws(DaemonError) -> ReceivedReply {
        let user = unixUser
        return try await pool.withConnection { connection throws(DaemonError) in
            let queued = try await connection.request(([ProtocolLine("BEGIN")] + changes).map { $0.as(user) })
            if let refused = queued.first(where: { !$0.isOK }) {
                _ = try await connection.request([ProtocolLine("ROLLBACK").as(user)])
                return refused
            }
            return try await connection.request([ProtocolLine("COMMIT").as(user)])[0]
        }
    }

    /// The role jixiaod gives this user now (`HELLO`): `read`, `operator`, `admin` or `none`.
    /// - Throws: ``DaemonError``.
    public func role() async throws(DaemonError) -> WebRole {
        let reply = try await ask(ProtocolLine("HELLO"))
        let word = reply.statusLine.split(separator: " ").first { $0.hasPrefix("role=") }
        return WebRole(rawValue: word.map { String($0.dropFirst(5)) } ?? "none") ?? .none
    }
}

/// What a person may do, as jixiaod says (`HELLO`'s `role=`).
public enum WebRole: String, Sendable, Comparable {
    case none, read, `operator`, admin

    public static func < (lhs: WebRole, rhs: WebRole) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .none: 0
        case .read: 1
        case .operator: 2
        case .admin: 3
        }
    }

    /// The role's name on the pages.
    public var label: String {
        switch self {
        case .none: "无权限"
        case .read: "只读"
        case .operator: "经办人"
        case .admin: "管理员"
        }
    }
}
