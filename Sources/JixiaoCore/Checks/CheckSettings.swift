/// The thresholds the checker uses where the rules leave a choice.
public struct CheckSettings: Sendable, Equatable {
    /// A completed year's execution rate below this percentage is flagged (`low-execution`).
    /// No national threshold exists (rules §C); 90 % is the shipped default.
    public var lowExecutionPercent: Int64 = 90

    /// A 全年预算数 cut from 年初预算数 by at least this percentage to exactly 全年执行数 is
    /// flagged (`budget-cut-to-spent`, rules §A3: "flag it"); no threshold is published.
    public var budgetCutPercent: Int64 = 10

    /// The default settings. Grades and scores follow the unit-year's scoring ``RuleSet``
    /// (its ``RuleSet/grades``), the one source of truth the scorer also uses.
    public init() {}
}
