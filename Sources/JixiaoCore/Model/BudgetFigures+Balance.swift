extension BudgetFigures {
    /// 结余数: what is left of the budget, ``rateBase`` (全年预算数, else 年初预算数) − 全年执行数,
    /// the same two figures the execution rate divides; `nil` when either is missing. Negative
    /// when more was spent than budgeted. The 部门绩效自评结果公开汇总表 prints it, and the
    /// checker compares the printed figure with this one (`balance-mismatch`).
    public var balance: Money? {
        guard let base = rateBase, let executed else { return nil }
        return Money(fen: base.fen &- executed.fen)
    }
}
