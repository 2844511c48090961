import OrderedCollections

/// The parts of an expenditure's score that the checks naming one indicator read: the
/// indicator's own line, the total of the weights and the weights of the indicator's
/// groups. The reply to a change of one indicator reads these instead of scoring every
/// line of its expenditure (``Scorer/score(_:key:in:)``), whose other lines it never shows.
///
/// Each part comes from the same functions the whole score uses (``Scorer/score(_:measure:)``
/// for the line, ``Scorer/weightTotal(executionWeight:indicatorWeights:)`` and
/// ``Scorer/weight(of:in:)`` for the sums), so the two cannot disagree.
public struct TouchedIndicatorScore: Sendable {
    /// The indicator, as the expenditure holds it.
    public let indicator: Indicator
    /// Its line, as the whole score has it.
    public let line: ScoreLine
    /// The execution weight plus every indicator weight, as ``ExpenditureScore/weightTotal``.
    public let weightTotal: ExactNumber
    /// Its level-1 group, then its level-2 group if it has one, each with the sum of its
    /// indicators' weights, as ``GroupScore/weight``; in the order of ``ExpenditureScore/groups``.
    public let groups: [(group: IndicatorGroup, weight: ExactNumber)]
}

extension Scorer {
    /// The parts of `expenditure`'s score about its indicator `code`, `nil` when it has none.
    public func score(
        _ code: Code,
        of expenditure: Expenditure,
        key: ExpenditureKey,
        in year: UnitYear
    ) -> TouchedIndicatorScore? {
        guard let indicator = expenditure.indicators[code] else { return nil }
        // Only the department's indicators are scored by a computed measure.
        let measure = key.owner == .department ? indicator.measure.map { $0.value(in: year, rules: rules) } : nil
        let indicators = expenditure.indicators.values
        let level1 = IndicatorGroup(level1: indicator.level1)
        var groups = [(group: level1, weight: Self.weight(of: level1, in: indicators))]
        if !indicator.level2.isEmpty {
            groups.append((indicator.group, Self.weight(of: indicator.group, in: indicators)))
        }
        return TouchedIndicatorScore(
            indicator: indicator,
            line: score(indicator, measure: measure),
            weightTotal: Self.weightTotal(
                executionWeight: executionWeight(of: expenditure),
                indicatorWeights: indicators.lazy.map(\.weight)
            ),
            groups: groups
        )
    }
}
