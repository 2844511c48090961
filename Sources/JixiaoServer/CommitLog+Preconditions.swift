import JixiaoCore
import JixiaoProtocol

/// The checks a change passes before it is written, all against the pending model: the
/// year lock (which admins bypass), `IF REV=n`, the submit gate (``SubmitRefusal``: no
/// `YEAR SUBMIT` while errors stand, unless `force=yes`), and the change's own validation. A
/// transaction's locks and conditions are checked against the model as its `COMMIT` begins
/// (every change ordered before it applied); then its changes are applied in order, once,
/// and the first refusal, named by its place, refuses them all.
extension CommitLog {
    /// Checks and applies changes to the pending model: all of them, or none.
    /// - Returns: the changes applied, or the refusal (the pending model unchanged).
    mutating func prepare(
        _ commands: [Command],
        transaction: Bool,
        role: Role,
        sequence: Int64
    ) -> Result<[Change], ProtocolError> {
        func placed(_ error: ProtocolError, _ index: Int) -> ProtocolError {
            transaction
                ? ProtocolError(error.code, "change \(index + 1) of \(commands.count): \(error.message)") : error
        }
        var steps: [Command] = []
        steps.reserveCapacity(commands.count)
        for (index, command) in commands.enumerated() {
            if let refusal = Self.refusal(of: command, in: pending, role: role) {
                return .failure(placed(refusal, index))
            }
            if case .conditional(_, let inner) = command { steps.append(inner) } else { steps.append(command) }
        }
        // One change is applied in place (`apply` changes nothing when it throws): only the
        // first change after a sync then copies the model's top level, which the committed
        // model shares. Several are applied to a copy, so that a refusal leaves none applied.
        // The submit gate judges the year as the submit would lock it: one change against the
        // pending model, a `YEAR SUBMIT` inside a transaction against the working copy with the
        // transaction's earlier changes applied.
        if steps.count == 1 {
            if let blocked = SubmitRefusal.of(steps[0], in: pending, checker: checker) {
                return .failure(placed(blocked, 0))
            }
            return Self.apply(steps[0], to: &pending, sequence: sequence).map { [$0] }.mapError { placed($0, 0) }
        }
        var model = pending
        var changes: [Change] = []
        changes.reserveCapacity(steps.count)
        for (index, step) in steps.enumerated() {
            if let blocked = SubmitRefusal.of(step, in: model, checker: checker) {
                return .failure(placed(blocked, index))
            }
            switch Self.apply(step, to: &model, sequence: sequence, inPlace: true) {
            case .success(let change): changes.append(change)
            case .failure(let error): return .failure(placed(error, index))
            }
        }
        pending = model
        return .success(changes)
    }

    /// Applies one change (a carry-over worked out in `model` first).
    private static func apply(
        _ step: Command,
        to model: inout ModelState,
        sequence: Int64,
        inPlace: Bool = false
    ) -> Result<Change, ProtocolError> {
        do {
            let change: Change
            switch step {
            case .change(let given): change = given
            case .carryOver(let key): change = try CarryOver.change(for: key, in: model)
            default: return .failure(ProtocolError(.internal, "not a change: \(step)"))
            }
            if inPlace {
                try model.applyToWorkingCopy(change, sequence: sequence)
            } else {
                try model.apply(change, sequence: sequence)
            }
            return .success(change)
        } catch {
            return .failure(ProtocolError(error))
        }
    }

    /// Why a change may not be made in `model` by a user of `role`, if it may not: the year
    /// is submitted (for non-admins), or the `IF REV` condition does not hold.
    static func refusal(of command: Command, in model: ModelState, role: Role) -> ProtocolError? {
        if let oversized = oversizedValue(in: command) { return oversized }
        if role < .admin, let (unit, year) = lockedYear(changedBy: command, in: model) {
            return ProtocolError(
                .locked,
                "\(unit) \(year) is submitted: locked for operators; an admin may YEAR REOPEN it with a reason"
            )
        }
        guard case .conditional(let expected, let inner) = command else { return nil }
        guard let key = inner.changedObject else {
            return ProtocolError(.badArgument, "IF REV=n needs a change of one object")
        }
        let current = model.revision(of: key)
        guard current != expected else { return nil }
        let now = current == 0 ? "does not exist (revision 0)" : "is at revision \(current)"
        return ProtocolError(.conflict, "\(key) \(now), not \(expected): someone changed it meanwhile; GET it again")
    }

    /// The longest value a change may give a field, in characters: free text's (the longest
    /// kind). The other kinds are bounded tighter by their own codecs (a code 64, a name
    /// 200, a number 18 digits); this bounds the rest (an indicator value, a list), so that
    /// no value of 60,000 characters is checked and scored with every change. Checked for
    /// new changes only: replaying the journal takes what was accepted then.
    static let longestValue = 2000

    /// The refusal of a change that gives a field a value longer than ``longestValue``.
    static func oversizedValue(in command: Command) -> ProtocolError? {
        let assignments: [FieldAssignment]
        switch command {
        case .conditional(_, let inner): return oversizedValue(in: inner)
        case .change(.create(_, let given)), .change(.update(_, let given)), .change(.set(_, let given)),
            .change(.add(_, _, let given)), .change(.createRuleSet(_, _, let given)),
            .change(.updateRuleSet(_, let given)):
            assignments = given
        default: return nil
        }
        guard let long = assignments.first(where: { $0.value.count > longestValue }) else { return nil }
        return ProtocolError(
            .badValue,
            "\(long.key)= has \(long.value.count) characters; a value has at most \(longestValue)"
        )
    }

    /// The submitted unit-year a command would change, if any.
    static func lockedYear(changedBy command: Command, in model: ModelState) -> (Code, FiscalYear)? {
        let year: (Code, FiscalYear)?
        switch command {
        case .conditional(_, let inner):
            return lockedYear(changedBy: inner, in: model)
        case .change(let change):
            year = unitYear(of: change.key)
        case .carryOver(let key):
            // Carrying over writes into next year.
            year = (try? FiscalYear(key.year.value + 1)).map { (key.unit, $0) }
        default:
            return nil
        }
        guard let (unit, fiscalYear) = year, let found = try? model.year(unit, fiscalYear), found.status.isLocked
        else { return nil }
        return (unit, fiscalYear)
    }

    private static func unitYear(of key: ObjectKey?) -> (Code, FiscalYear)? {
        switch key {
        case .year(let unit, let year): (unit, year)
        case .expenditure(let key), .part(let key, _): (key.unit, key.year)
        case .unit, nil: nil
        }
    }
}
