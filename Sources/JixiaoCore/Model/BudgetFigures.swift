/// The 年度资金总额 row of a self-evaluation form: the three budget figures as entered.
public struct BudgetFigures: Sendable, Equatable {
    /// 年初预算数: the budget approved at the start of the year.
    public var initial: Money?
    /// 全年预算数: the budget after the year's adjustments.
    public var full: Money?
    /// 全年执行数: what was actually spent.
    public var executed: Money?

    /// Creates budget figures.
    public init(initial: Money? = nil, full: Money? = nil, executed: Money? = nil) {
        self.initial = initial
        self.full = full
        self.executed = executed
    }

    /// The budget an execution rate is measured against: 全年预算数, or 年初预算数 when no
    /// 全年预算数 was entered (a budget never adjusted during the year is the same figure;
    /// reports that print only 年初安排 compute their rate against it).
    public var rateBase: Money? { full ?? initial }

    /// 执行率: 全年执行数 / ``rateBase``; `nil` (不适用) when either is missing or zero.
    public var executionRate: Rate? {
        guard let executed, let base = rateBase else { return nil }
        return Rate(executed, over: base)
    }
}
