import JixiaoCore
import JixiaoProtocol
import Logging

/// `AS <user> <request>` from a trusted proxy (jixiao-web): the request runs as `user`
/// would, with the role `user`'s groups give, and the journal records `user@proxy`.
///
/// Only the Unix users in `trusted_proxies` may use it; anyone else gets `ERR DENIED` and
/// nothing runs. Root and the daemon's own user are not taken on (they are admin whatever
/// their groups, so a web account must map to a user whose groups give its role), except by
/// a proxy that is that user itself and so gains nothing (`make run` runs both as one
/// user). The identity is looked up for every request, so a change of groups applies at once.
extension ConnectionHandler {
    /// The reply to a proxied request, or `nil` for a request that gets none.
    func reply(to proxied: ProxiedRequest, session: inout Session) async -> Reply? {
        let policy = limits.policy
        let proxy = session.peer
        guard policy.trustedProxies.contains(proxy.userName) else {
            logger.notice(
                "denied AS",
                metadata: ["conn.user": "\(proxy.userName)", "as.user": "\(proxied.user)"]
            )
            return .error(
                ProtocolError(
                    .denied,
                    "AS is taken only from the users in trusted_proxies; \(proxy.userName) is not one"
                )
            )
        }
        guard var identity = PeerIdentity.named(proxied.user, pid: proxy.pid) else {
            return .error(ProtocolError(.notFound, "no Unix user '\(excerpt(proxied.user))' for AS"))
        }
        guard identity.uid == proxy.uid || (identity.uid != 0 && identity.uid != policy.daemonUID) else {
            return .error(
                ProtocolError(
                    .denied,
                    "AS \(proxied.user) is refused: map the web account to a user whose groups give its role"
                )
            )
        }
        let command: Command
        do {
            guard let parsed = try CommandParser.parse(proxied.request) else {
                return .error(ProtocolError(.arity, "usage: AS <user> <request>"))
            }
            command = parsed
        } catch {
            return .error(error)
        }
        identity.userName = "\(proxied.user)@\(proxy.userName)"
        session.peer = identity
        defer { session.peer = proxy }
        return await reply(to: command, session: &session)
    }

    /// Refuses a request inside a transaction that someone else began on this connection
    /// (a proxy serves many people over one connection). Outside a transaction it notes the
    /// requester, so a `BEGIN` leaves its owner behind.
    func transactionOwnerRefusal(session: inout Session) -> ProtocolError? {
        guard session.transaction != nil else {
            session.transactionOwner = session.peer.userName
            return nil
        }
        guard session.transactionOwner == session.peer.userName else {
            return ProtocolError(
                .transaction,
                "this connection's transaction was begun by \(session.transactionOwner); it must COMMIT or ROLLBACK first"
            )
        }
        return nil
    }
}
