extension Checker {
    /// The figures the 部门绩效自评结果公开汇总表 prints for a project beside its budget: the
    /// printed 结余数 against 全年预算数 − 全年执行数 (``BudgetFigures/balance``), and the
    /// 结余交回财政数 against the balance.
    func checkBalance(_ project: Project, key: ExpenditureKey) -> [Finding] {
        var findings: [Finding] = []
        let object = ObjectKey.expenditure(key)
        let budget = project.expenditure.budget
        let computed = budget.balance
        if let printed = project.balance, let computed,
            abs(printed.fen &- computed.fen) > Self.balanceTolerance
        {
            findings.append(
                Finding(
                    .balanceMismatch,
                    object,
                    reported: printed.wanRounded,
                    computed: computed.wanRounded,
                    difference: Format.difference(printed, computed),
                    zh:
                        "结余数印为\(Format.wan(printed))，预算数\(Format.wan(budget.rateBase))−执行数\(Format.wan(budget.executed))=\(Format.wan(computed))",
                    en:
                        "结余数 printed \(Format.wan(printed)) but \(Format.wan(budget.rateBase)) − \(Format.wan(budget.executed)) is \(Format.wan(computed))"
                )
            )
        }
        // Against the balance the table prints beside it (a wrong one is balance-mismatch's
        // finding), else the one the figures make: one error is reported once.
        if let returned = project.returned, let balance = project.balance ?? computed, returned > balance {
            let which = project.balance == nil ? "（预算数−执行数）" : ""
            findings.append(
                Finding(
                    .returnedAboveBalance,
                    object,
                    reported: returned.wanRounded,
                    computed: balance.wanRounded,
                    difference: Format.difference(returned, balance),
                    zh: "结余交回财政数\(Format.wan(returned))超过结余数\(which)\(Format.wan(balance))",
                    en: "结余交回财政数 \(Format.wan(returned)) is more than the balance of \(Format.wan(balance))"
                )
            )
        }
        return findings
    }

    /// A printed 自评得分 at or above the 良 bound of the year's grades on an execution rate
    /// below the rule set's `high_score_min_execution` (50 % by default): most of the money
    /// unspent, yet a good score. Not an arithmetic impossibility (the 执行率 line carries 10
    /// of 100 points by default), so a warning.
    func checkScoreOnExecution(_ expenditure: Expenditure, key: ExpenditureKey, rules: RuleSet) -> [Finding] {
        guard let printed = expenditure.printedTotal, let rate = expenditure.budget.executionRate else { return [] }
        let bound = Self.highScoreBound(rules.grades)
        guard printed >= bound.from else { return [] }
        let percent = Ratio(numerator: Int128(rate.numerator) * 100, denominator: Int128(rate.denominator))!
        let floor = rules.highScoreMinExecution
        guard percent < Ratio(floor) else { return [] }
        let budget = expenditure.budget
        return [
            Finding(
                .scoreHighOnLowExecution,
                .expenditure(key),
                reported: printed.plain,
                computed: "\(rate.percentText)%",
                zh:
                    "自评得分印为\(printed.plain)（\(bound.name)及以上，≥\(bound.from.plain)），但执行率仅\(rate.percentText)%（\(Format.wan(budget.executed))/\(Format.wan(budget.rateBase))），低于\(floor.plain)%：预算大部分未执行，得分是否偏高",
                en:
                    "自评得分 printed \(printed.plain) (\(bound.name) or better, ≥ \(bound.from.plain)) on an execution rate of \(rate.percentText)% (\(Format.wan(budget.executed)) / \(Format.wan(budget.rateBase))), below \(floor.plain)%"
            )
        ]
    }

    /// A printed 结余数 may differ from the difference of two printed figures by their
    /// rounding: half of 0.01万元 for each of the three, as a total against its parts.
    public static let balanceTolerance: Int64 = 3 * 5_000

    /// The grade a "high" score reaches: 良 in the year's scale, or, in a scale without 良,
    /// the second grade (the top one when there are only two).
    static func highScoreBound(_ grades: GradeScale) -> GradeScale.Band {
        if let good = grades.bands.first(where: { $0.name == "良" }) { return good }
        return grades.bands.count > 2 ? grades.bands[1] : grades.bands[0]
    }
}
