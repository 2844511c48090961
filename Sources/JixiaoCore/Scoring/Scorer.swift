import OrderedCollections

/// Scores an expenditure's self-evaluation form by a ``RuleSet``: the execution rate, each
/// indicator, the group subtotals, the total on a 100-point basis and the grade.
///
/// Pure: it reads the model and returns ``ExpenditureScore``s; nothing is stored. Scores are
/// exact fractions until each line is rounded half-up to the rule set's decimals; the total
/// adds the rounded lines, as the forms do.
public struct Scorer: Sendable {
    /// The rules.
    public let rules: RuleSet

    /// A scorer with the given rules (the national defaults unless told).
    public init(rules: RuleSet = .standard) { self.rules = rules }

    /// Scores one expenditure of a unit-year (the department's or a project's).
    public func score(_ expenditure: Expenditure, key: ExpenditureKey, in year: UnitYear) -> ExpenditureScore {
        // `indicatorList` builds a new array on each read: read it once per score.
        let indicatorList = expenditure.indicatorList
        var measures: [MeasureScore] = []
        var values: [DepartmentMeasure: MeasureValue] = [:]
        if key.owner == .department {
            for measure in DepartmentMeasure.allCases {
                let value = measure.value(in: year, rules: rules)
                values[measure] = value
                measures.append(
                    MeasureScore(
                        measure: measure,
                        value: value,
                        rule: rules.rule(measure).description,
                        indicator: indicatorList.first { $0.measure == measure }?.code
                    )
                )
            }
        }
        // `budget` sums the figure lines on each read: read it once per score.
        let budget = expenditure.budget
        let execution = scoreExecution(expenditure, budget: budget)
        let indicators = indicatorList.map { score($0, measure: $0.measure.flatMap { values[$0] }) }
        return total(
            expenditure,
            indicatorList,
            budget: budget,
            key: key,
            execution: execution,
            indicators: indicators,
            measures: measures
        )
    }

    /// Scores the 预算执行率 row (rules §A3): 分值 × 执行率, capped at 分值 by default; a zero
    /// budget makes the rate 不适用.
    public func scoreExecution(_ expenditure: Expenditure) -> ScoreLine {
        scoreExecution(expenditure, budget: expenditure.budget)
    }

    /// ``scoreExecution(_:)`` with `budget`, the expenditure's ``Expenditure/budget``, read
    /// already.
    private func scoreExecution(_ expenditure: Expenditure, budget: BudgetFigures) -> ScoreLine {
        let weight = executionWeight(of: expenditure)
        func line(_ computed: Computed) -> ScoreLine {
            ScoreLine(
                subject: .execution,
                name: "预算执行率",
                weight: weight,
                printed: expenditure.printedScore,
                exact: computed.exact,
                computed: computed.exact.map { $0.rounded(toDecimals: rules.decimals) },
                override: nil,
                overrideReason: nil,
                completion: nil,
                status: computed.status,
                rule: computed.rule,
                arithmetic: computed.arithmetic,
                computedValue: computed.computedValue
            )
        }
        guard let executed = budget.executed else { return line(.missing("未填全年执行数")) }
        guard let base = budget.rateBase else { return line(.missing("未填全年预算数（或年初预算数）")) }
        let baseName = budget.full == nil ? "年初预算数" : "全年预算数"
        guard base.fen != 0 else {
            return line(
                Computed(
                    exact: nil,
                    status: .notApplicable("\(baseName)为0，执行率不适用"),
                    rule: .notApplicable,
                    arithmetic: "\(baseName) 0 → the execution rate is 不适用 (never 0% or 100%); not scored",
                    computedValue: "不适用"
                )
            )
        }
        var rate = Ratio(numerator: Int128(executed.fen), denominator: Int128(base.fen))!.reduced
        if rate.isNegative { rate = .zero }
        let rateText = "\(rate.percentText)%"
        let lead = "\(executed.wanRounded)/\(base.wanRounded) = \(rateText)"
        let full = Ratio(weight)
        switch rules.executionRule {
        case .proportional(let capped):
            let over = rate > Ratio.one
            let effective = capped && over ? Ratio.one : rate
            let score = full * effective
            let cap = capped && over ? " → capped at 100%" : ""
            return line(
                Computed(
                    exact: score,
                    status: .computed,
                    rule: capped ? .executionProportional : .executionUncapped,
                    arithmetic:
                        "\(lead)\(cap) → \(weight.plain) × \(effective.percentText)% = \(score.rounded(toDecimals: rules.decimals).plain) of \(weight.plain)",
                    computedValue: rateText
                )
            )
        case .table(let table):
            let (score, text) = table.score(percent: rate * Ratio(whole: 100), weight: weight)
            return line(
                Computed(
                    exact: score,
                    status: .computed,
                    rule: .executionTable,
                    arithmetic: "\(lead); \(text)",
                    computedValue: rateText
                )
            )
        }
    }

