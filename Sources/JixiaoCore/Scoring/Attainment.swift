/// Whether an indicator's actual value meets its target (完成情况), worked out from the
/// parsed values: the basis of scoring and of the checks that catch an unmet target
/// scored full.
public enum Attainment: Sendable, Equatable {
    /// The target is met.
    case met
    /// The target is not met; `ratio` is how far (actual / target for `≥`, target / actual
    /// for `≤`), when it can be computed.
    case unmet(ratio: Ratio?)
    /// It cannot be told from the figures: a qualitative value, a missing actual, or units
    /// that do not match (the reason says which).
    case undetermined(String)

    /// Compares an actual value with a target; `direction` is the comparison of a target
    /// written without one (its 指标性质 or kind, ``TargetDirection``), `≥` unless told.
    public static func of(
        target: IndicatorValue?,
        actual: IndicatorValue?,
        direction: Comparison = .atLeast
    ) -> Attainment {
        guard let target else { return .undetermined("no target") }
        guard let actual = ActualReading.read(target: target, actual: actual) else {
            return .undetermined("no actual value")
        }
        switch (target.kind, actual.kind) {
        case (.quantity(let goal), .quantity(let done)):
            let goalUnit = MeasureUnit(goal.unit)
            let doneUnit = MeasureUnit(done.unit)
            guard goalUnit.isCompatible(with: doneUnit) else {
                return .undetermined("target in \(goal.unit), actual in \(done.unit)")
            }
            let wanted = goalUnit.inBase(goal.number)
            var got = doneUnit.inBase(done.number)
            if got.isNegative { got = .zero }
            // An actual written with a comparison ("≤15万元") states a bound, not a figure.
            if done.comparison != nil && done.comparison != .equal {
                return .undetermined("the actual value is written as a bound (\(actual.text))")
            }
            return compare(got, with: wanted, comparison: goal.comparison ?? direction)
        case (.range(let low, let high, let unit), .quantity(let done)):
            let rangeUnit = MeasureUnit(unit)
            let doneUnit = MeasureUnit(done.unit)
            guard rangeUnit.isCompatible(with: doneUnit) else {
                return .undetermined("target in \(unit), actual in \(done.unit)")
            }
            let got = doneUnit.inBase(done.number)
            return got >= rangeUnit.inBase(low) && got <= rangeUnit.inBase(high) ? .met : .unmet(ratio: nil)
        case (.qualitative(let goal), .qualitative(let done)):
            return goal == done ? .met : .undetermined("qualitative: '\(done)' against '\(goal)'")
        default:
            return .undetermined("target and actual are of different forms")
        }
    }

    private static func compare(_ got: ExactNumber, with wanted: ExactNumber, comparison: Comparison) -> Attainment {
        switch comparison {
        case .atLeast, .above:
            let met = comparison == .atLeast ? got >= wanted : got > wanted
            return met ? .met : .unmet(ratio: got.ratio(over: wanted))
        case .atMost, .below:
            let met = comparison == .atMost ? got <= wanted : got < wanted
            return met ? .met : .unmet(ratio: wanted.ratio(over: got))
        case .equal:
            if wanted.isZero { return got.isZero ? .met : .unmet(ratio: Ratio(numerator: 0, denominator: 1)) }
            return got == wanted ? .met : (got > wanted ? .met : .unmet(ratio: got.ratio(over: wanted)))
        }
    }
}
