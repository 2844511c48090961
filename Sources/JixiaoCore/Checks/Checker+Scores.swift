import OrderedCollections

extension Checker {
    /// Every printed score against the scorer's: the 执行率 line and each indicator, the
    /// total and the grade, each compared at the precision the report printed it (a report
    /// printing whole points is compared with the rule's score rounded to whole points).
    ///
    /// The scorer's lines are the one source of truth: the weights (the rule set's default
    /// execution weight included), computed department measures scored by their tables,
    /// overrides. Over-scored is an error (`score-over`, or `unmet-scored-full` when an unmet
    /// target took full marks), under-scored a warning (`score-under`), each with the rule's
    /// arithmetic.
    func checkScores(
        _ expenditure: Expenditure,
        key: ExpenditureKey,
        score: ExpenditureScore,
        rules: RuleSet
    )
        -> [Finding]
    {
        var findings: [Finding] = []
        for (line, indicator) in zip(score.lines, [nil] + expenditure.indicatorList.map { Optional($0) }) {
            findings += check(line, indicator: indicator, key: key, rules: rules)
        }
        findings += checkGroupScores(expenditure, key: key, score: score)
        findings += checkTotalScore(expenditure, key: key, score: score, rules: rules)
        return findings
    }

    /// A group's printed score (a 得分 cell spanning its rows) against the sum of its
    /// indicators' printed scores, and against the scorer's sum of their scores.
    private func checkGroupScores(
        _ expenditure: Expenditure,
        key: ExpenditureKey,
        score: ExpenditureScore
    )
        -> [Finding]
    {
        var findings: [Finding] = []
        for group in score.groups {
            guard let printed = expenditure.groupScores[group.group] else { continue }
            let object = ObjectKey.part(key, .group(group.group))
            if let sum = group.printedScore, !Printed.matches(printed, sum) {
                findings.append(
                    Finding(
                        .groupScoreMismatch,
                        object,
                        reported: printed.plain,
                        computed: sum.plain,
                        zh: "\(group.group)得分印为\(printed.plain)，其下指标所印得分合计\(sum.plain)",
                        en:
                            "group \(group.group) is printed as scoring \(printed.plain) but its indicators' printed scores add up to \(sum.plain)"
                    )
                )
            }
            let members = zip(expenditure.indicatorList, score.indicators).filter { indicator, _ in
                indicator.level1 == group.group.level1
                    && (group.group.level2.isEmpty || indicator.level2 == group.group.level2)
            }
            guard group.complete, !members.contains(where: { $0.1.isDirectionUnknown }) else { continue }
            let order = Printed.order(printed, Ratio(group.score))
            guard order != 0 else { continue }
            findings.append(
                Finding(
                    order > 0 ? .scoreOver : .scoreUnder,
                    object,
                    reported: printed.plain,
                    computed: group.score.plain,
                    zh: "\(group.group)得分印为\(printed.plain)，按规则其下指标得分合计\(group.score.plain)",
                    en:
                        "group \(group.group) is printed as scoring \(printed.plain); by the rules its indicators score \(group.score.plain)"
                )
            )
        }
        return findings
    }

