import JixiaoCore
public import JixiaoProtocol

/// The year lock: a submitted unit-year is read-only for everyone but admins. Checked in
/// the executor's turn, so a `YEAR SUBMIT` and an operator's change cannot interleave.
extension StateExecutor {
    /// Runs a command for a user of a role: ``execute(_:author:)`` after the year lock.
    /// - Returns: `ERR LOCKED` when a non-admin changes a submitted year.
    public func execute(_ command: Command, author: String, role: Role) async -> Reply {
        if role < .admin, let (unit, year) = lockedYear(changedBy: command) {
            return .error(
                ProtocolError(
                    .locked,
                    "\(unit) \(year) is submitted: locked for operators; an admin may YEAR REOPEN it with a reason"
                )
            )
        }
        if let refusal = SubmitRefusal.of(command, in: pending, checker: checker) { return .error(refusal) }
        return await execute(command, author: author)
    }

    /// The submitted unit-year a command would change, if any.
    func lockedYear(changedBy command: Command) -> (Code, FiscalYear)? {
        let year: (Code, FiscalYear)?
        switch command {
        case .conditional(_, let inner):
            return lockedYear(changedBy: inner)
        case .change(let change):
            year = Self.unitYear(of: change.key)
        case .carryOver(let key):
            // Carrying over writes into next year.
            year = (try? FiscalYear(key.year.value + 1)).map { (key.unit, $0) }
        default:
            return nil
        }
        guard let (unit, fiscalYear) = year, let found = try? state.year(unit, fiscalYear),
            found.status.isLocked
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
