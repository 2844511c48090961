/// The rule that produced a score: a stable id (scripts and tests use it) and its title.
public enum ScoreRule: String, Sendable, CaseIterable {
    /// 执行率得分 = 分值 × 执行率, never above 分值.
    case executionProportional = "execution-proportional"
    /// 执行率得分 = 分值 × 执行率, not capped.
    case executionUncapped = "execution-uncapped"
    /// 执行率得分 by a local table.
    case executionTable = "execution-table"
    /// The target is met: full weight.
    case metFull = "met-full"
    /// An unmet `≥`/`>`/`=` target: 分值 × 实际值 ÷ 目标值.
    case positiveRatio = "positive-ratio"
    /// An unmet `≤`/`<` target: 分值 × 目标值 ÷ 实际值.
    case reverseRatio = "reverse-ratio"
    /// An unmet `≤`/`<` target: 分值 × (1 − (实际值 − 目标值) ÷ 目标值), 0 from twice the target.
    case reverseDeviation = "reverse-deviation"
    /// A target of zero: full when met, else 0.
    case zeroTarget = "zero-target"
    /// A qualitative indicator, by its grade of completion.
    case qualitativeBand = "qualitative-band"
    /// A computed department indicator, by the rule set's table.
    case measureTable = "measure-table"
    /// The indicator does not apply: not scored, the total is rescaled.
    case notApplicable = "not-applicable"
    /// The score cannot be computed from the figures; the operator scores it.
    case pending = "pending"
    /// A figure the score needs is missing.
    case missing = "missing"

    /// The rule in Chinese, as the tables' notes explain it.
    public var title: String {
        switch self {
        case .executionProportional: "执行率得分＝分值×执行率，最高为分值"
        case .executionUncapped: "执行率得分＝分值×执行率（不封顶）"
        case .executionTable: "执行率得分按计分表"
        case .metFull: "达到年度指标值，得满分"
        case .positiveRatio: "正向指标未达成：分值×实际完成值÷年度指标值"
        case .reverseRatio: "反向指标未达成：分值×年度指标值÷实际完成值"
        case .reverseDeviation: "反向指标未达成：分值×(1－偏离度)，超过两倍得0分"
        case .zeroTarget: "年度指标值为0：达成得满分，否则得0分"
        case .qualitativeBand: "定性指标：按完成情况档次评分"
        case .measureTable: "计算指标：按计分表评分"
        case .notApplicable: "不适用：不计分，总分按适用分值折算"
        case .pending: "无法按公式计算，待人工评分"
        case .missing: "数据不全，无法计分"
        }
    }
}

/// Whether a line could be scored, and if not, why.
public enum ScoreStatus: Sendable, Equatable {
    /// A score was computed from the figures.
    case computed
    /// The line does not apply (not scored; the total is rescaled).
    case notApplicable(String)
    /// The figures cannot be scored by a formula (a qualitative grade to choose, units that
    /// do not match): the operator scores it with `override_score`.
    case pending(String)
    /// A figure the score needs is not entered (no target, no weight): an error to fix.
    case missing(String)

    /// The reason, for notes; empty when computed.
    public var reason: String {
        switch self {
        case .computed: ""
        case .notApplicable(let why), .pending(let why), .missing(let why): why
        }
    }
}

/// One scored line of a form: the execution rate or an indicator, with the printed score
/// beside the computed one, the rule and its arithmetic, and any override.
public struct ScoreLine: Sendable, Equatable {
    /// What the line scores.
    public enum Subject: Sendable, Equatable {
        /// The 预算执行率 row.
        case execution
        /// A third-level indicator.
        case indicator(Code)
    }

    /// What the line scores.
    public let subject: Subject
    /// 执行率, or the indicator's name.
    public let name: String
    /// 分值.
    public let weight: ExactNumber?
    /// The score the report printed (得分), if entered.
    public let printed: ExactNumber?
    /// The exact computed score.
    public let exact: Ratio?
    /// The computed score rounded half-up to the rule set's decimals; `nil` when it cannot be
    /// computed (see ``status``).
    public let computed: ExactNumber?
    /// The operator's score in place of the computed one.
    public let override: ExactNumber?
    /// Why the operator set it.
    public let overrideReason: String?
    /// The grade of completion used (entered, or read from the values).
    public let completion: Completion?
    /// Whether it was scored, and why not.
    public let status: ScoreStatus
    /// The rule that produced the computed score.
    public let rule: ScoreRule
    /// The arithmetic: `≤200个, actual 218个 → unmet → 5 × 200/218 = 4.59 of 5`.
    public let arithmetic: String
    /// A value Jixiao computed for the line (the execution rate, a measure's rate), shown as
    /// its 实际完成值.
    public let computedValue: String?
    /// Whether the score rests on a direction nobody stated: a target without operator,
    /// 指标性质 or known kind, with an actual value on the other side of it (`≥` is assumed,
    /// and the checker asks for the direction rather than calling the row wrong).
    public internal(set) var isDirectionUnknown = false