    /// `indicatorList` and `budget` are `expenditure.indicatorList` and `expenditure.budget`,
    /// read once by the caller.
    private func total(
        _ expenditure: Expenditure,
        _ indicatorList: [Indicator],
        budget: BudgetFigures,
        key: ExpenditureKey,
        execution: ScoreLine,
        indicators: [ScoreLine],
        measures: [MeasureScore]
    ) -> ExpenditureScore {
        let lines = [execution] + indicators
        let weightTotal = Self.weightTotal(
            executionWeight: execution.weight,
            indicatorWeights: indicators.map(\.weight)
        )
        let applicable = lines.filter(\.isApplicable)
        let applicableWeight = applicable.compactMap(\.weight).reduce(ExactNumber.zero) { $0.adding($1) }
        let finals = applicable.compactMap(\.final)
        let sum = finals.reduce(ExactNumber.zero) { $0.adding($1) }
        let rescaled = applicable.count < lines.count
        let printed = lines.compactMap(\.printed)
        let printedSum = printed.isEmpty ? nil : printed.reduce(ExactNumber.zero) { $0.adding($1) }

        // The printed total adds the rounded line scores (as the forms print them); the exact
        // total adds the unrounded ones, each taken to 9 decimals so that the fractions'
        // denominators (amounts in 分) cannot multiply past 128 bits. They differ only in the
        // last printed decimal, and only the grade basis setting says which one the grade follows.
        let exactSum = applicable.reduce(Ratio.zero) { sum, line in
            guard line.final != nil else { return sum }
            let exact = line.override.map { Ratio($0) } ?? line.exact ?? .zero
            return sum + Ratio(exact.rounded(toDecimals: ExactNumber.maximumScale))
        }
        var exactTotal: Ratio? = exactSum
        var total: ExactNumber? = sum
        var totalArithmetic = finals.map(\.plain).joined(separator: " + ") + " = \(sum.plain)"
        if finals.isEmpty { totalArithmetic = "尚无得分" }
        if rescaled {
            let hundred = Ratio(whole: 100)
            exactTotal = exactSum.divided(by: Ratio(applicableWeight)).map { $0 * hundred }
            total = Ratio(sum).divided(by: Ratio(applicableWeight)).map {
                ($0 * hundred).rounded(toDecimals: rules.decimals)
            }
            if let total {
                totalArithmetic +=
                    "；不适用项不计，折算为百分制：\(sum.plain) ÷ \(applicableWeight.plain) × 100 = \(total.plain)"
            } else {
                totalArithmetic += "；没有适用的分值，无总分"
            }
        }

        var warnings: [String] = []
        if case .computed = execution.status, let rate = execution.computedValue, execution.exact != nil,
            let executed = budget.executed, let base = budget.rateBase,
            executed > base
        {
            warnings.append("执行率\(rate)超过100%，执行率得分以分值封顶" + (execution.rule == .executionUncapped ? "（本规则不封顶）" : ""))
        }
        if let weight = execution.weight, weight != rules.executionWeight {
            warnings.append("执行率分值为\(weight.plain)，规则默认\(rules.executionWeight.plain)")
        }
        for (name, expected) in rules.weights {
            let members = indicators.enumerated().filter { indicatorList[$0.offset].level1 == name }
            guard !members.isEmpty else { continue }
            let actual = members.compactMap(\.element.weight).reduce(ExactNumber.zero) { $0.adding($1) }
            if actual != expected {
                warnings.append("一级指标“\(name)”分值合计\(actual.plain)，规则默认\(expected.plain)（可调整，但须说明理由）")
            }
        }
        let pending = lines.filter { $0.isApplicable && $0.final == nil }
        for line in pending {
            warnings.append("“\(line.name)”未能计分：\(line.status.reason)")
        }

        var grade: String? = nil
        var gradeNote: String
        let missingWeights = lines.filter { $0.weight == nil }
        if !missingWeights.isEmpty {
            gradeNote = "不评定等级：\(missingWeights.count)项未填分值"
        } else if weightTotal != ExactNumber(100) {
            gradeNote = "不评定等级：分值合计\(weightTotal.plain)，不是100"
            warnings.append("分值合计\(weightTotal.plain)，不是100：不评定等级")
        } else if !pending.isEmpty {
            gradeNote = "不评定等级：\(pending.count)项尚未计分"
        } else if let exactTotal, let total {
            let basis = rules.gradeBasis == .rounded ? Ratio(total) : exactTotal
            let graded = rules.grades.grade(of: basis)
            grade = graded
            let shown =
                rules.gradeBasis == .rounded ? total.plain : "\(exactTotal.rounded(toDecimals: 4).plain)（按未舍入的总分）"
            gradeNote = "\(shown) → \(graded)（\(rules.grades.explanation)）"
        } else {
            gradeNote = "不评定等级：无总分"
        }
        return ExpenditureScore(
            key: key,
            ruleSet: rules.name,
            execution: execution,
            indicators: indicators,
            groups: groups(expenditure, indicatorList, indicators),
            measures: measures,
            weightTotal: weightTotal,
            applicableWeight: applicableWeight,
            sum: sum,
            exactTotal: exactTotal,
            total: total,
            printedTotal: expenditure.printedTotal,
            printedSum: printedSum,
            grade: grade,
            printedGrade: expenditure.printedGrade,
            totalArithmetic: totalArithmetic,
            gradeNote: gradeNote,
            warnings: warnings
        )
    }

