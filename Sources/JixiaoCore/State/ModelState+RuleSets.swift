import OrderedCollections

extension ModelState {
    /// The rule set with this name: a bureau's own, or the built-in `default`.
    /// - Throws: ``DomainError/ruleSetNotFound(_:)``.
    public func ruleSet(named name: Code) throws(DomainError) -> RuleSet {
        if name.text == RuleSet.defaultName { return .standard }
        guard let found = ruleSets[name] else { throw .ruleSetNotFound(name.text) }
        return found
    }

    /// The rule set a unit-year's forms are scored by.
    /// - Throws: ``DomainError/ruleSetNotFound(_:)`` (never, in a model built by changes).
    public func ruleSet(of year: UnitYear) throws(DomainError) -> RuleSet {
        guard let name = year.ruleSet else { return .standard }
        return try ruleSet(named: name)
    }

    /// Every rule set, the built-in one first.
    public var ruleSetList: [RuleSet] { [.standard] + ruleSets.values }

    /// The rule sets the bureau made, in the order they were made.
    public var bureauRuleSets: [RuleSet] { Array(ruleSets.values) }

    /// The unit-years that pick a rule set, as paths (`hongjiang/2024`).
    public func years(using name: Code) -> [String] {
        units.values.flatMap { unit in
            unit.years.values.filter { $0.ruleSet == name }.map { "\(unit.code)/\($0.year)" }
        }
    }

    /// The rule sets after a rule-set change.
    func ruleSetsAfter(_ change: Change, sequence: Int64) throws(DomainError) -> OrderedDictionary<Code, RuleSet> {
        var sets = ruleSets
        switch change {
        case .createRuleSet(let name, let from, let assignments):
            if name.text == RuleSet.defaultName || sets[name] != nil { throw .ruleSetExists(name.text) }
            let source = try ruleSet(named: from ?? (try! Code(RuleSet.defaultName)))
            var created = RuleSet(copying: source, as: name, revision: sequence)
            try created.assign(assignments)
            try created.validate()
            sets[name] = created
        case .updateRuleSet(let name, let assignments):
            try Self.refuseBuiltIn(name)
            guard var found = sets[name] else { throw .ruleSetNotFound(name.text) }
            try found.assign(assignments)
            try found.validate()
            found.revision = sequence
            try checkScoring(everywhereUsing: found)
            sets[name] = found
        case .deleteRuleSet(let name):
            try Self.refuseBuiltIn(name)
            guard sets[name] != nil else { throw .ruleSetNotFound(name.text) }
            let users = years(using: name)
            if !users.isEmpty { throw .ruleSetInUse(name.text, years: users) }
            sets.removeValue(forKey: name)
        default:
            break
        }
        return sets
    }

    private static func refuseBuiltIn(_ name: Code) throws(DomainError) {
        guard name.text != RuleSet.defaultName else {
            throw .badValue(
                field: "ruleset",
                value: name.text,
                reason: "the built-in rule set cannot be changed or deleted; copy it: RULESET CREATE name from=default"
            )
        }
    }

    /// Checks a unit-year against its rule set: the set exists, and every operator score
    /// lies in its band under it.
    func checkScoring(_ year: UnitYear, of unit: Code) throws(DomainError) {
        let rules = try ruleSet(of: year)
        try Self.checkScoring(year, of: unit, rules: rules)
    }

    /// Checks every unit-year that uses a changed rule set.
    private func checkScoring(everywhereUsing rules: RuleSet) throws(DomainError) {
        for unit in units.values {
            for year in unit.years.values where year.ruleSet == rules.name {
                try Self.checkScoring(year, of: unit.code, rules: rules)
            }
        }
    }

    private static func checkScoring(_ year: UnitYear, of unit: Code, rules: RuleSet) throws(DomainError) {
        let department = ExpenditureKey(unit, year.year, .department)
        for indicator in year.department.indicators.values {
            try checkScoring(indicator, key: department, rules: rules)
        }
        for project in year.projects.values {
            let key = ExpenditureKey(unit, year.year, .project(project.code))
            for indicator in project.expenditure.indicators.values {
                try checkScoring(indicator, key: key, rules: rules)
            }
        }
    }

    /// Checks one indicator's scoring fields: a computed measure only on the department's
    /// form, an operator's score only within its band.
    static func checkScoring(_ indicator: Indicator, key: ExpenditureKey, rules: RuleSet) throws(DomainError) {
        if let measure = indicator.measure, key.owner != .department {
            throw .badValue(
                field: "measure",
                value: measure.rawValue,
                reason: "computed indicators are the department's (部门整体支出) only"
            )
        }
        do {
            try Scorer(rules: rules).checkOverride(indicator)
        } catch {
            guard case .badValue(let field, let value, let reason) = error else { throw error }
            throw .badValue(
                field: field,
                value: value,
                reason: "\(ObjectKey.part(key, .indicator(indicator.code))) under rule set \(rules.name): \(reason)"
            )
        }
    }
}
