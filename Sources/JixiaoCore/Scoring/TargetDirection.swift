/// 指标性质 as a form's column prints it (Sichuan: ≥/≤/=/定性; others: 正向/反向): which way
/// a target points when its value is written without an operator.
public enum IndicatorNature: String, Sendable, CaseIterable {
    /// 正向: more is better.
    case positive = "正向"
    /// 反向: less is better.
    case reverse = "反向"
    /// `≥`.
    case atLeast = "≥"
    /// `≤`.
    case atMost = "≤"
    /// `=`.
    case equal = "="
    /// 定性: qualitative, no direction.
    case qualitative = "定性"

    /// The words accepted in `nature=…`.
    public static let names = allCases.map(\.rawValue)

    /// Other ways the forms print them, read as the names.
    public static let spellings = ["≧": "≥", "≦": "≤", "＝": "=", "═": "=", ">=": "≥", "<=": "≤"]

    /// The comparison it states, `nil` for 定性.
    public var comparison: Comparison? {
        switch self {
        case .positive, .atLeast: .atLeast
        case .reverse, .atMost: .atMost
        case .equal: .equal
        case .qualitative: nil
        }
    }
}

/// Which way an indicator's target points and how that is known: the operator printed, the
/// 指标性质 field, the indicator's kind, or not at all (then `≥` is assumed for the score,
/// and the checker asks for the direction instead of calling a row wrong).
public struct TargetDirection: Sendable, Equatable {
    /// How the direction is known.
    public enum Source: String, Sendable, Equatable {
        /// The target prints `≥ ≤ = > <`.
        case printed
        /// The indicator's 指标性质 (`nature=…`).
        case nature
        /// The indicator's kind (its name: 预算调整率, 结转结余率, …控制率, …成本).
        case kind
        /// Not known: `≥` is assumed.
        case assumed
    }

    /// The comparison scoring uses.
    public let comparison: Comparison
    /// How it is known.
    public let source: Source

    /// Names whose indicator is a ceiling by its nature (rules §B2: 预算调整率, 结转结余率,
    /// 公用经费控制率, 财政供养人员控制率, "三公"经费变动率…), matched at the end of the name.
    static let ceilingEndings = [
        "调整率", "控制率", "结转结余率", "结余率", "变动率", "投诉率", "差错率", "风险率", "违规率", "事故率", "发生率", "超支率",
        "成本", "费用", "偏差率", "误差率", "退单率", "拒付率", "流失率",
    ]

    /// Names whose indicator is a floor by its nature (rules §B2: 预算完成率, 预算执行率,
    /// 支付进度率, 政府采购执行率, 重点支出安排率, and the plain "higher is better" rates).
    static let floorEndings = [
        "完成率", "执行率", "进度率", "安排率", "利用率", "满意度", "满意率", "覆盖率", "达标率", "合格率", "及时率", "办结率",
        "到位率", "参保率", "知晓率", "兑现率", "结算率", "正确率", "准确率", "公开率", "通过率", "落实率",
    ]

    /// What the name is read without, for its ending.
    private static let ignoredInName: Set<Unicode.Scalar> = ["\"", "“", "”", " ", "（", "）", "(", ")"]

    /// The last scalar of every ending (率, 本, 用, 度).
    private static let endingLastScalars = Set((ceilingEndings + floorEndings).compactMap(\.unicodeScalars.last))

    /// Whether `name` may end with one of the endings, as `hasSuffix` compares (by
    /// characters, canonically): not when its last scalar is a unified CJK ideograph that
    /// ends no ending. Such an ideograph has no canonical decomposition and is equivalent to
    /// no other character, so the name's last character cannot be an ending's last one.
    /// Anything else (a compatibility ideograph, a combining mark…) is left to `hasSuffix`.
    static func mayEndWithAnEnding(_ name: String) -> Bool {
        guard let last = name.unicodeScalars.last, (0x4E00...0x9FFF).contains(last.value) else { return true }
        return endingLastScalars.contains(last)
    }

    /// The direction of an indicator's target.
    public static func of(_ indicator: Indicator) -> TargetDirection {
        if case .quantity(let goal)? = indicator.target?.kind, let printed = goal.comparison {
            return TargetDirection(comparison: printed, source: .printed)
        }
        if let comparison = indicator.nature?.comparison {
            return TargetDirection(comparison: comparison, source: .nature)
        }
        // Most names hold none of the quotes, spaces and brackets left out: no filtered copy then.
        let name =
            indicator.name.unicodeScalars.contains(where: { ignoredInName.contains($0) })
            ? indicator.name.filter { !"\"“”\u{20}（）()".contains($0) } : indicator.name
        let mayHaveAnEnding = mayEndWithAnEnding(name)
        if (mayHaveAnEnding && ceilingEndings.contains(where: { name.hasSuffix($0) }))
            || indicator.level2.contains("成本")
        {
            return TargetDirection(comparison: .atMost, source: .kind)
        }
        if mayHaveAnEnding && floorEndings.contains(where: { name.hasSuffix($0) }) {
            return TargetDirection(comparison: .atLeast, source: .kind)
        }
        return TargetDirection(comparison: .atLeast, source: .assumed)
    }

    /// `≤ (by its kind)`, for arithmetic notes.
    public var note: String {
        switch source {
        case .printed: ""
        case .nature: "（指标性质\(comparison.rawValue)）"
        case .kind: "（按指标类别视为\(comparison.rawValue)）"
        case .assumed: "（未印方向，暂按\(comparison.rawValue)）"
        }
    }
}
