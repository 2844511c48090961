/// The department-level indicators Jixiao computes from the figures (rules §B2), each scored
/// by a local table of the rule set (§B3). An indicator of the 部门整体 table names one with
/// `measure=…`; its actual value is then the computed rate.
public enum DepartmentMeasure: String, Sendable, CaseIterable {
    /// 财政供养人员控制率 = 实有人数 ÷ 编制数.
    case staffControl = "staff_control"
    /// "三公"经费变动率 = (本年 − 上年决算数) ÷ 上年决算数; 本年 is the 决算数 or the 预算数
    /// (the rule set's `sangong_basis`).
    case sangongChange = "sangong_change"
    /// "三公"经费控制率 = 本年决算数 ÷ 本年预算数.
    case sangongControl = "sangong_control"
    /// 预算调整率 = (全年预算数 − 年初预算数) ÷ 年初预算数, or Σ 追加 ÷ 年初预算数 (the rule
    /// set's `adjustment_basis`); scored on its size, so a cut counts like an addition.
    case budgetAdjustment = "budget_adjustment"
    /// 预算完成率 = 全年执行数 ÷ (全年预算数 + 上年结转).
    case budgetCompletion = "budget_completion"

    /// The words accepted in `measure=…`.
    public static let names = allCases.map(\.rawValue)

    /// The indicator's Chinese name.
    public var title: String {
        switch self {
        case .staffControl: "财政供养人员控制率"
        case .sangongChange: "\"三公\"经费变动率"
        case .sangongControl: "\"三公\"经费控制率"
        case .budgetAdjustment: "预算调整率"
        case .budgetCompletion: "预算完成率"
        }
    }

    /// The national or Hunan scoring table each defaults to (rules §B3).
    public var defaultRule: MeasureRule {
        let text =
            switch self {
            case .staffControl: "above:100,-0.5/1"
            case .sangongChange: "above:0,-10%/1"
            case .sangongControl: "above:100,-1/1"
            case .budgetAdjustment: "tiers:0=100%,10=80%,20=60%,30=40%,*=0%"
            case .budgetCompletion: "below:100,-2/5,whole"
            }
        return try! MeasureRule(parsing: text, field: rawValue)
    }

