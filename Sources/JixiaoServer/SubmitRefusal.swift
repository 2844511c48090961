import JixiaoCore
import JixiaoProtocol

/// The submit gate as the daemon applies it to a command: a `YEAR SUBMIT` without
/// `force=yes` is refused while the checker reports errors or the scorer has lines it cannot
/// score, naming how many. Pure, on the model the command would change (the pending one, or
/// a transaction's working copy), so that it runs with the other preconditions in
/// ``CommitLog/prepare(_:transaction:role:sequence:)``; not in the model's `apply`: a submit
/// once accepted replays from the journal whatever later checks say.
enum SubmitRefusal {
    /// The refusal of a command, or `nil` when it is not a plain submit or nothing stands.
    static func of(_ command: Command, in model: ModelState, checker: Checker) -> ProtocolError? {
        var inner = command
        if case .conditional(_, let wrapped) = command { inner = wrapped }
        guard case .change(.submitYear(let unit, let year, nil)) = inner, let found = try? model.year(unit, year),
            !found.status.isLocked, let rules = try? model.ruleSet(of: found)
        else { return nil }
        let gate = SubmitGate(found, of: unit, rules: rules, checker: checker)
        guard !gate.isClear else { return nil }
        return ProtocolError(
            .submitBlocked,
            "\(unit) \(year) cannot be submitted: \(gate.description); fix them (CHECK RUN \(unit) \(year), SCORE \(unit) \(year)), or YEAR SUBMIT \(unit) \(year) force=yes reason=\"…\" to submit anyway (recorded)"
        )
    }
}
