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

    /// Creates a session.
    public init(id: Int, peer: PeerIdentity) {
        self.id = id
        self.peer = peer
    }
}
