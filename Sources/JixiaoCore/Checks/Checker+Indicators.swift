import OrderedCollections

extension Checker {
    /// The indicator table: weights against 100 and against group weights, each score
    /// against its weight, deviation reasons, the printed total against the printed scores
    /// and the grade against the printed total. Weights and completion are the scorer's.
    func checkIndicators(
        _ expenditure: Expenditure,
        key: ExpenditureKey,
        score: ExpenditureScore,
        rules: RuleSet
    ) -> [Finding] {
        var findings: [Finding] = []
        let indicators = expenditure.indicatorList
        for (indicator, line) in zip(indicators, score.indicators) {
            findings += check(indicator, line: line, key: key)
        }
        if indicators.contains(where: { $0.weight != nil }) && score.weightTotal != ExactNumber(100) {
            let execution = score.execution.weight.map { "执行率\($0.plain)+" } ?? ""
            let indicatorWeights = score.indicators.compactMap(\.weight).reduce(ExactNumber.zero) { $0.adding($1) }
            findings.append(
                Finding(
                    .weightsSum,
                    .expenditure(key),
                    reported: "100",
                    computed: score.weightTotal.plain,
                    zh: "分值合计为\(execution)指标\(indicatorWeights.plain)=\(score.weightTotal.plain)，不是100分",
                    en: "the weights (execution rate included) add up to \(score.weightTotal.plain), not 100"
                )
            )
        }
        for group in score.groups {
            guard let printed = group.printedWeight else { continue }
            let members = indicators.filter { Scorer.isMember($0, of: group.group) }
            if let finding = groupWeightMismatch(group.group, weight: group.weight, printed: printed, members, key: key)
            {
                findings.append(finding)
            }
        }
        findings += checkTotal(expenditure, applicable: indicators.filter { !$0.notApplicable }, key: key, rules: rules)
        return findings
    }

    /// A group's printed weight against the weights of its indicators (`members`, in table
    /// order), when every one of them has a weight.
    func groupWeightMismatch(
        _ group: IndicatorGroup,
        weight: ExactNumber,
        printed: ExactNumber,
        _ members: [Indicator],
        key: ExpenditureKey
    ) -> Finding? {
        guard !members.isEmpty, members.allSatisfy({ $0.weight != nil }), weight != printed else { return nil }
        return Finding(
            .groupWeightMismatch,
            .part(key, .group(group)),
            involved: members.map { .part(key, .indicator($0.code)) },
            reported: "\(printed)",
            computed: "\(weight)",
            zh: "\(group)印为\(printed)分，其下指标分值合计\(weight)分",
            en: "group \(group) is printed as \(printed) points but its indicators' weights add up to \(weight)"
        )
    }

    /// An indicator's own row: its score against its weight, its units, a met target
    /// scored down, an unmet one without a reason.
    func check(_ indicator: Indicator, line: ScoreLine, key: ExpenditureKey) -> [Finding] {
        var findings: [Finding] = []
        let object = ObjectKey.part(key, .indicator(indicator.code))
        if let score = indicator.score, let weight = indicator.weight, score > weight {
            findings.append(
                Finding(
                    .scoreAboveWeight,
                    object,
                    reported: "\(score)",
                    computed: "≤ \(weight)",
                    zh: "\(indicator.name)得分\(score)超过分值\(weight)",
                    en: "\(indicator.name) scored \(score) of \(weight)"
                )
            )
        }
        if !indicator.notApplicable, indicator.measure == nil {
            findings += unitFindings(indicator, object: object)
        }
        guard line.isApplicable, !line.isDirectionUnknown else { return findings }
        let hasReason = !(indicator.deviation ?? "").isEmpty
        let target = indicator.target?.text ?? ""
        let actual = indicator.actual?.text ?? line.computedValue ?? ""
        if line.rule == .metFull || line.rule == .qualitativeBand, let score = indicator.score,
            let weight = indicator.weight, score < weight,
            !hasReason
        {
            findings.append(
                Finding(
                    .metScoredBelow,
                    object,
                    reported: "\(score)",
                    computed: "\(weight)",
                    zh: "\(indicator.name)目标\(target)已完成（\(actual)），得分\(score)低于分值\(weight)且无说明",
                    en:
                        "\(indicator.name): target \(target) met (\(actual)) but scored \(score) of \(weight) without a reason"
                )
            )
        }
        if line.isUnmet, !hasReason {
            findings.append(
                Finding(
                    .missingDeviationReason,
                    object,
                    reported: actual,
                    computed: target,
                    zh: "\(indicator.name)未完成目标\(target)（实际\(actual)），未填偏差原因分析及改进措施",
                    en: "\(indicator.name): target \(target) not met (\(actual)) and no deviation reason"
                )
            )
        }
        if let goal = indicator.target, let done = indicator.actual, goal.isQuantitative, done.isQuantitative,
            !MeasureUnit(goal.unit).isCompatible(with: MeasureUnit(done.unit)), indicator.measure == nil
        {
            findings.append(
                Finding(
                    .unitMismatch,
                    object,
                    reported: done.unit,
                    computed: goal.unit,
                    zh: "\(indicator.name)目标单位为“\(goal.unit)”，实际完成值单位为“\(done.unit)”，无法比较",
                    en: "\(indicator.name): target in \(goal.unit), actual in \(done.unit)"
                )
            )
        }
        return findings
    }

