import ArgumentParser

/// A unit-year's fields: staffing (基础数据表 财政供养人员情况), the rule set it is scored by,
/// and its monitoring thresholds.
struct YearFields: ParsableArguments, FieldWords {
    @Option(help: help("编制数（基础数据表“编制数”）。", "Authorised posts (编制数, 基础数据表).", value: "count"))
    var staffAuthorized: String?
    @Option(help: help("年末实有人数（基础数据表“实际在职人数”）。", "Staff at year end (实有人数, 基础数据表).", value: "count"))
    var staffActual: String?
    @Option(help: help("公益性岗位人数。", "Public-welfare posts (公益性岗位).", value: "count"))
    var staffPublicWelfare: String?
    @Option(help: help("离退休人数。", "Retired staff (离退休人数).", value: "count"))
    var staffRetired: String?
    @Option(
        help: help(
            "报告所印的控制率（基础数据表“控制率”，如 92.1%），与计算值核对。",
            "The control rate the report printed (e.g. 92.1%), checked against the computed one.",
            value: "%"
        )
    )
    var printedControlRate: String?
    @Option(
        help: help(
            "本年度使用的评分规则（ruleset list 可查；default 为内置规则）。",
            "The scoring rule set the year uses (default: the built-in one).",
            value: "name"
        )
    )
    var ruleset: String?
    @Option(help: help("序时进度口径：days（按天）或 months（按月）。", "Time progress basis: days or months.", value: "days|months"))
    var monitorBasis: String?
    @Option(
        help: help(
            "落后序时进度多少个百分点为黄色预警（默认 10）。",
            "Points behind time progress for a yellow warning (default 10).",
            value: "points"
        )
    )
    var monitorYellowGap: String?
    @Option(
        help: help(
            "落后序时进度多少个百分点为红色预警（默认 20）。",
            "Points behind time progress for a red warning (default 20).",
            value: "points"
        )
    )
    var monitorRedGap: String?
    @Option(
        help: help(
            "进度节点，如 06-30:50,09-30:75（自该日起执行率低于该值为红色）。",
            "Checkpoints such as 06-30:50,09-30:75 (from that date on, below that rate is red).",
            value: "MM-DD:rate,…"
        )
    )
    var monitorCheckpoints: String?

    var pairs: [(String, String?)] {
        [
            ("staff_authorized", staffAuthorized), ("staff_actual", staffActual),
            ("staff_public_welfare", staffPublicWelfare), ("staff_retired", staffRetired),
            ("printed_control_rate", printedControlRate), ("ruleset", ruleset), ("monitor_basis", monitorBasis),
            ("monitor_yellow_gap", monitorYellowGap), ("monitor_red_gap", monitorRedGap),
            ("monitor_checkpoints", monitorCheckpoints),
        ]
    }
}
