import ArgumentParser

/// A figure the report states (报告正文的数据: 参保人数, 报销人次…).
struct FactFields: ParsableArguments, FieldWords {
    @Option(help: help("名称（如 城乡居民医疗保险参保人数）。", "What it is (e.g. 城乡居民医疗保险参保人数).")) var name: String?
    @Option(
        help: help(
            "数值及单位（如 303517人、97.24%、449.81万元）。",
            "The value with its unit (e.g. 303517人, 97.24%, 449.81万元).",
            value: "value"
        )
    )
    var value: String?
    @Option(help: help("说明。", "A note.")) var note: String?

    var pairs: [(String, String?)] { [("name", name), ("value", value), ("note", note)] }
}

/// A dated payment (支出/拨付): what 全年执行数 and the monitoring follow.
struct PaymentFields: ParsableArguments, FieldWords {
    @Option(
        help: help(
            "支付日期 YYYY-MM-DD（须在本财政年度内）。",
            "The payment date, YYYY-MM-DD (within the fiscal year).",
            value: "date"
        )
    )
    var date: String?
    @Option(
        help: help(
            "金额（如 1234.56元、0.5万元；退款为负数）。",
            "The amount (e.g. 1234.56元, 0.5万元; negative for a refund).",
            value: "amount"
        )
    )
    var amount: String?
    @Option(
        help: help(
            "资金来源科目（如 source.current 当年财政拨款；须是本支出已有的科目）。",
            "The funding line (e.g. source.current; a line of this expenditure).",
            value: "line"
        )
    )
    var line: String?
    @Option(help: help("摘要（凭证号、用途）。", "What it paid for (voucher, purpose).")) var note: String?

    var pairs: [(String, String?)] { [("date", date), ("amount", amount), ("line", line), ("note", note)] }
}

/// A dated budget adjustment (预算调整: 调整、追加、调减).
struct AdjustmentFields: ParsableArguments, FieldWords {
    @Option(help: help("调整日期 YYYY-MM-DD。", "The date, YYYY-MM-DD.", value: "date")) var date: String?
    @Option(help: help("调整金额（调减为负数，如 -3万元）。", "The amount, signed (e.g. -3万元).", value: "amount")) var amount: String?
    @Option(help: help("类型：调整、追加 或 调减。", "The kind: 调整, 追加 or 调减.", value: "kind")) var kind: String?
    @Option(help: help("调整原因。", "Why.")) var reason: String?

    var pairs: [(String, String?)] { [("date", date), ("amount", amount), ("kind", kind), ("reason", reason)] }
}

/// A printed group weight (产出指标（50分）, 数量指标（20分）).
struct GroupFields: ParsableArguments, FieldWords {
    @Option(help: help("一级指标（如 产出指标）。", "The level-1 group (e.g. 产出指标).")) var level1: String?
    @Option(
        help: help(
            "二级指标（如 数量指标）；不填则为一级指标的分值。",
            "The level-2 group (e.g. 数量指标); without it, the level-1 group's weight."
        )
    )
    var level2: String?
    @Option(help: help("报告所印的分值（如“产出指标（50分）”的 50）。", "The weight printed (the 50 of 产出指标（50分）).", value: "points"))
    var weight: String?
    @Option(
        help: help(
            "报告为该分组所印的得分（合并单元格的得分），与其三级指标得分核对。",
            "The score printed for the group, checked against its indicators'.",
            value: "points"
        )
    )
    var score: String?

    var pairs: [(String, String?)] { [("level1", level1), ("level2", level2), ("weight", weight), ("score", score)] }
}

/// A per-capita allocation rule (人均补助标准 split between the levels of government).
struct AllocationFields: ParsableArguments, FieldWords {
    @Option(help: help("人均补助标准（如 640元）。", "Per-capita amount (e.g. 640元).", value: "amount")) var perCapita: String?
    @Option(help: help("参保人数。", "Insured people.", value: "count")) var insured: String?
    @Option(help: help("中央分担比例（%）。", "The central share (%).", value: "%")) var central: String?
    @Option(help: help("省级分担比例（%）。", "The province's share (%).", value: "%")) var province: String?
    @Option(help: help("市级分担比例（%）。", "The city's share (%).", value: "%")) var city: String?
    @Option(help: help("县级分担比例（%）。", "The county's share (%).", value: "%")) var county: String?

    var pairs: [(String, String?)] {
        [
            ("per_capita", perCapita), ("insured", insured), ("central", central), ("province", province),
            ("city", city), ("county", county),
        ]
    }
}
