/// Which commands are answered from the model alone, and so can be asked of the past (`AT`).
extension Command {
    /// Whether the command only reads the model: `AT` may wrap it.
    public var isModelQuery: Bool {
        switch self {
        case .get, .list, .export, .check, .checkRules, .funds, .rollup, .monitor, .monthly, .score, .table, .report,
            .ruleSet, .ruleSets:
            true
        default:
            false
        }
    }
}
