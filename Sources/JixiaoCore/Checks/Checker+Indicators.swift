import OrderedCollections

extension Checker {
    /// The indicator table: weights against 100 and against group weights, each score
    /// against its weight and its target, deviation reasons, the total and the grade.
    func checkIndicators(_ expenditure: Expenditure, key: ExpenditureKey, rules: RuleSet) -> [Finding] {
        var findings: [Finding] = []
        let indicators = expenditure.indicators.values
        for indicator in indicators {
            findings += check(indicator, key: key, rules: rules)
        }
        let applicable = indicators.filter { !$0.notApplicable }
        let weights = applicable.compactMap(\.weight)
        if !weights.isEmpty {
            let total = weights.reduce(expenditure.executionWeight ?? .zero) { $0.adding($1) }
            if total != ExactNumber(100) {
                let execution = expenditure.executionWeight.map { "执行率\($0)+" } ?? ""
                findings.append(
                    Finding(
                        .weightsSum,
                        .expenditure(key),
                        reported: "100",
                        computed: "\(total)",
                        zh: "分值合计为\(execution)指标\(weights.reduce(ExactNumber.zero) { $0.adding($1) })=\(total)，不是100分",
                        en: "the weights (execution rate included) add up to \(total), not 100"
                    )
                )
            }
        }
        for (group, printed) in expenditure.groupList {
            let members = applicable.filter {
                $0.level1 == group.level1 && (group.level2.isEmpty || $0.level2 == group.level2)
            }
            let memberWeights = members.compactMap(\.weight)
            guard !members.isEmpty, memberWeights.count == members.count else { continue }
            let sum = memberWeights.reduce(ExactNumber.zero) { $0.adding($1) }
            if sum != printed {
                findings.append(
                    Finding(
                        .groupWeightMismatch,
                        .part(key, .group(group)),
                        involved: members.map { .part(key, .indicator($0.code)) },
                        reported: "\(printed)",
                        computed: "\(sum)",
                        zh: "\(group)印为\(printed)分，其下指标分值合计\(sum)分",
                        en:
                            "group \(group) is printed as \(printed) points but its indicators' weights add up to \(sum)"
                    )
                )
            }
        }
        findings += checkTotal(expenditure, applicable: applicable, key: key, rules: rules)
        return findings
    }

    private func check(_ indicator: Indicator, key: ExpenditureKey, rules: RuleSet) -> [Finding] {
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
        guard !indicator.notApplicable else { return findings }
        let attainment = Attainment.of(target: indicator.target, actual: indicator.actual)
        let hasReason = !(indicator.deviation ?? "").isEmpty
        let target = indicator.target?.text ?? ""
        let actual = indicator.actual?.text ?? ""
        switch attainment {
        case .met:
            if let score = indicator.score, let weight = indicator.weight, score < weight, !hasReason {
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
        case .unmet:
            // What the scorer computes under the year's rule set (its reverse formula, its
            // rounding), so that the checker and the score tables never disagree.
            let expected = Scorer(rules: rules).score(indicator).computed?.plain
            if let score = indicator.score, let weight = indicator.weight, score == weight {
                findings.append(
                    Finding(
                        .unmetScoredFull,
                        object,
                        reported: "\(score)",
                        computed: expected,
                        zh: "\(indicator.name)目标\(target)未完成（实际\(actual)），却得满分\(weight)",
                        en: "\(indicator.name): target \(target) not met (actual \(actual)) but scored full \(weight)"
                    )
                )
            }
            if !hasReason {
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
        case .undetermined(let why):
            if let goal = indicator.target, let done = indicator.actual, goal.isQuantitative, done.isQuantitative,
                !MeasureUnit(goal.unit).isCompatible(with: MeasureUnit(done.unit))
            {
                findings.append(
                    Finding(
                        .unitMismatch,
                        object,
                        reported: done.unit,
                        computed: goal.unit,
                        zh: "\(indicator.name)目标单位为“\(goal.unit)”，实际完成值单位为“\(done.unit)”，无法比较",
                        en: "\(indicator.name): \(why)"
                    )
                )
            }
        }
        return findings
    }

    private func checkTotal(
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
}
