import JixiaoCore

/// Carrying what is left of a year's budget into the next year's 上年结转.
enum CarryOver {
    /// The change that sets next year's `source.carryover` 年初预算数 to what is left this
    /// year (全年预算数, or 年初预算数 if none, minus 全年执行数). Journaled as that plain
    /// `LINE SET`, so replay does not depend on this computation.
    /// - Throws: ``DomainError`` when there is nothing left or next year's expenditure
    ///   does not exist.
    static func change(for key: ExpenditureKey, in state: ModelState) throws(DomainError) -> Change {
        let budget = try state.expenditure(key).budget
        guard let base = budget.rateBase, let executed = budget.executed else {
            throw .badValue(field: "budget", value: key.description, reason: "needs a budget and 全年执行数 to carry over")
        }
        let left = Money(fen: base.fen &- executed.fen)
        guard left > .zero else {
            throw .badValue(field: "budget", value: key.description, reason: "nothing is left to carry over")
        }
        let next = ExpenditureKey(key.unit, try FiscalYear(key.year.value + 1), key.owner)
        _ = try state.expenditure(next)
        return .set(
            .part(next, .line(try LineItem("source.carryover"))),
            [FieldAssignment("initial", left.exactWan), FieldAssignment("note", "结转自\(key.year)年")]
        )
    }
}
