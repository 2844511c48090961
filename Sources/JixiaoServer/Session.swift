public import JixiaoProtocol

/// One connection's state: who is connected and how they want rows.
public struct Session: Sendable {
    /// A number for this connection, unique while the daemon runs (for logs).
    public var id: Int
    /// The peer, from SO_PEERCRED.
    public var peer: PeerIdentity
    /// The connection's row format (`FORMAT`).
    public var format: RowFormat = .tsv
    /// How the connection's rows write amounts (`MONEY`).
    public var money: MoneyFormat = .wan
    /// The request-rate budget (`max_requests_per_second`).
    var rate = RequestRate()
    /// The changes queued since `BEGIN`; `nil` outside a transaction.
    var transaction: [Command]?
    /// The bytes of the request lines queued since `BEGIN` (`max_transaction_bytes`).
    var transactionBytes = 0
    /// Why the open transaction failed: the first line refused inside it. `COMMIT` then
    /// answers `ERR TRANSACTION` and changes nothing.
    var transactionFailure: String?
    /// The size of the request line being answered, in bytes.
    var lineBytes = 0
    /// Who began the open transaction (the requester of the last request outside one), so
    /// that a proxy's `AS` requests for one person never join another's transaction.
    var transactionOwner = ""
    /// Whether the connection is watching (`WATCH` until `UNWATCH`).
    var isWatching = false
    /// A watch just accepted, for the connection to start sending.
    var startedWatch: WatchStart?
    /// The policy generation (``RuntimeLimits/policyGeneration``) the peer's groups were
    /// looked up at: after a reload they are looked up again, so that a user removed from a
    /// group loses its role on connections already open.
    var policyGeneration = 0

    /// The most changes one transaction may queue.
    public static let maximumTransactionLength = 10_000

    /// A refusal of the current request, which fails the open transaction (if any): a
    /// pipelining client must never commit a subset of what it sent.
    mutating func refusing(_ error: ProtocolError) -> Reply {
        if transaction != nil, transactionFailure == nil {
            transactionFailure = "\(error.code.rawValue) \(excerpt(error.message))"
        }
        return .error(error)
    }

    /// Starts a transaction (`BEGIN`).
    mutating func beginTransaction() {
        transaction = []
        transactionBytes = 0
        transactionFailure = nil
    }

    /// Ends the open transaction (`COMMIT`, `ROLLBACK`).
    mutating func endTransaction() {
        transaction = nil
        transactionBytes = 0
        transactionFailure = nil
    }

    /// Creates a session.
    public init(id: Int, peer: PeerIdentity) {
        self.id = id
        self.peer = peer
    }
}
