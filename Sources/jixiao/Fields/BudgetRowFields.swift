import ArgumentParser

/// The 年度资金总额 row of a self-evaluation form (部门整体 or 项目支出绩效自评表) and what
/// the report printed beside it.
struct BudgetRowFields: ParsableArguments, FieldWords {
    @Option(
        help: help(
            "年初预算数（自评表“年度资金总额”行的“年初预算数”栏），如 15万元、150000元。",
            "年初预算数 (the 年度资金总额 row), e.g. 15万元 or 150000元.",
            value: "amount"
        )
    )
    var budgetInitial: String?
    @Option(
        help: help(
            "全年预算数（“年度资金总额”行的“全年预算数”栏，年中调整后）。",
            "全年预算数 after the year's adjustments (the 年度资金总额 row).",
            value: "amount"
        )
    )
    var budgetFull: String?
    @Option(
        help: help(
            "全年执行数（“年度资金总额”行的“全年执行数”栏）；不填则按付款记录合计。",
            "全年执行数 (the 年度资金总额 row); when not entered, the payments' sum.",
            value: "amount"
        )
    )
    var executed: String?
    @Option(
        help: help("执行率的分值（“年度资金总额”行的“分值”栏，通常为 10）。", "The execution rate's weight (分值, usually 10).", value: "points")
    )
    var executionWeight: String?
    @Option(help: help("报告所印的执行率（“执行率”栏），与计算值核对。", "The execution rate the report printed (执行率), checked.", value: "%"))
    var printedRate: String?
    @Option(help: help("报告所印的执行率得分（“得分”栏）。", "The execution-rate score the report printed (得分).", value: "points"))
    var printedScore: String?
    @Option(help: help("报告所印的总分（“总分”行的“得分”栏）。", "The total the report printed (总分).", value: "points"))
    var printedTotal: String?
    @Option(help: help("报告所印的等级：优、良、中 或 差。", "The grade the report printed: 优, 良, 中 or 差.", value: "grade"))
    var printedGrade: String?
    @Option(
        help: help(
            "yes：报告只印出了表格的一部分（节选、缺页），合计与总分只作提示，不作差错；须同时给出 --incomplete-reason。",
            "yes: the report prints only part of the table (an excerpt, a page missing); its sums become notes, not errors. Give --incomplete-reason too.",
            value: "yes|no"
        )
    )
    var incomplete: String?
    @Option(help: help("表格为何未完整印出。", "Why the table is printed only in part."))
    var incompleteReason: String?

    var pairs: [(String, String?)] {
        [
            ("budget_initial", budgetInitial), ("budget_full", budgetFull), ("executed", executed),
            ("execution_weight", executionWeight), ("printed_rate", printedRate), ("printed_score", printedScore),
            ("printed_total", printedTotal), ("printed_grade", printedGrade), ("incomplete", incomplete),
            ("incomplete_reason", incompleteReason),
        ]
    }
}

/// A project's header (项目支出绩效自评表: 项目名称, 主管部门, 实施单位).
struct ProjectHeaderFields: ParsableArguments, FieldWords {
    @Option(help: help("项目名称（项目支出绩效自评表“项目名称”）。", "The project's name (项目名称).")) var name: String?
    @Option(help: help("主管部门（自评表“主管部门”）。", "The supervising department (主管部门).")) var supervisor: String?
    @Option(help: help("实施单位（自评表“实施单位”）。", "The implementing unit (实施单位).")) var implementer: String?

    var pairs: [(String, String?)] { [("name", name), ("supervisor", supervisor), ("implementer", implementer)] }
}
