import OrderedCollections

/// The consistency checker (审核): finds arithmetic and logic errors in what a report
/// states, by recomputing every total, share, rate and score from the figures.
///
/// Pure: it reads a ``ModelState`` and returns ``Finding``s; the daemon runs it on demand
/// and after every change.
public struct Checker: Sendable {
    /// The thresholds.
    public var settings: CheckSettings

    /// A checker with the given settings.
    public init(settings: CheckSettings = CheckSettings()) { self.settings = settings }

    /// Every finding in scope: everything, a unit, a unit-year, or one expenditure.
    public func check(
        _ state: ModelState,
        unit: Code? = nil,
        year: FiscalYear? = nil,
        owner: Owner? = nil
    ) -> [Finding] {
        var findings: [Finding] = []
        for found in state.units.values where unit == nil || found.code == unit {
            for unitYear in found.years.values where year == nil || unitYear.year == year {
                let rules = (try? state.ruleSet(of: unitYear)) ?? .standard
                findings += check(unitYear, of: found.code, owner: owner, rules: rules)
            }
        }
        return findings
    }

    /// The findings of one unit-year (or one of its expenditures), without those of rules
    /// the unit-year has switched off; scores and grades are judged by the year's rule set.
    public func check(_ year: UnitYear, of unit: Code, owner: Owner? = nil, rules: RuleSet = .standard) -> [Finding] {
        var findings: [Finding] = []
        if owner == nil { findings += checkStaffing(year, of: unit) }
        if owner == nil || owner == .department {
            findings += check(
                year.department,
                key: ExpenditureKey(unit, year.year, .department),
                in: year,
                rules: rules
            )
        }
        for project in year.projects.values where owner == nil || owner == .project(project.code) {
            let key = ExpenditureKey(unit, year.year, .project(project.code))
            findings += check(project.expenditure, key: key, in: year, rules: rules) + checkBalance(project, key: key)
        }
        return findings.filter { year.disabledChecks[$0.rule.rawValue] == nil }
    }

    /// The findings of one expenditure of a unit-year. Scores, weights and completion are
    /// the scorer's (one source of truth): the checker reads its lines, never re-derives them.
    public func check(
        _ expenditure: Expenditure,
        key: ExpenditureKey,
        in year: UnitYear,
        rules: RuleSet = .standard
    ) -> [Finding] {
        let score = Scorer(rules: rules).score(expenditure, key: key, in: year)
        let findings =
            checkBudget(expenditure, key: key) + checkLines(expenditure, key: key)
            + checkIndicators(expenditure, key: key, score: score, rules: rules)
            + checkScores(expenditure, key: key, score: score, rules: rules)
            + checkCompleteness(expenditure, key: key) + checkAllocation(expenditure, key: key)
            + checkPayments(expenditure, key: key) + checkScoreOnExecution(expenditure, key: key, rules: rules)
        return unverifiable(findings, of: expenditure, weightTotal: score.weightTotal)
    }

    private func checkStaffing(_ year: UnitYear, of unit: Code) -> [Finding] {
        var findings: [Finding] = []
        let key = ObjectKey.year(unit, year.year)
        let staffing = year.staffing
        if let printed = staffing.printedControlRate {
            findings += rateFindings(
                PrintedRate(
                    printed: printed,
                    numerator: staffing.actual.map { Int128($0) },
                    denominator: staffing.authorized.map { Int128($0) },
                    basis:
                        "实有人数\(staffing.actual.map(String.init) ?? "未填")/编制数\(staffing.authorized.map(String.init) ?? "未填")",
                    label: "控制率"
                ),
                object: key
            )
        }
        if let actual = staffing.actual, let authorized = staffing.authorized, actual > authorized {
            findings.append(
                Finding(
                    .staffingOverAuthorized,
                    key,
                    reported: "\(actual)",
                    computed: "\(authorized)",
                    zh: "实有人数\(actual)超过编制数\(authorized)",
                    en: "\(actual) staff against \(authorized) authorised posts"
                )
            )
        }
        return findings
    }

    private func checkAllocation(_ expenditure: Expenditure, key: ExpenditureKey) -> [Finding] {
        guard let rule = expenditure.allocation, let total = rule.shareTotal, total != ExactNumber(100) else {
            return []
        }
        return [
            Finding(
                .allocationShares,
                .part(key, .allocation),
                reported: "\(total)%",
                computed: "100%",
                zh: "各级分担比例合计\(total)%，应为100%",
                en: "the levels' shares add up to \(total)%, not 100%"
            )
        ]
    }
}

/// Comparing printed figures with computed ones at the printed precision: a figure that is
/// right to the decimals the report printed is right.
enum Printed {
    /// Whether a printed percentage equals a computed ratio rounded half-up to as many
    /// decimals as were printed.
    static func matches(_ printed: ExactNumber, _ computed: Ratio) -> Bool {
        computed.rounded(times: 100, decimals: printed.scale) == printed.scaled(to: printed.scale)
    }

    /// Whether a printed score equals a computed one rounded to the printed decimals.
    static func matches(_ printed: ExactNumber, _ computed: ExactNumber) -> Bool {
        guard let ratio = computed.ratio(over: ExactNumber(1)) else { return false }
        return ratio.rounded(decimals: printed.scale) == printed.scaled(to: printed.scale)
    }
}

extension Printed {
    /// Whether a printed score is above (1), at (0) or below (−1) a computed one rounded
    /// half-up to the printed decimals.
    static func order(_ printed: ExactNumber, _ computed: Ratio) -> Int {
        let shown = computed.rounded(decimals: printed.scale)
        let value = printed.scaled(to: printed.scale)
        return value == shown ? 0 : (value > shown ? 1 : -1)
    }
}
