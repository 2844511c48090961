public import OrderedCollections

/// One expenditure under evaluation: the department's overall expenditure (部门整体支出) or
/// one project's (项目支出). Both fill the same form: the 年度资金总额 row, funds by source
/// and level, goals, a three-level indicator table, and what the report printed.
public struct Expenditure: Sendable, Equatable {
    /// The 年度资金总额 row as the operator entered it (what exports write back).
    public var entered = BudgetFigures()
    /// 分值 of the execution-rate row (10 by default in the national form).
    public var executionWeight: ExactNumber? {
        get { rare.values.executionWeight }
        _modify { yield &rare.values.executionWeight }
    }
    /// The execution rate the report printed (执行率), to compare with the computed one.
    public var printedRate: ExactNumber? {
        get { rare.values.printedRate }
        _modify { yield &rare.values.printedRate }
    }
    /// The execution-rate score the report printed (得分).
    public var printedScore: ExactNumber? {
        get { rare.values.printedScore }
        _modify { yield &rare.values.printedScore }
    }
    /// The 总分 the report printed.
    public var printedTotal: ExactNumber? {
        get { rare.values.printedTotal }
        _modify { yield &rare.values.printedTotal }
    }
    /// The grade the report printed (优, 良, 中, 差).
    public var printedGrade: String? {
        get { rare.values.printedGrade }
        _modify { yield &rare.values.printedGrade }
    }
    /// Why the table is printed only in part (an excerpt, a page missing), when it is: its
    /// sums cannot be verified, so the checker reports them as `sum-unverifiable` notes.
    public var incompleteReason: String? {
        get { rare.values.incompleteReason }
        _modify { yield &rare.values.incompleteReason }
    }
    /// Whether the table is printed only in part (`incomplete=yes`).
    public var isIncomplete: Bool {
        get { rare.values.isIncomplete }
        _modify { yield &rare.values.isIncomplete }
    }
    /// Figure lines: funds by source and level, income and expenditure splits, 三公, 公用经费….
    public var lines: OrderedDictionary<LineItem, FigureLine> {
        get { rare.values.lines }
        _modify { yield &rare.values.lines }
    }
    /// Budget adjustments (调整/追加), by id.
    public var adjustments: OrderedDictionary<Int, Adjustment> {
        get { rare.values.adjustments }
        _modify { yield &rare.values.adjustments }
    }
    /// Payments (支出/拨付), by id.
    public var payments: OrderedDictionary<Int, Payment> {
        get { rare.values.payments }
        _modify { yield &rare.values.payments }
    }
    /// Goals (预期目标 and 实际完成情况), by id, in order.
    public var goals: OrderedDictionary<Int, Goal> {
        get { rare.values.goals }
        _modify { yield &rare.values.goals }
    }
    /// The third-level indicators, in table order (each row keeps its code once: ``IndicatorTable``).
    public var indicators = IndicatorTable()
    /// Weights printed for level-1 and level-2 groups (产出指标（50分）).
    public var groups: OrderedDictionary<IndicatorGroup, ExactNumber> {
        get { rare.values.groups }
        _modify { yield &rare.values.groups }
    }
    /// Scores printed for level-1 and level-2 groups (a 得分 cell spanning the group's rows),
    /// for groups whose weight is set.
    public var groupScores: OrderedDictionary<IndicatorGroup, ExactNumber> {
        get { rare.values.groupScores }
        _modify { yield &rare.values.groupScores }
    }
    /// Other figures the report states (参保人数, 报销人次…), by code.
    public var facts: OrderedDictionary<Code, Fact> {
        get { rare.values.facts }
        _modify { yield &rare.values.facts }
    }
    /// A per-capita allocation rule (640元/人 split between levels), if any.
    public var allocation: Allocation? {
        get { rare.values.allocation }
        _modify { yield &rare.values.allocation }
    }
    /// The id the next adjustment, payment or goal gets.
    public var nextID: Int {
        get { rare.values.nextID }
        _modify { yield &rare.values.nextID }
    }
    /// Every field but the 年度资金总额 row and the indicators, boxed (`nil` while all are
    /// empty): an expenditure is held inline in each project of the province, and most leave
    /// these empty; inline they took ~350 of the expenditure's bytes.
    private var rare = RareFieldBox<RareFields>()

    /// An empty expenditure.
    public init() {}

    /// The 年度资金总额 row every figure is computed from: as entered, except that a
    /// column left blank or zero while the funds by source hold amounts is their sum
    /// (``blankTotals``), and a 全年执行数 still missing follows the payments (Σ payments,
    /// when there are any). An entered 全年执行数 stands, and the checker says when the
    /// payments differ from it (`payments-vs-executed`).
    public var budget: BudgetFigures {
        var figures = entered
        for blank in blankTotals {
            switch blank.column {
            case "initial": figures.initial = blank.sum
            case "full": figures.full = blank.sum
            default: figures.executed = blank.sum
            }
        }
        if figures.executed == nil, let paid = paidTotal { figures.executed = paid }
        return figures
    }

