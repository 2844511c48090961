import JixiaoCore
public import JixiaoProtocol

/// `BEGIN` … `COMMIT`: a connection's queued changes made as one journal record, all or
/// nothing, through the commit log like any change.
extension StateExecutor {
    /// Commits queued changes. Year locks and `IF REV` conditions are checked against the
    /// pending model as `COMMIT` begins (every change ordered before it applied, synced or
    /// not); then every change is applied in order, and the first refusal (named by its
    /// position) refuses them all.
    /// - Returns: `OK seq=N changes=K`, or the first refusal.
    public nonisolated func execute(transaction commands: [Command], author: String, role: Role) async -> Reply {
        await commit(commands, transaction: true, author: author, role: role)
    }
}
