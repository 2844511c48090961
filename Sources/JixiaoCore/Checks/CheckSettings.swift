/// The thresholds the checker uses where the rules leave a choice.
public struct CheckSettings: Sendable, Equatable {
    /// A completed year's execution rate below this percentage is flagged (`low-execution`).
    /// No national threshold exists (rules §C); 90 % is the shipped default.
    public var lowExecutionPercent: Int64 = 90

    /// A 全年预算数 cut from 年初预算数 by at least this percentage to exactly 全年执行数 is
    /// flagged (`budget-cut-to-spent`, rules §A3: "flag it"); no threshold is published.
    public var budgetCutPercent: Int64 = 10

    /// A printed total at or above the second grade's bound (良, 80) on an execution rate
    /// below this percentage is flagged (`score-high-on-low-execution`): 汇总表 rows that
    /// score a project well that spent almost nothing. No threshold is published.
    public var highScoreLowExecutionPercent: Int64 = 50

    /// The default settings. Grades and scores follow the unit-year's scoring ``RuleSet``
    /// (its ``RuleSet/grades``), the one source of truth the scorer also uses.
    public init() {}
}
