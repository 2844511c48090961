extension Scorer {
    /// A line's figures before the override is applied.
    struct Computed {
        var exact: Ratio?
        var status: ScoreStatus
        var rule: ScoreRule
        var arithmetic: String
        var completion: Completion?
        var computedValue: String?
        /// The target's direction, when working the line out needed it: kept so that
        /// ``directionMatters(_:direction:)`` does not read the name a second time.
        var direction: TargetDirection? = nil

        static func missing(_ why: String) -> Computed {
            Computed(exact: nil, status: .missing(why), rule: .missing, arithmetic: why)
        }

        static func pending(_ why: String, completion: Completion? = nil) -> Computed {
            Computed(exact: nil, status: .pending(why), rule: .pending, arithmetic: why, completion: completion)
        }
    }

    /// Scores one indicator. A department indicator with a ``Indicator/measure`` needs the
    /// measure's value.
    public func score(_ indicator: Indicator, measure: MeasureValue? = nil) -> ScoreLine {
        let computed = compute(indicator, measure: measure)
        let rounded = computed.exact.map { $0.rounded(toDecimals: rules.decimals) }
        var line = ScoreLine(
            subject: .indicator(indicator.code),
            name: indicator.name,
            weight: indicator.weight,
            printed: indicator.score,
            exact: computed.exact,
            computed: rounded,
            override: indicator.overrideScore,
            overrideReason: indicator.overrideReason,
            completion: computed.completion,
            status: computed.status,
            rule: computed.rule,
            arithmetic: computed.arithmetic,
            computedValue: computed.computedValue
        )
        line.isDirectionUnknown =
            indicator.measure == nil && Self.directionMatters(indicator, direction: computed.direction)
        return line
    }

    /// Whether an indicator's score depends on a direction nobody stated: no operator,
    /// 指标性质 or known kind, and an actual value that is not the target itself.
    /// `direction`, when given, is `TargetDirection.of(indicator)` worked out already.
    static func directionMatters(_ indicator: Indicator, direction: TargetDirection? = nil) -> Bool {
        // The target's kind first: reading the direction from the name costs more.
        guard case .quantity(let goal)? = indicator.target?.kind,
            (direction ?? TargetDirection.of(indicator)).source == .assumed,
            case .quantity(let done)? = ActualReading.read(target: indicator.target, actual: indicator.actual)?.kind,
            done.comparison == nil || done.comparison == .equal
        else { return false }
        let goalUnit = MeasureUnit(goal.unit)
        let doneUnit = MeasureUnit(done.unit)
        return goalUnit.isCompatible(with: doneUnit) && goalUnit.inBase(goal.number) != doneUnit.inBase(done.number)
    }

    func compute(_ indicator: Indicator, measure: MeasureValue?) -> Computed {
        if indicator.notApplicable {
            return Computed(
                exact: nil,
                status: .notApplicable("标为不适用"),
                rule: .notApplicable,
                arithmetic: "not applicable → not scored; the total is rescaled"
            )
        }
        guard let weight = indicator.weight else { return .missing("未填分值") }
        if let kind = indicator.measure { return computeMeasure(kind, measure, weight: weight) }
        guard let target = indicator.target else {
            return .missing("未填年度指标值，无从计分")
        }
        guard let actual = ActualReading.read(target: target, actual: indicator.actual) else {
            return .pending("未填实际完成值")
        }
        let direction = TargetDirection.of(indicator)
        var computed = compute(indicator, target: target, actual: actual, weight: weight, direction: direction)
        computed.direction = direction
        return computed
    }

    /// An indicator's line from its target, its actual value read against it and the
    /// target's direction.
    private func compute(
        _ indicator: Indicator,
        target: IndicatorValue,
        actual: IndicatorValue,
        weight: ExactNumber,
        direction: TargetDirection
    ) -> Computed {
        let attainment = Attainment.of(target: target, actual: actual, direction: direction.comparison)
        switch (target.kind, actual.kind) {
        case (.qualitative, _), (_, .qualitative):
            if case .qualitative = target.kind {
                return qualitative(indicator, target: target, actual: actual, weight: weight, attainment: attainment)
            }
            if indicator.completion != nil || Completion(statedIn: actual.text) != nil {
                return qualitative(indicator, target: target, actual: actual, weight: weight, attainment: attainment)
            }
            return .pending("年度指标值“\(target.text)”与实际完成值“\(actual.text)”无法比较，请人工评分")
        case (.quantity(let goal), .quantity(let done)):
            return quantity(
                goal,
                done,
                target: target,
                actual: actual,
                weight: weight,
                attainment: attainment,
                direction: direction
            )
        case (.range(let low, let high, let unit), .quantity(let done)):
            return range(low, high, unit, done, target: target, actual: actual, weight: weight)
        default:
            return .pending("年度指标值“\(target.text)”与实际完成值“\(actual.text)”形式不同，无法比较，请人工评分")
        }
    }

    private func qualitative(
        _ indicator: Indicator,
        target: IndicatorValue,
        actual: IndicatorValue,
        weight: ExactNumber,
        attainment: Attainment
    ) -> Computed {
        let stated = Completion(statedIn: actual.text)
        let completion = indicator.completion ?? stated ?? (attainment == .met ? .met : nil)
        let source =
            indicator.completion != nil
            ? "completion \(indicator.completion!.rawValue)"
            : stated != nil ? "actual says \(stated!.rawValue)" : "actual repeats the target"
        guard let completion else {
            return .pending(
                "定性指标（“\(target.text)”，实际“\(actual.text)”）：请填写完成情况 completion=达成|部分达成|未达成，并以 override_score 评分"
            )
        }
        let band = rules.bands.band(completion, weight: weight)
        guard completion == .met, rules.qualitativeDefault == .top else {
            return .pending(
                "完成情况为\(completion.rawValue)：请在\(band)内以 override_score 选定得分",
                completion: completion
            )
        }
        return Computed(
            exact: Ratio(weight),
            status: .computed,
            rule: .qualitativeBand,
            arithmetic:
                "\(target.text), actual \(actual.text) → \(completion.rawValue) (\(source)) → band \(band), top = \(weight.plain) of \(weight.plain)",
            completion: completion
        )
    }

    private func quantity(
        _ goal: Quantity,
        _ done: Quantity,
        target: IndicatorValue,
        actual: IndicatorValue,
        weight: ExactNumber,
        attainment: Attainment,
        direction: TargetDirection
    ) -> Computed {
        let lead = "\(target.text)\(direction.note), actual \(actual.text)"
        switch attainment {
        case .met:
            return Computed(
                exact: Ratio(weight),
                status: .computed,
                rule: .metFull,
                arithmetic: "\(lead) → met → \(weight.plain) of \(weight.plain)"
            )
        case .undetermined:
            if Self.boundImplies(done, goal) {
                return Computed(
                    exact: Ratio(weight),
                    status: .computed,
                    rule: .metFull,
                    arithmetic:
                        "\(lead) → the stated bound lies within the target → met → \(weight.plain) of \(weight.plain)"
                )
            }
            if !MeasureUnit(goal.unit).isCompatible(with: MeasureUnit(done.unit)) {
                return .pending("年度指标值单位为“\(goal.unit)”，实际完成值单位为“\(done.unit)”，无法比较，请人工评分")
            }
            if done.comparison != nil, done.comparison != .equal {
                return .pending("实际完成值写成了范围（\(actual.text)），无法计算，请填写实际数或人工评分")
            }
            return .pending("年度指标值“\(target.text)”与实际完成值“\(actual.text)”无法比较，请人工评分")
        case .unmet:
            let goalUnit = MeasureUnit(goal.unit)
            let doneUnit = MeasureUnit(done.unit)
            var got = Ratio(doneUnit.inBase(done.number))
            if got.isNegative { got = .zero }
            let wanted = Ratio(goalUnit.inBase(goal.number))
            let sameUnit = goal.unit == done.unit
            let gotText = sameUnit ? done.number.plain : ScoreBand.text(got)
            let wantedText = sameUnit ? goal.number.plain : ScoreBand.text(wanted)
            switch goal.comparison ?? direction.comparison {
            case .atLeast, .above, .equal:
                return positive(got, wanted, gotText, wantedText, weight: weight, lead: lead)
            case .atMost, .below:
                return reverse(got, wanted, gotText, wantedText, weight: weight, lead: lead)
            }
        }
    }

    private func range(
        _ low: ExactNumber,
        _ high: ExactNumber,
        _ unit: String,
        _ done: Quantity,
        target: IndicatorValue,
        actual: IndicatorValue,
        weight: ExactNumber
    ) -> Computed {
        let lead = "\(target.text), actual \(actual.text)"
        let rangeUnit = MeasureUnit(unit)
        let doneUnit = MeasureUnit(done.unit)
        guard rangeUnit.isCompatible(with: doneUnit) else {
            return .pending("年度指标值单位为“\(unit)”，实际完成值单位为“\(done.unit)”，无法比较，请人工评分")
        }
        var got = Ratio(doneUnit.inBase(done.number))
        if got.isNegative { got = .zero }
        let lowBase = Ratio(rangeUnit.inBase(low))
        let highBase = Ratio(rangeUnit.inBase(high))
        let gotText = ScoreBand.text(got)
        if got < lowBase {
            return positive(got, lowBase, gotText, ScoreBand.text(lowBase), weight: weight, lead: lead + " (below)")
        }
        if got > highBase {
            return reverse(got, highBase, gotText, ScoreBand.text(highBase), weight: weight, lead: lead + " (above)")
        }
        return Computed(
            exact: Ratio(weight),
            status: .computed,
            rule: .metFull,
            arithmetic: "\(lead) → within the range → met → \(weight.plain) of \(weight.plain)"
        )
    }

    /// An unmet `≥` (or `=`, or below a range): weight × actual / target.
    private func positive(
        _ got: Ratio,
        _ wanted: Ratio,
        _ gotText: String,
        _ wantedText: String,
        weight: ExactNumber,
        lead: String
    ) -> Computed {
        guard let share = got.divided(by: wanted) else { return zero(got, weight: weight, lead: lead) }
        let score = Ratio(weight) * share
        return Computed(
            exact: score,
            status: .computed,
            rule: .positiveRatio,
            arithmetic:
                "\(lead) → unmet → \(weight.plain) × \(gotText)/\(wantedText) = \(score.rounded(toDecimals: rules.decimals).plain) of \(weight.plain)"
        )
    }

    /// An unmet `≤` (or above a range), by the rule set's reverse formula.
    private func reverse(
        _ got: Ratio,
        _ wanted: Ratio,
        _ gotText: String,
        _ wantedText: String,
        weight: ExactNumber,
        lead: String
    ) -> Computed {
        guard !wanted.isZero else { return zero(got, weight: weight, lead: lead) }
        let full = Ratio(weight)
        switch rules.reverseFormula {
        case .ratio:
            let score = full * wanted.divided(by: got)!
            return Computed(
                exact: score,
                status: .computed,
                rule: .reverseRatio,
                arithmetic:
                    "\(lead) → unmet → \(weight.plain) × \(wantedText)/\(gotText) = \(score.rounded(toDecimals: rules.decimals).plain) of \(weight.plain)"
            )
        case .deviation:
            let twice = wanted * Ratio(whole: 2)
            let score = got >= twice ? Ratio.zero : full * (twice - got).divided(by: wanted)!
            let text =
                got >= twice
                ? "\(gotText) ≥ 2 × \(wantedText) → 0"
                : "\(weight.plain) × (1 − (\(gotText) − \(wantedText))/\(wantedText)) = \(score.rounded(toDecimals: rules.decimals).plain)"
            return Computed(
                exact: score,
                status: .computed,
                rule: .reverseDeviation,
                arithmetic: "\(lead) → unmet → \(text) of \(weight.plain)"
            )
        }
    }

    /// A target of zero, where the ratio would divide by zero.
    private func zero(_ got: Ratio, weight: ExactNumber, lead: String) -> Computed {
        switch rules.zeroTarget {
        case .manual:
            return .pending("年度指标值为0，比例公式不适用，请人工评分")
        case .binary:
            return Computed(
                exact: .zero,
                status: .computed,
                rule: .zeroTarget,
                arithmetic: "\(lead) → unmet, the target is 0 → 0 of \(weight.plain)"
            )
        }
    }

    private func computeMeasure(_ kind: DepartmentMeasure, _ value: MeasureValue?, weight: ExactNumber) -> Computed {
        guard let value else { return .missing("\(kind.title)只能按部门整体计算") }
        switch value.problem {
        case .notApplicable(let why):
            return Computed(
                exact: nil,
                status: .notApplicable("\(kind.title)不适用：\(why)"),
                rule: .notApplicable,
                arithmetic: "\(value.basis) → \(why) → 不适用, not scored; the total is rescaled",
                computedValue: "不适用"
            )
        case .missing(let why):
            return .missing(why)
        case nil:
            break
        }
        var percent = value.percent!
        if kind == .budgetAdjustment, percent.isNegative { percent = Ratio.zero - percent }
        let (score, text) = rules.rule(kind).score(percent: percent, weight: weight)
        return Computed(
            exact: score,
            status: .computed,
            rule: .measureTable,
            arithmetic: "\(value.basis) = \(value.text); \(text)",
            computedValue: value.text
        )
    }

    /// Whether an actual written as a bound (`≤15万元`) lies within the target (`≤15万元`):
    /// then the target is met whatever the exact figure.
    static func boundImplies(_ done: Quantity, _ goal: Quantity) -> Bool {
        guard let stated = done.comparison, let wanted = goal.comparison else { return false }
        let doneUnit = MeasureUnit(done.unit)
        let goalUnit = MeasureUnit(goal.unit)
        guard doneUnit.isCompatible(with: goalUnit) else { return false }
        let bound = doneUnit.inBase(done.number)
        let limit = goalUnit.inBase(goal.number)
        switch (wanted, stated) {
        case (.atMost, .atMost), (.atMost, .below), (.below, .below): return bound <= limit
        case (.below, .atMost): return bound < limit
        case (.atLeast, .atLeast), (.atLeast, .above), (.above, .above): return bound >= limit
        case (.above, .atLeast): return bound > limit
        default: return false
        }
    }
}
