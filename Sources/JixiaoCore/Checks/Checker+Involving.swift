import OrderedCollections

extension Checker {
    /// The findings of a unit-year that involve one object, in the order the whole check
    /// gives them: what ``check(_:of:owner:rules:)`` of the object's expenditure (its year,
    /// for a year) finds, kept where ``Finding/involved`` holds `object`.
    ///
    /// The reply to a change carries these. An indicator is involved only in the checks of
    /// the indicator table (its own row, its group's weights, the total), of the scores and
    /// of completeness, so for an indicator only those run (the scorer once); the funds,
    /// lines, payments and summary checks, which name lines, payments, adjustments and the
    /// expenditure, are left out. Any other object gets the whole check of its scope.
    public func findings(
        involving object: ObjectKey,
        in year: UnitYear,
        of unit: Code,
        rules: RuleSet = .standard
    ) -> [Finding] {
        let found: [Finding]
        switch object {
        case .part(let key, .indicator(let code)) where key.unit == unit && key.year == year.year:
            let expenditure: Expenditure
            switch key.owner {
            case .department: expenditure = year.department
            case .project(let code):
                guard let project = year.projects[code] else { return [] }
                expenditure = project.expenditure
            }
            found = indicatorTableFindings(expenditure, key: key, in: year, rules: rules, only: code)
                .filter { year.disabledChecks[$0.rule.rawValue] == nil }
        case .part(let key, _), .expenditure(let key):
            found = check(year, of: unit, owner: key.owner, rules: rules)
        case .year, .unit:
            found = check(year, of: unit, rules: rules)
        }
        return found.filter { $0.involved.contains(object) }
    }

    /// The findings of ``check(_:key:in:rules:)`` that can name an indicator, in its order:
    /// the indicator table, the scores and completeness, after the same turn of sums over a
    /// table printed in part into notes.
    /// With `only`, the rows and lines of other indicators are not checked: their findings
    /// name only themselves.
    func indicatorTableFindings(
        _ expenditure: Expenditure,
        key: ExpenditureKey,
        in year: UnitYear,
        rules: RuleSet,
        only: Code? = nil
    ) -> [Finding] {
        let score = Scorer(rules: rules).score(expenditure, key: key, in: year)
        let findings =
            checkIndicators(expenditure, key: key, score: score, rules: rules, only: only)
            + checkScores(expenditure, key: key, score: score, rules: rules, only: only)
            + checkCompleteness(expenditure, key: key, only: only)
        return unverifiable(findings, of: expenditure, score: score)
    }
}
