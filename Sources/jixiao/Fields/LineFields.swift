import ArgumentParser

/// A figure line's budget columns (自评表 年初预算数 / 全年预算数 / 全年执行数).
struct LineBudgetColumns: ParsableArguments, FieldWords {
    @Option(help: help("年初预算数。", "年初预算数 (initial budget).", value: "amount")) var initial: String?
    @Option(help: help("全年预算数。", "全年预算数 (full-year budget).", value: "amount")) var full: String?
    @Option(help: help("全年执行数。", "全年执行数 (spent).", value: "amount")) var executed: String?

    var pairs: [(String, String?)] { [("initial", initial), ("full", full), ("executed", executed)] }
}

/// A figure line's final-account columns (基础数据表 上年决算数 / 本年预算数 / 本年决算数).
struct LineAccountColumns: ParsableArguments, FieldWords {
    @Option(help: help("上年决算数（基础数据表第一栏，如“2023年决算数”）。", "Last year's final account (上年决算数).", value: "amount"))
    var priorActual: String?
    @Option(help: help("本年预算数（基础数据表“本年预算数”栏）。", "This year's budget (本年预算数).", value: "amount"))
    var budget: String?
    @Option(help: help("本年决算数（基础数据表“本年决算数”栏）。", "This year's final account (本年决算数).", value: "amount"))
    var actual: String?

    var pairs: [(String, String?)] { [("prior_actual", priorActual), ("budget", budget), ("actual", actual)] }
}

/// A funding line's arrival columns (资金到位: 应到位 / 实际到位).
struct LineArrivalColumns: ParsableArguments, FieldWords {
    @Option(help: help("应到位资金。", "Funds due (应到位).", value: "amount")) var due: String?
    @Option(help: help("实际到位资金。", "Funds received (实际到位).", value: "amount")) var received: String?

    var pairs: [(String, String?)] { [("due", due), ("received", received)] }
}

/// What the report printed beside a line, to check against the computed figures.
struct LinePrintedColumns: ParsableArguments, FieldWords {
    @Option(help: help("报告所印的占比（如 34.71%），与计算值核对。", "The share the report printed (e.g. 34.71%), checked.", value: "%"))
    var printedShare: String?
    @Option(help: help("报告所印的执行率，与计算值核对。", "The rate the report printed, checked.", value: "%"))
    var printedRate: String?

    var pairs: [(String, String?)] { [("printed_share", printedShare), ("printed_rate", printedRate)] }
}

/// A line's own wording and note.
struct LineTextFields: ParsableArguments, FieldWords {
    @Option(
        help: help(
            "名称（标准科目可不填；自定科目必填，或改用报告的说法）。",
            "The label (needed for a line outside the catalog, or to use the report's wording)."
        )
    )
    var label: String?
    @Option(help: help("说明。", "A note.")) var note: String?

    var pairs: [(String, String?)] { [("label", label), ("note", note)] }
}
