/// How an actual value written without a unit is read against a target that has one
/// (`150` against `≤300万元`): in the target's unit, never silently in base units (150元),
/// and a bare decimal against a percentage (`0.96` for `≥95%`) as the percentage it
/// stands for (96%). The checker says which (`actual-unit-missing`, `percent-as-decimal`).
/// A bare zero is zero in every unit (`0` for 预算调整率 `≤5%`): read in the target's unit
/// and not a finding.
public enum ActualReading: Sendable, Equatable {
    /// The actual has its own unit, or the target has none.
    case asWritten
    /// The actual is read in the target's unit.
    case inTargetUnit(String)
    /// A bare decimal read as a percentage: the value in percent.
    case percentFromDecimal(ExactNumber)
    /// A bare zero, read in the target's unit: the same figure in any unit, nothing to say.
    case zeroInTargetUnit(String)

    /// How an actual is read against a target.
    public static func of(target: IndicatorValue?, actual: IndicatorValue?) -> ActualReading {
        guard let target, case .quantity(let done)? = actual?.kind, done.unit.isEmpty, !target.unit.isEmpty else {
            return .asWritten
        }
        if done.number.isZero { return .zeroInTargetUnit(target.unit) }
        let unit = MeasureUnit(target.unit)
        let goal: ExactNumber? =
            switch target.kind {
            case .quantity(let quantity): quantity.number
            case .range(let low, _, _): low
            case .qualitative: nil
            }
        if unit.base == "%", unit.exponent == 0, let goal, goal > ExactNumber(1), !done.number.isNegative,
            done.number < ExactNumber(1)
        {
            return .percentFromDecimal(
                Ratio(done.number).divided(by: Ratio(ExactNumber(units: 1, scale: 2)))!.rounded(
                    toDecimals: max(done.number.scale - 2, 0)
                )
            )
        }
        return .inTargetUnit(target.unit)
    }

    /// The actual as scoring reads it.
    public static func read(target: IndicatorValue?, actual: IndicatorValue?) -> IndicatorValue? {
        guard let actual, case .quantity(var done) = actual.kind else { return actual }
        switch of(target: target, actual: actual) {
        case .asWritten: return actual
        case .inTargetUnit(let unit), .zeroInTargetUnit(let unit): done.unit = unit
        case .percentFromDecimal(let percent):
            done.number = percent
            done.unit = "%"
        }
        return IndicatorValue(text: actual.text, kind: .quantity(done))
    }
}
