import OrderedCollections

extension Checker {
    /// The findings of a unit-year that involve one object, in the order the whole check
    /// gives them: what ``check(_:of:owner:rules:)`` of the object's expenditure (its year,
    /// for a year) finds, kept where ``Finding/involved`` holds `object`.
    ///
    /// The reply to a change carries these. An indicator is involved only in the checks of
    /// the indicator table (its own row, its group's weights, the total), of the scores and
    /// of completeness, so for an indicator only those run, over the parts of the score they
    /// read of it (``Scorer/score(_:of:key:in:)``: its own line, not every line); the funds,
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
            found = touchedIndicatorFindings(code, of: expenditure, key: key, in: year, rules: rules)
                .filter { year.disabledChecks[$0.rule.rawValue] == nil }
        case .part(let key, _), .expenditure(let key):
            found = check(year, of: unit, owner: key.owner, rules: rules)
        case .year, .unit:
            found = check(year, of: unit, rules: rules)
        }
        return found.filter { $0.involved.contains(object) }
    }

    /// The findings of ``check(_:key:in:rules:)`` that can name the indicator `code`, in its
    /// order: the indicator table (its row, its groups' weights, the printed total), its
    /// score line and its completeness, after the same turn of sums over a table printed
    /// in part into notes. The other checks of these tables name only other rows, the
    /// groups or the expenditure, so they do not run, and no other line is scored.
    func touchedIndicatorFindings(
        _ code: Code,
        of expenditure: Expenditure,
        key: ExpenditureKey,
        in year: UnitYear,
        rules: RuleSet
    ) -> [Finding] {
        guard let touched = Scorer(rules: rules).score(code, of: expenditure, key: key, in: year) else { return [] }
        let indicator = touched.indicator
        var findings = check(indicator, line: touched.line, key: key)
        for (group, weight) in touched.groups {
            guard let printed = expenditure.groups[group] else { continue }
            let members = expenditure.indicators.values.filter { Scorer.isMember($0, of: group) }
            if let finding = groupWeightMismatch(group, weight: weight, printed: printed, members, key: key) {
                findings.append(finding)
            }
        }
        // The printed total's finding names the indicators that apply.
        if !indicator.notApplicable {
            let applicable = expenditure.indicators.values.filter { !$0.notApplicable }
            findings += checkTotal(expenditure, applicable: applicable, key: key, rules: rules)
        }
        findings += check(touched.line, indicator: indicator, key: key, rules: rules)
        findings += checkCompleteness(expenditure, key: key, only: code)
        return unverifiable(findings, of: expenditure, weightTotal: touched.weightTotal)
    }
}
