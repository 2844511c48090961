import ArgumentParser

/// The settings of a scoring rule set (see `jixiao ruleset get default`).
struct RuleSetFields: ParsableArguments, FieldWords {
    @Option(help: help("名称（给人看的说明，如 湖南口径）。", "A name for people (e.g. 湖南口径).")) var label: String?
    @Option(
        help: help("执行率分值（表中未给时，默认 10）。", "The execution rate's weight when the form gives none (10).", value: "points")
    )
    var executionWeight: String?
    @Option(
        help: help(
            "执行率计分：proportional（按比例，封顶）、uncapped 或 表格规则。",
            "Execution scoring: proportional (capped), uncapped, or a table rule.",
            value: "rule"
        )
    )
    var executionRule: String?
    @Option(
        help: help(
            "一级指标默认分值，如 产出指标:50,效益指标:30,满意度指标:10。",
            "Default level-1 weights, e.g. 产出指标:50,效益指标:30,满意度指标:10.",
            value: "weights"
        )
    )
    var weights: String?
    @Option(
        help: help(
            "反向指标（≤）未达成的公式：ratio 或 deviation。",
            "An unmet ≤ target: ratio or deviation.",
            value: "ratio|deviation"
        )
    )
    var reverseFormula: String?
    @Option(
        help: help(
            "目标值为 0 时：binary（达成满分否则 0）或 manual（人工评分）。",
            "A zero target: binary or manual.",
            value: "binary|manual"
        )
    )
    var zeroTarget: String?
    @Option(
        help: help("定性指标达成时：top（满分）或 none（全部人工评分）。", "A met qualitative indicator: top or none.", value: "top|none")
    )
    var qualitativeDefault: String?
    @Option(
        help: help(
            "完成档次下限（分值的%），如 达成:80,部分达成:60。",
            "Lower ends of the bands in % of the weight, e.g. 达成:80,部分达成:60.",
            value: "bands"
        )
    )
    var bands: String?
    @Option(
        help: help("等级及下限，如 优:90,良:80,中:60,差:0。", "Grades with lower bounds, e.g. 优:90,良:80,中:60,差:0.", value: "grade")
    )
    var grades: String?
    @Option(
        help: help(
            "定等级依据：rounded（按印出的总分）或 exact。",
            "The grade follows the rounded or the exact total.",
            value: "rounded|exact"
        )
    )
    var gradeBasis: String?
    @Option(help: help("得分保留小数位（默认 2）。", "Decimals of scores (2).", value: "n")) var decimals: String?
    @Option(
        help: help(
            "财政供养人员控制率计分规则（如 above:100,-0.5/1）。",
            "Rule for the staff control rate (e.g. above:100,-0.5/1).",
            value: "rule"
        )
    )
    var staffControl: String?
    @Option(
        help: help(
            "“三公”经费变动率计分规则（如 above:0,-10%/1）。",
            "Rule for the 三公 change rate (e.g. above:0,-10%/1).",
            value: "rule"
        )
    )
    var sangongChange: String?
    @Option(
        help: help(
            "“三公”经费控制率计分规则（如 above:100,-1/1）。",
            "Rule for the 三公 control rate (e.g. above:100,-1/1).",
            value: "rule"
        )
    )
    var sangongControl: String?
    @Option(
        help: help(
            "预算调整率计分规则（如 tiers:0=100%,10=80%,*=0%）。",
            "Rule for the budget adjustment rate (tiers:…).",
            value: "rule"
        )
    )
    var budgetAdjustment: String?
    @Option(
        help: help(
            "预算完成率计分规则（如 below:100,-2/5,whole）。",
            "Rule for the budget completion rate (below:…).",
            value: "rule"
        )
    )
    var budgetCompletion: String?
    @Option(
        help: help("“三公”经费变动率的本年口径：actual（决算）或 budget（预算）。", "三公 this year: actual or budget.", value: "actual|budget")
    )
    var sangongBasis: String?
    @Option(
        help: help("预算调整率口径：full 或 additions。", "Adjustment rate basis: full or additions.", value: "full|additions")
    )
    var adjustmentBasis: String?
    @Option(
        help: help(
            "执行率低于此值（%，默认 50）而自评得分达“良”时警告 score-high-on-low-execution。",
            "Below this execution rate (%, 50) a 自评得分 of 良 or better is warned about.",
            value: "%"
        )
    )
    var highScoreMinExecution: String?

    var pairs: [(String, String?)] {
        [
            ("label", label), ("execution_weight", executionWeight), ("execution_rule", executionRule),
            ("weights", weights), ("reverse_formula", reverseFormula), ("zero_target", zeroTarget),
            ("qualitative_default", qualitativeDefault), ("bands", bands), ("grades", grades),
            ("grade_basis", gradeBasis), ("decimals", decimals), ("staff_control", staffControl),
            ("sangong_change", sangongChange), ("sangong_control", sangongControl),
            ("budget_adjustment", budgetAdjustment), ("budget_completion", budgetCompletion),
            ("sangong_basis", sangongBasis), ("adjustment_basis", adjustmentBasis),
            ("high_score_min_execution", highScoreMinExecution),
        ]
    }
}
