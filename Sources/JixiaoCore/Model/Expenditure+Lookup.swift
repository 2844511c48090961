import OrderedCollections

extension Expenditure {
    /// The indicator with code `text`, looked up by key: a GET of one indicator then copies
    /// one indicator, not the list of all of them (a tenth of a GET's time in the profile).
    public func indicator(_ text: String) -> Indicator? {
        guard let code = try? Code(text) else { return nil }
        return indicators[code]
    }
}

extension Expenditure {
    /// The score the report printed for a group, if entered.
    public func printedScore(of group: IndicatorGroup) -> ExactNumber? { groupScores[group] }
}