    private func groups(_ expenditure: Expenditure, _ indicators: [Indicator], _ lines: [ScoreLine]) -> [GroupScore] {
        var order: [IndicatorGroup] = []
        for indicator in indicators {
            let level1 = IndicatorGroup(level1: indicator.level1)
            if !order.contains(level1) { order.append(level1) }
        }
        var result: [GroupScore] = []
        for level1 in order {
            result.append(group(level1, expenditure, indicators, lines))
            var seen: [IndicatorGroup] = []
            for indicator in indicators where indicator.level1 == level1.level1 && !indicator.level2.isEmpty {
                if !seen.contains(indicator.group) { seen.append(indicator.group) }
            }
            result += seen.map { group($0, expenditure, indicators, lines) }
        }
        return result
    }

    private func group(
        _ group: IndicatorGroup,
        _ expenditure: Expenditure,
        _ indicators: [Indicator],
        _ lines: [ScoreLine]
    ) -> GroupScore {
        let members = zip(indicators, lines).filter { indicator, _ in Self.isMember(indicator, of: group) }.map(\.1)
        let printed = members.compactMap(\.printed)
        return GroupScore(
            group: group,
            weight: Self.added(members.map(\.weight)),
            printedWeight: expenditure.groups[group],
            score: members.compactMap(\.final).reduce(ExactNumber.zero) { $0.adding($1) },
            printedScore: printed.isEmpty ? nil : printed.reduce(ExactNumber.zero) { $0.adding($1) },
            complete: members.allSatisfy { !$0.isApplicable || $0.final != nil }
        )
    }
}

extension Scorer {
    /// The 预算执行率 row's weight: the expenditure's own, else the rule set's default.
    func executionWeight(of expenditure: Expenditure) -> ExactNumber {
        expenditure.executionWeight ?? rules.executionWeight
    }

    /// ``ExpenditureScore/weightTotal``: the execution weight plus every indicator weight
    /// entered (applicable or not).
    static func weightTotal(
        executionWeight: ExactNumber?,
        indicatorWeights: some Sequence<ExactNumber?>
    ) -> ExactNumber {
        // In the order the lines are added, from zero: the sum keeps the weights' scale.
        added(indicatorWeights, to: added(CollectionOfOne(executionWeight)))
    }

    /// Whether an indicator counts in a group: a level-1 group holds every indicator under
    /// its name, a level-2 group those under both its names.
    static func isMember(_ indicator: Indicator, of group: IndicatorGroup) -> Bool {
        indicator.level1 == group.level1 && (group.level2.isEmpty || indicator.level2 == group.level2)
    }

    /// ``GroupScore/weight``: the weights entered of a group's indicators, added up.
    static func weight(of group: IndicatorGroup, in indicators: some Sequence<Indicator>) -> ExactNumber {
        added(indicators.lazy.filter { isMember($0, of: group) }.map(\.weight))
    }

    /// The weights entered (`nil` is a blank weight, left out), added to `start`.
    static func added(_ weights: some Sequence<ExactNumber?>, to start: ExactNumber = .zero) -> ExactNumber {
        weights.reduce(start) { sum, weight in weight.map { sum.adding($0) } ?? sum }
    }
}
