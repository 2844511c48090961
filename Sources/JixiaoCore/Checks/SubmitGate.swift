/// What stands in the way of submitting a unit-year (报送): the checker's error findings and
/// the lines the scorer cannot score. `YEAR SUBMIT` is refused while any stands, unless the
/// submit is forced with a recorded reason.
public struct SubmitGate: Sendable, Equatable {
    /// The error findings.
    public let errors: Int
    /// The applicable score lines without a score (a figure missing, a grade to choose), in
    /// expenditures that have an indicator table.
    public let unscorable: Int

    /// Whether nothing stands in the way.
    public var isClear: Bool { errors == 0 && unscorable == 0 }

    /// Works out the gate of a unit-year under its rule set.
    public init(_ year: UnitYear, of unit: Code, rules: RuleSet, checker: Checker = Checker()) {
        errors = checker.check(year, of: unit, rules: rules).filter { $0.severity == .error }.count
        let scorer = Scorer(rules: rules)
        var expenditures = [(ExpenditureKey(unit, year.year, .department), year.department)]
        for project in year.projectList {
            expenditures.append((ExpenditureKey(unit, year.year, .project(project.code)), project.expenditure))
        }
        unscorable = expenditures.filter { !$0.1.indicatorList.isEmpty }.reduce(0) { count, item in
            count
                + scorer.score(item.1, key: item.0, in: year).lines.filter { $0.isApplicable && $0.final == nil }.count
        }
    }

    /// `3个错误、2行无法计分`, for the refusal.
    public var description: String {
        "审核有\(errors)个错误、\(unscorable)行无法计分（\(errors) error finding(s), \(unscorable) line(s) that cannot be scored）"
    }
}