    /// Works the measure out for a unit-year under a rule set's choices of basis.
    public func value(in year: UnitYear, rules: RuleSet) -> MeasureValue {
        switch self {
        case .staffControl:
            let staffing = year.staffing
            guard let actual = staffing.actual, let authorized = staffing.authorized else {
                return .missing("未填实有人数或编制数")
            }
            return MeasureValue(
                Ratio(numerator: Int128(actual), denominator: Int128(authorized)),
                basis: "实有人数\(actual) ÷ 编制数\(authorized)",
                zero: "编制数为0"
            )
        case .sangongChange:
            let line = year.department.line(try! LineItem("sangong"))
            let current = rules.sangongBasis == .actual ? line?.actual : line?.budget
            let currentLabel = rules.sangongBasis == .actual ? "\(year.year)年决算数" : "\(year.year)年预算数"
            let priorLabel = "\(year.year.value - 1)年决算数"
            guard let current, let prior = line?.priorActual else {
                return .missing("未填“三公”经费\(currentLabel)或\(priorLabel)（LINE sangong）")
            }
            return MeasureValue(
                Ratio(numerator: Int128(current.fen) - Int128(prior.fen), denominator: Int128(prior.fen)),
                basis:
                    "(\(currentLabel)\(current.wanRounded) − \(priorLabel)\(prior.wanRounded)) ÷ \(prior.wanRounded)",
                zero: "“三公”经费\(priorLabel)为0"
            )
        case .sangongControl:
            let line = year.department.line(try! LineItem("sangong"))
            guard let actual = line?.actual, let budget = line?.budget else {
                return .missing("未填“三公”经费决算数或预算数（LINE sangong）")
            }
            return MeasureValue(
                Ratio(numerator: Int128(actual.fen), denominator: Int128(budget.fen)),
                basis: "\(year.year)年决算数\(actual.wanRounded) ÷ \(year.year)年预算数\(budget.wanRounded)",
                zero: "“三公”经费预算数为0"
            )
        case .budgetAdjustment:
            let department = year.department
            // The figures are worked out from the lines at each read: read them once.
            let budget = department.budget
            guard let initial = budget.initial else { return .missing("未填年初预算数") }
            switch rules.adjustmentBasis {
            case .full:
                guard let full = budget.full else { return .missing("未填全年预算数") }
                return MeasureValue(
                    Ratio(numerator: Int128(full.fen) - Int128(initial.fen), denominator: Int128(initial.fen)),
                    basis: "(全年预算数\(full.wanRounded) − 年初预算数\(initial.wanRounded)) ÷ \(initial.wanRounded)",
                    zero: "年初预算数为0"
                )
            case .additions:
                let additions = department.adjustmentList.filter { $0.amount > .zero && $0.kind != "调减" }
                let sum = additions.reduce(Int128(0)) { $0 + Int128($1.amount.fen) }
                return MeasureValue(
                    Ratio(numerator: sum, denominator: Int128(initial.fen)),
                    basis:
                        "本年追加\(Money(fen: Int64(clamping: sum)).wanRounded) ÷ 年初预算数\(initial.wanRounded) （\(additions.count)笔追加）",
                    zero: "年初预算数为0"
                )
            }
        case .budgetCompletion:
            let department = year.department
            let budget = department.budget
            guard let executed = budget.executed, let base = budget.rateBase else {
                return .missing("未填全年执行数或全年预算数")
            }
            let carryover = department.line(try! LineItem("income.carryover")).flatMap { $0.full ?? $0.initial }
            let denominator = Int128(base.fen) + Int128(carryover?.fen ?? 0)
            let baseLabel = budget.full == nil ? "年初预算数" : "全年预算数"
            let carryText = carryover.map { " + 上年结转\($0.wanRounded)" } ?? ""
            return MeasureValue(
                Ratio(numerator: Int128(executed.fen), denominator: denominator),
                basis: carryover == nil
                    ? "全年执行数\(executed.wanRounded) ÷ \(baseLabel)\(base.wanRounded)"
                    : "全年执行数\(executed.wanRounded) ÷ (\(baseLabel)\(base.wanRounded)\(carryText))",
                zero: "预算数为0"
            )
        }
    }
}

/// A computed measure: its rate, or why there is none, and the figures it used.
public struct MeasureValue: Sendable, Equatable {
    /// The rate as a fraction (0.9211 for 92.11 %), `nil` when it cannot be computed.
    public let rate: Ratio?
    /// The figures and formula used: `实有人数35 ÷ 编制数38`.
    public let basis: String
    /// Why there is no rate: a zero denominator (不适用) or missing figures.
    public let problem: Problem?

    /// Why a measure has no rate.
    public enum Problem: Sendable, Equatable {
        /// The denominator is zero: the measure is 不适用, never 0 % or 100 %.
        case notApplicable(String)
        /// A figure is missing.
        case missing(String)
    }

    init(_ rate: Ratio?, basis: String, zero: String) {
        self.rate = rate
        self.basis = basis
        self.problem = rate == nil ? .notApplicable(zero) : nil
    }

    static func missing(_ why: String) -> MeasureValue { MeasureValue(missing: why) }

    private init(missing why: String) {
        rate = nil
        basis = ""
        problem = .missing(why)
    }

    /// The rate in percent (92.11 for 0.9211).
    public var percent: Ratio? { rate.map { $0 * Ratio(whole: 100) } }

    /// `92.11%`, 不适用, or empty when figures are missing.
    public var text: String {
        if let rate { return "\(rate.percentText)%" }
        if case .notApplicable = problem { return "不适用" }
        return ""
    }
}