    /// The printed total against the printed scores of the `applicable` indicators (a
    /// finding naming each), and the printed grade against the printed total.
    func checkTotal(
        _ expenditure: Expenditure,
        applicable: [Indicator],
        key: ExpenditureKey,
        rules: RuleSet
    ) -> [Finding] {
        var findings: [Finding] = []
        let object = ObjectKey.expenditure(key)
        let scores = applicable.compactMap(\.score)
        if let printed = expenditure.printedTotal, !scores.isEmpty {
            let sum = scores.reduce(expenditure.printedScore ?? .zero) { $0.adding($1) }
            if !Printed.matches(printed, sum) {
                var zh = "总分印为\(printed)，各项得分之和为\(sum)"
                var en = "the total is printed as \(printed) but the scores add up to \(sum)"
                if expenditure.printedScore == nil, let weight = expenditure.executionWeight {
                    let withExecution = sum.adding(weight)
                    zh += "（执行率得分未填，按满分\(weight)计也只有\(withExecution)）"
                    en += " (\(withExecution) even with full marks for the blank execution-rate score)"
                }
                findings.append(
                    Finding(
                        .totalMismatch,
                        object,
                        involved: applicable.map { .part(key, .indicator($0.code)) },
                        reported: "\(printed)",
                        computed: "\(sum)",
                        zh: zh,
                        en: en
                    )
                )
            }
        }
        if let grade = expenditure.printedGrade, let total = expenditure.printedTotal {
            let expected = rules.grades.grade(of: total)
            if grade != expected {
                findings.append(
                    Finding(
                        .gradeMismatch,
                        object,
                        reported: grade,
                        computed: expected,
                        zh: "总分\(total)对应等级为“\(expected)”，报告印为“\(grade)”",
                        en: "a total of \(total) is graded \(expected), but the report prints \(grade)"
                    )
                )
            }
        }
        return findings
    }

    /// An actual without a unit against a target with one: read in the target's unit, and
    /// said (`actual-unit-missing`); a bare decimal against a percentage read as the
    /// percentage it likely means (`percent-as-decimal`: 是否应为96%？).
    private func unitFindings(_ indicator: Indicator, object: ObjectKey) -> [Finding] {
        let actual = indicator.actual?.text ?? ""
        let target = indicator.target?.text ?? ""
        switch ActualReading.of(target: indicator.target, actual: indicator.actual) {
        case .asWritten, .zeroInTargetUnit:
            return []
        case .inTargetUnit(let unit):
            return [
                Finding(
                    .actualUnitMissing,
                    object,
                    reported: actual,
                    computed: unit,
                    zh: "\(indicator.name)实际完成值“\(actual)”未写单位，年度指标值为“\(target)”：按“\(unit)”计",
                    en:
                        "\(indicator.name): the actual \(actual) has no unit against the target \(target); read in \(unit)"
                )
            ]
        case .percentFromDecimal(let percent):
            return [
                Finding(
                    .percentAsDecimal,
                    object,
                    reported: actual,
                    computed: "\(percent.plain)%",
                    zh:
                        "\(indicator.name)实际完成值“\(actual)”是小数，年度指标值为“\(target)”：是否应为\(percent.plain)%？按\(percent.plain)%计",
                    en:
                        "\(indicator.name): the actual \(actual) is a bare decimal against \(target): did you mean \(percent.plain)%? Read as such"
                )
            ]
        }
    }
}
