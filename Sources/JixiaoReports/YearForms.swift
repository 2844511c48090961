public import JixiaoCore

/// The forms of one unit-year, built from the model, scored by the year's rule set, with the
/// checker's findings for the compare view.
public struct YearForms: Sendable {
    /// The unit.
    public let unit: Unit
    /// The year.
    public let year: UnitYear
    /// The year's rule set.
    public let rules: RuleSet
    /// The checker's findings about the year.
    public let findings: [Finding]
    /// Each expenditure's score, the department's first.
    public let scores: [(Owner, ExpenditureScore)]

    /// Scores the year's expenditures.
    public init(unit: Unit, year: UnitYear, rules: RuleSet, findings: [Finding]) {
        self.unit = unit
        self.year = year
        self.rules = rules
        self.findings = findings
        let scorer = Scorer(rules: rules)
        var scores: [(Owner, ExpenditureScore)] = [
            (
                .department,
                scorer.score(year.department, key: ExpenditureKey(unit.code, year.year, .department), in: year)
            )
        ]
        for project in year.projectList {
            let key = ExpenditureKey(unit.code, year.year, .project(project.code))
            scores.append((.project(project.code), scorer.score(project.expenditure, key: key, in: year)))
        }
        self.scores = scores
    }

    /// An expenditure's score.
    public func score(_ owner: Owner) -> ExpenditureScore? { scores.first { $0.0 == owner }?.1 }

    /// The forms asked for: every form of the year (基础数据表, 部门整体, each project) when
    /// `owner` is `nil`; the department's two or a project's one otherwise; `base` or
    /// `evaluation` narrows to one kind.
    /// - Throws: ``DomainError/notFound(_:)`` for an unknown project.
    public func forms(owner: Owner?, base: Bool?) throws(DomainError) -> [Form] {
        var forms: [Form] = []
        let wantBase = base ?? true
        let wantEvaluation = !(base ?? false)
        if owner == nil || owner == .department {
            if wantBase { forms.append(baseForm()) }
            if wantEvaluation { forms.append(evaluationForm(.department)!) }
        }
        if owner == nil, wantEvaluation {
            forms += year.projectList.compactMap { evaluationForm(.project($0.code)) }
        }
        if case .project(let code) = owner {
            guard let form = evaluationForm(.project(code)) else {
                throw .notFound(.project(unit.code, year.year, code))
            }
            if wantEvaluation { forms.append(form) }
        }
        return forms
    }

    /// The findings about one expenditure (its parts included).
    func findings(of key: ExpenditureKey) -> [Finding] {
        findings.filter { finding in
            switch finding.object {
            case .expenditure(let found), .part(let found, _): found == key
            default: false
            }
        }
    }

    /// A review note for a finding.
    static func note(_ number: Int, _ finding: Finding) -> String {
        "※\(number) [\(finding.severity.rawValue)] \(finding.rule.rawValue)：\(finding.messageZH)"
    }
}

/// Printed figures against Jixiao's.
enum Compare {
    /// A printed score against the score that counts: equal only when exactly equal (scores
    /// are rounded to two decimals, so a printed 5 for 4.59 is a difference).
    static func score(_ printed: ExactNumber?, _ final: ExactNumber?) -> (String?, Bool) {
        guard let printed else { return (nil, false) }
        return (printed.plain, final.map { $0 != printed } ?? true)
    }

    /// A printed percentage against a computed rate, at the decimals printed (92.1 % for
    /// 92.11 % is right).
    static func rate(_ printed: ExactNumber?, _ computed: Ratio?) -> (String?, Bool) {
        guard let printed else { return (nil, false) }
        guard let computed else { return ("\(printed.plain)%", true) }
        let shown = (computed * Ratio(whole: 100)).rounded(toDecimals: printed.scale)
        return ("\(printed.plain)%", shown != printed)
    }

    /// A computed rate as the forms show it: `166.02%`, or 不适用.
    static func rate(_ rate: Ratio?) -> String { rate.map { "\($0.percentText)%" } ?? "不适用" }

    /// Money for a cell: 万元 with two decimals, empty when not entered.
    static func money(_ money: Money?) -> String { money?.wanRounded ?? "" }
}
