extension Checker {
    /// The 年度资金总额 row: printed rate, rate above 100 %, low execution, and the row
    /// against payments and adjustments.
    func checkBudget(_ expenditure: Expenditure, key: ExpenditureKey) -> [Finding] {
        var findings: [Finding] = []
        let object = ObjectKey.expenditure(key)
        let budget = expenditure.budget
        let rate = budget.executionRate
        let columnNames = ["initial": "年初预算数", "full": "全年预算数", "executed": "全年执行数"]
        // A form's 年度资金总额 row is printed when its rate, score or weight is: a blank
        // there is the report's error. A report in prose that names no total is not.
        let rowPrinted =
            expenditure.printedRate != nil || expenditure.printedScore != nil || expenditure.executionWeight != nil
        for blank in expenditure.blankTotals where rowPrinted || blank.entered != nil {
            let name = columnNames[blank.column] ?? blank.column
            let shown = blank.entered == nil ? "未填" : "0"
            findings.append(
                Finding(
                    .totalRowBlank,
                    object,
                    involved: expenditure.lineList.filter { $0.item.parentCode == "source" }.map {
                        .part(key, .line($0.item))
                    },
                    reported: shown,
                    computed: blank.sum.wanRounded,
                    zh: "年度资金总额的\(name)\(shown == "0" ? "为0" : "未填")，而其下资金来源合计\(Format.wan(blank.sum))：按各项之和计算执行率和得分",
                    en:
                        "年度资金总额 \(blank.column) is \(blank.entered == nil ? "blank" : "zero") while the funds by source add up to \(Format.wan(blank.sum)); the sum is used"
                )
            )
        }
        if let printed = expenditure.printedRate {
            findings += rateFindings(
                PrintedRate(
                    printed: printed,
                    numerator: budget.executed.map { Int128($0.fen) },
                    denominator: budget.rateBase.map { Int128($0.fen) },
                    basis: "\(Format.wan(budget.executed))/\(Format.wan(budget.rateBase))",
                    label: "执行率"
                ),
                object: object
            )
        }
        if let initial = budget.initial, let full = budget.full, let executed = budget.executed, full == executed,
            full < initial,
            Int128(initial.fen - full.fen) * 100 >= Int128(initial.fen) * Int128(settings.budgetCutPercent)
        {
            let cut = Ratio(numerator: Int128(initial.fen - full.fen), denominator: Int128(initial.fen))!
            findings.append(
                Finding(
                    .budgetCutToSpent,
                    object,
                    reported: full.wanRounded,
                    computed: initial.wanRounded,
                    zh:
                        "全年预算数由年初\(Format.wan(initial))调减\(cut.percentText)%至\(Format.wan(full))，恰等于全年执行数：执行率100%是调减预算所致，请说明调整依据",
                    en:
                        "全年预算数 was cut by \(cut.percentText)% from \(Format.wan(initial)) to exactly what was spent, \(Format.wan(full)): the 100% execution comes from the cut"
                )
            )
        }
        if let rate, rate.basisPoints > 10_000 {
            findings.append(
                Finding(
                    .rateAbove100,
                    object,
                    computed: "\(rate.percentText)%",
                    zh: "执行率\(rate.percentText)%超过100%：执行数大于预算数，执行率得分按10分封顶",
                    en:
                        "execution rate \(rate.percentText)% is above 100%: more was spent than budgeted; the score is capped"
                )
            )
        }
        // A year-end judgement: on the 全年执行数 entered, not on the payments so far (the
        // monitoring, 双监控, watches those against time progress).
        if let rate = expenditure.entered.executionRate, rate.basisPoints < settings.lowExecutionPercent * 100 {
            findings.append(
                Finding(
                    .lowExecution,
                    object,
                    computed: "\(rate.percentText)%",
                    zh: "全年执行率\(rate.percentText)%，低于\(settings.lowExecutionPercent)%",
                    en: "year execution rate \(rate.percentText)% is below \(settings.lowExecutionPercent)%"
                )
            )
        }
        if let paid = expenditure.paidTotal, let executed = budget.executed, paid != executed {
            findings.append(
                Finding(
                    .paymentsVsExecuted,
                    object,
                    involved: expenditure.paymentList.map { .part(key, .payment($0.id)) },
                    reported: Format.wan(executed),
                    computed: Format.wan(paid),
                    difference: Format.difference(executed, paid),
                    zh: "全年执行数\(Format.wan(executed))与支付记录合计\(Format.wan(paid))不符",
                    en: "全年执行数 \(Format.wan(executed)) but the payments add up to \(Format.wan(paid))"
                )
            )
        }
        if let adjusted = expenditure.adjustedBudget, let full = budget.full, adjusted != full {
            findings.append(
                Finding(
                    .adjustmentsVsBudget,
                    object,
                    involved: expenditure.adjustmentList.map { .part(key, .adjustment($0.id)) },
                    reported: Format.wan(full),
                    computed: Format.wan(adjusted),
                    difference: Format.difference(full, adjusted),
                    zh: "全年预算数\(Format.wan(full))与年初预算数加调整合计\(Format.wan(adjusted))不符",
                    en: "全年预算数 \(Format.wan(full)) but 年初预算数 plus the adjustments make \(Format.wan(adjusted))"
                )
            )
        }
        findings += UnitSlip.check(
            [("budget_initial", budget.initial), ("budget_full", budget.full), ("executed", budget.executed)],
            object: object
        )
        return findings
    }
}