    /// 全年预算数 as the adjustments make it: 年初预算数 plus every adjustment, or `nil`
    /// when there is no 年初预算数 or no adjustment.
    public var adjustedBudget: Money? {
        guard let initial = budget.initial, !adjustments.isEmpty else { return nil }
        return try? adjustments.values.reduce(initial) { (sum, item) throws(DomainError) in try sum.adding(item.amount)
        }
    }

    /// 全年执行数 as the payments make it, or `nil` when there is no payment.
    public var paidTotal: Money? {
        guard !payments.isEmpty else { return nil }
        return try? payments.values.reduce(Money.zero) { (sum, item) throws(DomainError) in try sum.adding(item.amount)
        }
    }
}

extension Expenditure: FieldedObject {
    /// The fields of the 年度资金总额 row and the printed results.
    public static let fields: [FieldSpec] = [
        FieldSpec("budget_initial", "年初预算数", .money),
        FieldSpec("budget_full", "全年预算数", .money),
        FieldSpec("executed", "全年执行数", .money),
        FieldSpec("execution_weight", "执行率分值", .points),
        FieldSpec("printed_rate", "执行率(报告)", .percent),
        FieldSpec("printed_score", "执行率得分(报告)", .points),
        FieldSpec("printed_total", "总分(报告)", .points),
        FieldSpec("printed_grade", "等级(报告)", .choice(Grade.names)),
        FieldSpec("incomplete", "未完整印出", .choice(["yes", "no"])),
        FieldSpec("incomplete_reason", "未完整印出的原因", .text),
    ]

    public mutating func assign(_ key: String, _ value: String) throws(DomainError) {
        switch key {
        case "budget_initial": entered.initial = try Assign.budget(value, key)
        case "budget_full": entered.full = try Assign.budget(value, key)
        case "executed": entered.executed = try Assign.money(value, key)
        case "execution_weight": executionWeight = try Assign.points(value, key)
        case "printed_rate": printedRate = try Assign.percent(value, key)
        case "printed_score": printedScore = try Assign.points(value, key)
        case "printed_total": printedTotal = try Assign.points(value, key)
        case "printed_grade": printedGrade = try Assign.choice(value, Grade.names, key)
        case "incomplete":
            isIncomplete = try FieldCodec.choice(value.isEmpty ? "no" : value, ["yes", "no"], field: key) == "yes"
        case "incomplete_reason": incompleteReason = try Assign.text(value, key)
        default: throw .badValue(field: key, value: value, reason: "no such field")
        }
    }

    public func exportValue(_ key: String) -> String? {
        switch key {
        case "budget_initial": entered.initial?.exactWan
        case "budget_full": entered.full?.exactWan
        case "executed": entered.executed?.exactWan
        case "execution_weight": executionWeight?.description
        case "printed_rate": printedRate.map(FieldCodec.format(percent:))
        case "printed_score": printedScore?.description
        case "printed_total": printedTotal?.description
        case "printed_grade": printedGrade
        case "incomplete": isIncomplete ? "yes" : nil
        case "incomplete_reason": incompleteReason
        default: nil
        }
    }

    /// 全年执行数 shows what the figures are computed from: entered, else the payments.
    public func displayAmount(_ key: String) -> Money? {
        key == "executed" ? budget.executed : exportValue(key).flatMap { try? Money(parsing: $0) }
    }
}

extension Expenditure {
    /// The fields of ``Expenditure/rare``, at their empty values.
    fileprivate struct RareFields: RareFieldValues {
        var executionWeight: ExactNumber?
        var printedRate: ExactNumber?
        var printedScore: ExactNumber?
        var printedTotal: ExactNumber?
        var printedGrade: String?
        var incompleteReason: String?
        var isIncomplete = false
        var lines: OrderedDictionary<LineItem, FigureLine> = [:]
        var adjustments: OrderedDictionary<Int, Adjustment> = [:]
        var payments: OrderedDictionary<Int, Payment> = [:]
        var goals: OrderedDictionary<Int, Goal> = [:]
        var groups: OrderedDictionary<IndicatorGroup, ExactNumber> = [:]
        var groupScores: OrderedDictionary<IndicatorGroup, ExactNumber> = [:]
        var facts: OrderedDictionary<Code, Fact> = [:]
        var allocation: Allocation?
        var nextID = 1
    }
}

/// The grades of a self-evaluation.
public enum Grade {
    /// 优, 良, 中, 差, best first.
    public static let names = ["优", "良", "中", "差"]
}