    /// Whether the line counts in the total.
    public var isApplicable: Bool {
        if case .notApplicable = status { return false }
        return true
    }

    /// The score that counts: the override if any, else the computed score; `nil` for a line
    /// that does not apply or could not be scored.
    public var final: ExactNumber? { isApplicable ? (override ?? computed) : nil }

    /// Whether the figures show the target not met: a formula, or a measure's table,
    /// scored the line below its weight.
    public var isUnmet: Bool {
        switch rule {
        case .positiveRatio, .reverseRatio, .reverseDeviation, .zeroTarget, .measureTable:
            guard let exact, let weight else { return false }
            return exact < Ratio(weight)
        default:
            return false
        }
    }

    /// The indicator's code, for an indicator line.
    public var code: Code? {
        if case .indicator(let code) = subject { return code }
        return nil
    }
}

/// A level-1 or level-2 group's subtotal.
public struct GroupScore: Sendable, Equatable {
    /// The group.
    public let group: IndicatorGroup
    /// The sum of its indicators' weights.
    public let weight: ExactNumber
    /// The weight the report printed for it (产出指标（50分）), if entered.
    public let printedWeight: ExactNumber?
    /// The sum of its applicable indicators' scores that count.
    public let score: ExactNumber
    /// The sum of the scores the report printed for its indicators, if any was printed.
    public let printedScore: ExactNumber?
    /// Whether every applicable indicator in it has a score.
    public let complete: Bool
}

/// A computed department indicator (§B) with the basis it used and its score, if the
/// indicator table scores it.
public struct MeasureScore: Sendable, Equatable {
    /// Which indicator.
    public let measure: DepartmentMeasure
    /// Its value and basis.
    public let value: MeasureValue
    /// The rule set's scoring rule, as text.
    public let rule: String
    /// The indicator of the table that scores it, if any.
    public let indicator: Code?
}

/// An expenditure's self-evaluation worked out: every line scored, subtotals, the total on
/// a 100-point basis, and the grade, beside what the report printed.
public struct ExpenditureScore: Sendable, Equatable {
    /// Whose form.
    public let key: ExpenditureKey
    /// The rule set used.
    public let ruleSet: Code
    /// The execution-rate line.
    public let execution: ScoreLine
    /// The indicator lines, in table order.
    public let indicators: [ScoreLine]
    /// Level-1 groups, each followed by its level-2 groups, in table order.
    public let groups: [GroupScore]
    /// The computed department indicators (department forms only).
    public let measures: [MeasureScore]
    /// The execution weight plus every indicator weight (applicable or not).
    public let weightTotal: ExactNumber
    /// The weights of the lines that apply.
    public let applicableWeight: ExactNumber
    /// The scores that count, added up.
    public let sum: ExactNumber
    /// The total of the unrounded line scores on a 100-point basis (rescaled when a line
    /// does not apply).
    public let exactTotal: Ratio?
    /// The total as printed: the rounded line scores added up (rescaled and rounded half-up
    /// when a line does not apply).
    public let total: ExactNumber?
    /// The 总分 the report printed.
    public let printedTotal: ExactNumber?
    /// The printed scores (execution and indicators) added up, when any was printed.
    public let printedSum: ExactNumber?
    /// The grade, when the total can be graded.
    public let grade: String?
    /// The grade the report printed.
    public let printedGrade: String?
    /// How the total was worked out.
    public let totalArithmetic: String
    /// How the grade follows, or why there is none.
    public let gradeNote: String
    /// Departures from the rule set's defaults and other things to look at, in Chinese.
    public let warnings: [String]

    /// Every scored line: the execution rate, then the indicators.
    public var lines: [ScoreLine] { [execution] + indicators }

    /// Whether every applicable line has a score.
    public var isComplete: Bool { lines.allSatisfy { !$0.isApplicable || $0.final != nil } }

    /// The score line of an indicator.
    public func line(_ code: Code) -> ScoreLine? { indicators.first { $0.code == code } }
}