/// Money and numbers in finding texts.
enum Format {
    /// `840.87万元`, or `未填` when absent.
    static func wan(_ money: Money?) -> String { money.map { "\($0.wanRounded)万元" } ?? "未填" }

    /// `1234.56元`: exact, as payments and vouchers are written.
    static func yuan(_ money: Money) -> String { "\(Money.fixedPoint(money.fen, decimals: 2))元" }

    /// `reported − computed` in 万元, signed.
    static func difference(_ reported: Money, _ computed: Money) -> String {
        let difference = Money(fen: reported.fen &- computed.fen)
        return (difference.fen > 0 ? "+" : "") + difference.wanRounded + "万元"
    }
}

/// Magnitudes that suggest an amount was written in 元 where 万元 was meant: next to
/// figures of its own kind it is about ten thousand times too small.
enum UnitSlip {
    /// Checks amounts that should be of one magnitude (columns of one row, a part and its
    /// whole): an amount whose value ×10,000 lands within a factor of 3 of a figure at
    /// least 1,000 times larger is suspect.
    static func check(_ amounts: [(String, Money?)], object: ObjectKey, involved: [ObjectKey] = []) -> [Finding] {
        let present = amounts.compactMap { name, money in money.map { (name, $0) } }.filter { $0.1.fen > 0 }
        guard let largest = present.max(by: { $0.1 < $1.1 }) else { return [] }
        var findings: [Finding] = []
        for (name, amount) in present where amount.fen * 1000 <= largest.1.fen {
            let asWan = Int128(amount.fen) * 10_000
            let reference = Int128(largest.1.fen)
            if asWan * 3 >= reference && asWan <= reference * 3 {
                findings.append(
                    Finding(
                        .unitSuspect,
                        object,
                        involved: involved,
                        reported: "\(amount.exactWan)",
                        computed: "\(Money(fen: amount.fen * 10_000).wanRounded)万元?",
                        zh:
                            "\(name)为\(amount.exactWan)（\(Money.fixedPoint(amount.fen, decimals: 2))元），与\(largest.0)\(largest.1.wanRounded)万元相差约一万倍，疑似把万元写成了元",
                        en:
                            "\(name) is \(Money.fixedPoint(amount.fen, decimals: 2))元, about 10,000 times smaller than \(largest.0) \(largest.1.wanRounded)万元: 万元 written as 元?"
                    )
                )
            }
        }
        return findings
    }
}
