import JixiaoCore

/// Building indicators, expenditures and rule sets for the scoring tests.
enum ScoringFixture {
    /// An indicator with the fields given as the protocol writes them.
    static func indicator(_ fields: [String: String], code: String = "x") throws -> Indicator {
        var indicator = Indicator(code: try Code(code), revision: 1)
        let order = [
            "level1", "level2", "name", "target", "actual", "weight", "score", "deviation", "not_applicable",
            "completion", "override_score", "override_reason", "measure",
        ]
        var values = ["level1": "产出指标", "level2": "数量指标", "name": "指标\(code)"]
        values.merge(fields) { _, new in new }
        for key in order { if let value = values[key] { try indicator.assign(key, value) } }
        return indicator
    }

    /// A quantitative or qualitative indicator: target, actual, weight.
    static func indicator(_ target: String, _ actual: String, weight: String = "10") throws -> Indicator {
        try indicator(["target": target, "actual": actual, "weight": weight])
    }

    /// A rule set with settings changed from the default.
    static func rules(_ settings: [String: String] = [:]) throws -> RuleSet {
        var rules = RuleSet(name: try Code("test"), revision: 1)
        for (key, value) in settings.sorted(by: { $0.key < $1.key }) { try rules.assign(key, value) }
        try rules.validate()
        return rules
    }

    /// The project every fixture expenditure is.
    static let key = ExpenditureKey(try! Code("u"), try! FiscalYear(2024), .project(try! Code("p")))

    /// An expenditure with an execution row and indicators, in order, built the way the
    /// daemon builds it: by applying changes to a model.
    static func expenditure(
        budget: String = "100万元",
        executed: String = "100万元",
        executionWeight: String? = "10",
        _ indicators: [Indicator]
    ) throws -> Expenditure {
        var state = ModelState()
        var figures = [FieldAssignment("name", "项目"), FieldAssignment("budget_full", budget)]
        figures.append(FieldAssignment("executed", executed))
        if let executionWeight { figures.append(FieldAssignment("execution_weight", executionWeight)) }
        var changes: [Change] = [
            .create(.unit(key.unit), [FieldAssignment("name", "单位")]), .create(.year(key.unit, key.year), []),
            .create(.expenditure(key), figures),
        ]
        for indicator in indicators {
            changes.append(.create(.part(key, .indicator(indicator.code)), indicator.assignments))
        }
        for (index, change) in changes.enumerated() { try state.apply(change, sequence: Int64(index + 1)) }
        return try state.expenditure(key)
    }

    /// Scores an expenditure as a project of an empty year.
    static func score(_ expenditure: Expenditure, rules: RuleSet = .standard) throws -> ExpenditureScore {
        let year = UnitYear(year: try FiscalYear(2024), revision: 1)
        return Scorer(rules: rules).score(expenditure, key: key, in: year)
    }

    /// A number from its text.
    static func number(_ text: String) -> ExactNumber { ExactNumber(parsing: text)! }
}
