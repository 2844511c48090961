import JixiaoCore
import JixiaoProtocol

/// `BEGIN`, `COMMIT`, `ROLLBACK`, and the queueing of changes in between. Queries inside a
/// transaction run at once and see the model without the queued changes. A connection
/// that closes with a transaction open discards it.
extension ConnectionHandler {
    /// The reply when the command is a transaction's business; `nil` when it runs as usual.
    func transactionReply(
        to command: Command,
        role: Role,
        policy: AccessPolicy,
        session: inout Session
    ) async -> Reply? {
        switch command {
        case .begin:
            guard session.transaction == nil else {
                // Not a refused change: the open transaction goes on.
                return .error(ProtocolError(.transaction, "a transaction is open already; COMMIT or ROLLBACK it first"))
            }
            session.beginTransaction()
            return .ok("BEGIN")
        case .rollback:
            guard let queued = session.transaction else {
                return .error(ProtocolError(.transaction, "no transaction is open; BEGIN starts one"))
            }
            session.endTransaction()
            return .ok("ROLLBACK", "discarded=\(queued.count)")
        case .commit:
            guard let queued = session.transaction else {
                return .error(ProtocolError(.transaction, "no transaction is open; BEGIN starts one"))
            }
            let failure = session.transactionFailure
            session.endTransaction()
            if let failure {
                return .error(
                    ProtocolError(
                        .transaction,
                        "the transaction failed (a line in it was refused: \(failure)); nothing was changed"
                    )
                )
            }
            // A reload may have changed the roles since the changes were queued.
            for (index, queuedCommand) in queued.enumerated() {
                if let refusal = Authorization.refusal(
                    of: queuedCommand,
                    role: role,
                    policy: policy,
                    user: session.peer.userName
                ) {
                    return .error(
                        ProtocolError(refusal.code, "change \(index + 1) of \(queued.count): \(refusal.message)")
                    )
                }
            }
            return await executor.execute(transaction: queued, author: session.peer.userName, role: role)
        case .change, .carryOver, .conditional:
            guard let count = session.transaction?.count else { return nil }
            if let failure = session.transactionFailure {
                return .error(
                    ProtocolError(
                        .transaction,
                        "the transaction failed (a line in it was refused: \(failure)); ROLLBACK or COMMIT ends it, changing nothing"
                    )
                )
            }
            guard count < Session.maximumTransactionLength else {
                return session.refusing(
                    ProtocolError(
                        .limit,
                        "a transaction holds at most \(Session.maximumTransactionLength) changes; COMMIT or ROLLBACK"
                    )
                )
            }
            let budget = limits.current.transactionBytes
            guard budget == 0 || session.transactionBytes + session.lineBytes <= budget else {
                return session.refusing(
                    ProtocolError(
                        .limit,
                        "the transaction would hold more than \(budget) bytes (max_transaction_bytes); COMMIT smaller parts"
                    )
                )
            }
            session.transaction?.append(command)
            session.transactionBytes += session.lineBytes
            return .ok("QUEUED", "changes=\(count + 1)")
        default:
            return nil
        }
    }
}
