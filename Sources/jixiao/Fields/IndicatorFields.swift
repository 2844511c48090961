import ArgumentParser

/// An indicator's fields: one row of the 绩效指标 table of a 自评表.
struct IndicatorFields: ParsableArguments, FieldWords {
    @Option(help: help("一级指标（产出指标、效益指标、满意度指标…）。", "Level-1 indicator (产出指标, 效益指标, 满意度指标…)."))
    var level1: String?
    @Option(help: help("二级指标（数量指标、质量指标、时效指标、成本指标…）。", "Level-2 indicator (数量指标, 质量指标, 时效指标, 成本指标…)."))
    var level2: String?
    @Option(help: help("三级指标的名称（“三级指标”栏）。", "The indicator's name (三级指标)."))
    var name: String?
    @Option(
        help: help(
            "年度指标值（如 ≥2次、≤506.48万元、100%、效果明显）。",
            "The year's target (年度指标值), e.g. ≥2次, ≤506.48万元, 100%, 效果明显.",
            value: "target"
        )
    )
    var target: String?
    @Option(help: help("实际完成值（“实际完成值”栏）。", "The actual value (实际完成值).", value: "value"))
    var actual: String?
    @Option(help: help("分值（“分值”栏）。", "The weight (分值).", value: "points")) var weight: String?
    @Option(
        help: help(
            "报告所印的得分（“得分”栏），与计算得分核对。",
            "The score the report printed (得分), checked against the computed one.",
            value: "points"
        )
    )
    var score: String?
    @Option(help: help("偏差原因分析及改进措施（“偏差原因分析及改进措施”栏）。", "The deviation reason and measures (偏差原因分析及改进措施)."))
    var deviation: String?
    @Option(
        help: help(
            "yes：本指标不适用，不计分，总分按适用分值折算。",
            "yes: not applicable; left out and the total rescaled.",
            value: "yes|no"
        )
    )
    var notApplicable: String?
    @Option(
        help: help(
            "完成情况：达成、部分达成 或 未达成（定性指标评分用）。",
            "Completion: 达成, 部分达成 or 未达成 (for qualitative indicators).",
            value: "completion"
        )
    )
    var completion: String?
    @Option(
        help: help(
            "人工评分（须在完成情况的档次内，并给出理由 --override-reason）。",
            "The operator's score (within its band; needs --override-reason).",
            value: "points"
        )
    )
    var overrideScore: String?
    @Option(help: help("人工评分的理由。", "Why the operator's score.")) var overrideReason: String?
    @Option(
        help: help(
            "计算指标（仅部门整体）：staff_control、sangong_change、sangong_control、budget_adjustment、budget_completion。",
            "A computed indicator (department only): staff_control, sangong_change, sangong_control, budget_adjustment, budget_completion.",
            value: "measure"
        )
    )
    var measure: String?
    @Option(
        help: help(
            "指标性质：正向、反向、≥、≤、= 或 定性（年度指标值未印≥≤时据此判断达成）。",
            "指标性质: 正向, 反向, ≥, ≤, = or 定性 (the direction of a target printed without an operator).",
            value: "nature"
        )
    )
    var nature: String?

    var pairs: [(String, String?)] {
        [
            ("level1", level1), ("level2", level2), ("name", name), ("target", target), ("actual", actual),
            ("weight", weight), ("score", score), ("deviation", deviation), ("not_applicable", notApplicable),
            ("completion", completion), ("override_score", overrideScore), ("override_reason", overrideReason),
            ("measure", measure), ("nature", nature),
        ]
    }
}
