extension Scorer {
    /// The band an indicator's score may take: its grade's band when a grade is entered (or,
    /// for a qualitative indicator, read from its values), else `[0, 分值]`; `nil` without a
    /// weight.
    public func band(of indicator: Indicator) -> (band: ScoreBand, completion: Completion?)? {
        guard let weight = indicator.weight else { return nil }
        let completion =
            indicator.completion
            ?? (indicator.target?.isQuantitative == false ? compute(indicator, measure: nil).completion : nil)
        if let completion { return (rules.bands.band(completion, weight: weight), completion) }
        return (ScoreBand(low: .zero, high: Ratio(weight), includesHigh: true), nil)
    }

    /// Checks an operator's score against the indicator's band (rules §A5: 达成 [80 %, 100 %],
    /// 部分达成 [60 %, 80 %), 未达成 [0, 60 %) of the weight; 0 to the weight otherwise).
    /// - Throws: ``DomainError/badValue(field:value:reason:)`` naming the band, when the
    ///   score lies outside it, has no reason, or the indicator has no weight.
    public func checkOverride(_ indicator: Indicator) throws(DomainError) {
        guard let score = indicator.overrideScore else { return }
        guard (indicator.overrideReason ?? "").isEmpty == false else {
            throw .badValue(
                field: "override_reason",
                value: "",
                reason: "an override_score needs override_reason=… saying why (the tables print it)"
            )
        }
        guard let (band, completion) = band(of: indicator) else {
            throw .badValue(
                field: "override_score",
                value: score.description,
                reason: "the indicator has no weight (分值), so no score can be checked"
            )
        }
        guard band.contains(score) else {
            let which = completion.map { "the \($0.rawValue) band \(band) of weight \(indicator.weight!.plain)" }
            let hint =
                completion == nil
                ? ""
                : "; if the grade is different, set completion=\(Completion.allCases.filter { $0 != completion }.map(\.rawValue).joined(separator: "|")) too"
            throw .badValue(
                field: "override_score",
                value: score.description,
                reason: "outside \(which ?? "0 to the weight \(band)")\(hint)"
            )
        }
    }
}
