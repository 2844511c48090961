import JixiaoCore
import JixiaoProtocol

/// `IF REV=n`: optimistic concurrency. The check and the change run in one turn of the
/// executor, so no other change can come between them.
extension StateExecutor {
    /// Runs a change only if the object it changes still has the expected revision.
    /// - Returns: the change's reply, or `ERR CONFLICT` with the current revision.
    func execute(_ command: Command, ifRevision expected: Int64, author: String) async -> Reply {
        guard let key = command.changedObject else {
            return .error(ProtocolError(.badArgument, "IF REV=n needs a change of one object"))
        }
        let current = state.revision(of: key)
        guard current == expected else {
            let now = current == 0 ? "does not exist (revision 0)" : "is at revision \(current)"
            return .error(
                ProtocolError(.conflict, "\(key) \(now), not \(expected): someone changed it meanwhile; GET it again")
            )
        }
        return await execute(command, author: author)
    }
}