    /// One line's printed score against the scorer's (`indicator` is the line's, `nil` for
    /// the 执行率 line).
    func check(_ line: ScoreLine, indicator: Indicator?, key: ExpenditureKey, rules: RuleSet) -> [Finding] {
        if line.isDirectionUnknown, let indicator {
            return [
                Finding(
                    .directionUnknown,
                    .part(key, .indicator(indicator.code)),
                    reported: indicator.target?.text,
                    computed: indicator.actual?.text,
                    zh:
                        "\(indicator.name)年度指标值“\(indicator.target?.text ?? "")”未印≥或≤，实际完成值为“\(indicator.actual?.text ?? "")”：是否达成取决于指标方向，请填写指标性质（nature=正向|反向|≥|≤|=）；暂按≥计分，不作差错判断",
                    en:
                        "\(indicator.name): the target \(indicator.target?.text ?? "") has no operator and the actual \(indicator.actual?.text ?? "") differs from it: whether it is met depends on the direction; set nature=… (scored as ≥ meanwhile, not judged)"
                )
            ]
        }
        guard let printed = line.printed, line.isApplicable, let weight = line.weight, printed <= weight else {
            return []
        }
        let object: ObjectKey = line.code.map { .part(key, .indicator($0)) } ?? .expenditure(key)
        let name = line.code == nil ? "预算执行率" : line.name
        if line.final == nil, let completion = line.completion {
            // A graded qualitative line the operator has not scored yet: the printed score
            // must lie in its grade's band.
            let band = rules.bands.band(completion, weight: weight)
            guard !band.contains(printed) else { return [] }
            let over = Ratio(printed) >= band.high
            return [
                Finding(
                    over ? .scoreOver : .scoreUnder,
                    object,
                    reported: printed.plain,
                    computed: "\(band)",
                    zh: "\(name)完成情况为\(completion.rawValue)，得分应在\(band)内，报告印为\(printed.plain)",
                    en:
                        "\(line.name): graded \(completion.rawValue), so the score lies in \(band); printed \(printed.plain)"
                )
            ]
        }
        guard let exact = line.override.map({ Ratio($0) }) ?? line.exact, line.final != nil else { return [] }
        // Full marks on an unmet target is wrong at any precision (4.59 of 5 is not 5,
        // even on a form printing whole points).
        let unmetFull = indicator != nil && printed == weight && line.isUnmet
        let order = unmetFull ? 1 : Printed.order(printed, exact)
        guard order != 0 else { return [] }
        let expected = exact.rounded(toDecimals: max(printed.scale, 2)).plain
        let atPrecision = exact.rounded(toDecimals: printed.scale).plain
        let shown = atPrecision == expected ? expected : "\(expected)（按印出精度\(atPrecision)）"
        let arithmetic =
            line.override == nil ? line.arithmetic : "人工评分\(line.override!.plain)：\(line.overrideReason ?? "")"
        if order > 0 {
            return [
                Finding(
                    unmetFull ? .unmetScoredFull : .scoreOver,
                    object,
                    reported: printed.plain,
                    computed: expected,
                    zh: unmetFull
                        ? "\(name)目标\(indicator?.target?.text ?? "")未完成（实际\(indicator?.actual?.text ?? line.computedValue ?? "")），却得满分\(weight.plain)；按规则应得\(shown)：\(arithmetic)"
                        : "\(name)得分印为\(printed.plain)，按规则应得\(shown)，多计\(Self.gap(printed, exact))分：\(arithmetic)",
                    en: unmetFull
                        ? "\(line.name): target \(indicator?.target?.text ?? "") not met (actual \(indicator?.actual?.text ?? line.computedValue ?? "")) but scored full \(weight.plain); the rule gives \(expected): \(line.arithmetic)"
                        : "\(line.name) printed \(printed.plain), the rule gives \(expected): \(line.arithmetic)"
                )
            ]
        }
        // A met target scored down: with a reason it is the report's judgement (rules §A4,
        // over-achievement); without, `met-scored-below` says so.
        if line.rule == .metFull { return [] }
        if line.rule == .qualitativeBand, let completion = line.completion {
            // 达成 scores anywhere in its band; below it is under-scored.
            let band = rules.bands.band(completion, weight: weight)
            guard !band.contains(printed) else { return [] }
            return [
                Finding(
                    .scoreUnder,
                    object,
                    reported: printed.plain,
                    computed: "\(band)",
                    zh: "\(name)完成情况为\(completion.rawValue)，得分应在\(band)内，报告印为\(printed.plain)",
                    en:
                        "\(line.name): graded \(completion.rawValue), so the score lies in \(band); printed \(printed.plain)"
                )
            ]
        }
        return [
            Finding(
                .scoreUnder,
                object,
                reported: printed.plain,
                computed: expected,
                zh: "\(name)得分印为\(printed.plain)，按规则应得\(shown)，少计\(Self.gap(exact, printed))分：\(arithmetic)",
                en: "\(line.name) printed \(printed.plain), the rule gives \(expected): \(line.arithmetic)"
            )
        ]
    }

    /// The printed total and grade against the scorer's, when the scorer has a total (every
    /// line scored, the weights adding up to 100).
    private func checkTotalScore(
        _ expenditure: Expenditure,
        key: ExpenditureKey,
        score: ExpenditureScore,
        rules: RuleSet
    ) -> [Finding] {
        guard !expenditure.isIncomplete, score.isComplete, score.weightTotal == ExactNumber(100),
            let total = score.total,
            !score.lines.contains(where: \.isDirectionUnknown)
        else { return [] }
        var findings: [Finding] = []
        let object = ObjectKey.expenditure(key)
        if let printed = expenditure.printedTotal {
            let order = Printed.order(printed, Ratio(total))
            if order != 0 {
                findings.append(
                    Finding(
                        order > 0 ? .scoreOver : .scoreUnder,
                        object,
                        reported: printed.plain,
                        computed: total.plain,
                        zh: "总分印为\(printed.plain)，按规则各项得分合计为\(total.plain)：\(score.totalArithmetic)",
                        en:
                            "the total is printed as \(printed.plain); by the rules the lines add up to \(total.plain): \(score.totalArithmetic)"
                    )
                )
            }
        }
        if let printed = expenditure.printedGrade, let grade = score.grade, printed != grade {
            let names = rules.grades.bands.map(\.name)
            let better = (names.firstIndex(of: printed) ?? names.count) < (names.firstIndex(of: grade) ?? names.count)
            findings.append(
                Finding(
                    better ? .scoreOver : .scoreUnder,
                    object,
                    reported: printed,
                    computed: grade,
                    zh: "等级印为“\(printed)”，按规则总分\(score.gradeNote)",
                    en: "the grade is printed as \(printed); by the rules: \(score.gradeNote)"
                )
            )
        }
        return findings
    }

    /// `|a − b|` as the forms print scores.
    private static func gap(_ larger: ExactNumber, _ smaller: Ratio) -> String {
        (Ratio(larger) - smaller).rounded(toDecimals: 2).plain
    }

    private static func gap(_ larger: Ratio, _ smaller: ExactNumber) -> String {
        (larger - Ratio(smaller)).rounded(toDecimals: 2).plain
    }
}
