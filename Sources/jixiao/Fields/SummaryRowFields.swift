import ArgumentParser

/// What the 部门绩效自评结果公开汇总表 prints for a project besides its budget and score:
/// 结余数, 结余交回财政数 and 自评结果应用意见.
struct SummaryRowFields: ParsableArguments, FieldWords {
    @Option(
        help: help(
            "报告所印的结余数（汇总表“结余数”栏），与 全年预算数−全年执行数 核对。",
            "The 结余数 the 汇总表 printed, checked against 全年预算数 − 全年执行数.",
            value: "amount"
        )
    )
    var balance: String?
    @Option(
        help: help(
            "结余交回财政数（汇总表“结余交回财政数”栏），不超过结余数。",
            "结余交回财政数: the balance handed back (at most the balance).",
            value: "amount"
        )
    )
    var returned: String?
    @Option(help: help("自评结果应用意见（汇总表最后一栏）。", "自评结果应用意见: how the result is used (the 汇总表's last column)."))
    var resultUse: String?

    var pairs: [(String, String?)] { [("balance", balance), ("returned", returned), ("result_use", resultUse)] }
}
