/// A project (项目) of a unit-year, with its budget figures.
public struct Project: Sendable, Equatable {
    /// The project's code within its unit-year, e.g. `jicha`.
    public let code: Code
    /// The project's name as the report prints it.
    public var name: String
    /// The budget figures as entered.
    public var budget: ProjectBudget
    /// The journal sequence number of this project's last change.
    public var revision: Int64

    /// Creates a project.
    public init(code: Code, name: String, budget: ProjectBudget, revision: Int64) {
        self.code = code
        self.name = name
        self.budget = budget
        self.revision = revision
    }

    /// 执行率: 全年执行数 / 全年预算数, or `nil` (不适用) when either is missing or the
    /// budget is zero. See ``ProjectBudget/rateBase``.
    public var executionRate: Rate? {
        guard let executed = budget.executed, let base = budget.rateBase else { return nil }
        return Rate(executed, over: base)
    }
}

/// The three budget figures of a project, each absent until entered.
public struct ProjectBudget: Sendable, Equatable {
    /// 年初预算数: the budget approved at the start of the year.
    public var initial: Money?
    /// 全年预算数: the budget after the year's adjustments.
    public var full: Money?
    /// 全年执行数: what was actually spent.
    public var executed: Money?

    /// The budget an execution rate is measured against: 全年预算数, or 年初预算数 when no
    /// 全年预算数 was entered (a budget never adjusted during the year is the same figure;
    /// reports that print only 年初安排 compute their rate against it).
    public var rateBase: Money? { full ?? initial }

    /// Creates budget figures.
    public init(initial: Money? = nil, full: Money? = nil, executed: Money? = nil) {
        self.initial = initial
        self.full = full
        self.executed = executed
    }
}
