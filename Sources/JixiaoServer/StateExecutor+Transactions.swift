import JixiaoCore
public import JixiaoProtocol

/// `BEGIN` … `COMMIT`: a connection's queued changes made as one journal record, all or
/// nothing, through the executor's ordinary ``commit(_:author:)``.
extension StateExecutor {
    /// Commits queued changes. Year locks and `IF REV` conditions are checked against the
    /// model as `COMMIT` begins; then every change is worked out in order, and the first
    /// refusal (named by its position) refuses them all.
    /// - Returns: `OK seq=N changes=K`, or the first refusal.
    public func execute(transaction commands: [Command], author: String, role: Role) async -> Reply {
        var changes: [Change] = []
        for (index, command) in commands.enumerated() {
            let position = "change \(index + 1) of \(commands.count)"
            if role < .admin, let (unit, year) = lockedYear(changedBy: command) {
                return .error(ProtocolError(.locked, "\(position): \(unit) \(year) is submitted: locked for operators"))
            }
            var command = command
            if case .conditional(let expected, let inner) = command {
                if let key = inner.changedObject, state.revision(of: key) != expected {
                    return .error(
                        ProtocolError(
                            .conflict,
                            "\(position): \(key) is at revision \(state.revision(of: key)), not \(expected)"
                        )
                    )
                }
                command = inner
            }
            switch command {
            case .change(let change):
                changes.append(change)
            case .carryOver(let key):
                do {
                    changes.append(try CarryOver.change(for: key, in: state))
                } catch {
                    return .error(Self.positioned(ProtocolError(error), position))
                }
            default:
                return .error(ProtocolError(.internal, "\(position) is not a change"))
            }
        }
        guard !changes.isEmpty else { return .ok("seq=\(state.sequence)", "changes=0") }
        var scratch = state
        for (index, change) in changes.enumerated() {
            do {
                try scratch.apply(change, sequence: state.sequence + 1)
            } catch {
                return .error(Self.positioned(ProtocolError(error), "change \(index + 1) of \(changes.count)"))
            }
        }
        var reply = await commit(changes, author: author)
        if case .ok(let words) = reply.status { reply.status = .ok(words + ["changes=\(changes.count)"]) }
        return reply
    }

    private static func positioned(_ error: ProtocolError, _ position: String) -> ProtocolError {
        ProtocolError(error.code, "\(position): \(error.message)")
    }
}
