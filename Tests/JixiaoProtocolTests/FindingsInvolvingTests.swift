import Foundation
import JixiaoCore
import JixiaoProtocol
import Testing

/// The findings a change's reply carries are worked out only from the checks that can name
/// the object it touched (``Checker/findings(involving:in:of:rules:)``). As a property over
/// the seeds in `Protocol/examples`, the corpus of real reports and random indicator changes
/// on top of them: for every
/// object, they are exactly what the whole check of its expenditure (or year) finds and
/// names it, in the same order — what every reply carried before.
@Suite struct FindingsInvolvingTests {
    static let scripts = ReportCorpus.scripts

    static let withIndicators = ReportCorpus.withIndicators

    /// The findings about `object` as the whole check of its scope gives them.
    private static func byWholeCheck(
        _ object: ObjectKey,
        in year: UnitYear,
        of unit: Code,
        rules: RuleSet
    )
        -> [Finding]
    {
        let owner: Owner?
        switch object {
        case .part(let key, _), .expenditure(let key): owner = key.owner
        case .year, .unit: owner = nil
        }
        return Checker().check(year, of: unit, owner: owner, rules: rules).filter { $0.involved.contains(object) }
    }

    /// Every object of a unit-year a change can touch: the year, each expenditure, and each
    /// of their indicators, lines, groups, payments and adjustments.
    private static func objects(of year: UnitYear, unit: Code, rules: RuleSet) -> [ObjectKey] {
        var keys: [ObjectKey] = [.year(unit, year.year)]
        var expenditures = [(ExpenditureKey(unit, year.year, .department), year.department)]
        for project in year.projectList {
            expenditures.append((ExpenditureKey(unit, year.year, .project(project.code)), project.expenditure))
        }
        for (key, expenditure) in expenditures {
            keys.append(.expenditure(key))
            keys += expenditure.indicatorList.map { .part(key, .indicator($0.code)) }
            keys += expenditure.lineList.map { .part(key, .line($0.item)) }
            keys += expenditure.paymentList.map { .part(key, .payment($0.id)) }
            keys += expenditure.adjustmentList.map { .part(key, .adjustment($0.id)) }
            let groups = Scorer(rules: rules).score(expenditure, key: key, in: year).groups
            keys += groups.map { .part(key, .group($0.group)) }
        }
        return keys
    }

    /// Compares both ways of finding for every object of every unit-year; the count of
    /// findings compared, so that a test over a model without any cannot pass unseen.
    private static func compareEverywhere(_ state: ModelState, _ context: String) throws -> Int {
        var compared = 0
        for unit in state.unitList {
            for year in unit.yearList {
                let rules = try state.ruleSet(of: year)
                for object in objects(of: year, unit: unit.code, rules: rules) {
                    let incremental = Checker().findings(involving: object, in: year, of: unit.code, rules: rules)
                    let whole = byWholeCheck(object, in: year, of: unit.code, rules: rules)
                    #expect(incremental == whole, "\(context): \(object)")
                    compared += whole.count
                }
            }
        }
        return compared
    }

    @Test func everySeedAndReportIsCompared() {
        #expect(Self.scripts.filter { $0.contains("Protocol/examples/0") }.count >= 5)
        #expect(Self.withIndicators.count >= 10)
    }

    @Test(arguments: scripts)
    func aSeedsFindingsAboutEachObjectAreTheWholeChecksFindingsAboutIt(path: String) throws {
        let (state, _) = try ReportCorpus.load(path)
        let compared = try Self.compareEverywhere(state, (path as NSString).lastPathComponent)
        if path.hasSuffix("002-hongjiang-2024.jx") { #expect(compared > 0, "the seed has findings to compare") }
    }

    /// Values that move an indicator between met, unmet, over-scored, unscorable, not
    /// applicable, a unit mismatch and a bare decimal, between groups and directions.
    static let values: [String: [String]] = [
        "level1": ["产出指标", "效益指标", "满意度指标"],
        "level2": ["", "数量指标", "质量指标", "成本指标"],
        "nature": ["正向", "反向", "≤"],
        "actual": ["", "30次", "18次", "218个", "100%", "95%", "0.96", "良好", "降低", "840.87万元", "0"],
        "target": ["≥20次", "≤200个", "100%", "≥95%", "良好", "≤15万元", "降低"],
        "weight": ["", "0", "5", "10", "20", "12.5"],
        "score": ["", "0", "4", "5", "8", "10", "25"],
        "deviation": ["", "因疫情影响未完成"],
        "not_applicable": ["yes", "no"],
        "override_score": ["", "3"],
        "override_reason": ["", "专家评议"],
    ]

    @Test(arguments: withIndicators)
    func afterRandomIndicatorChangesTheFindingsAboutEachObjectAreTheWholeChecks(path: String) throws {
        var compared = 0
        let applied = try ReportCorpus.applyingRandomIndicatorUpdates(
            to: path,
            rounds: 25,
            values: Self.values
        ) { state, round, line in
            compared += try Self.compareEverywhere(
                state,
                "\((path as NSString).lastPathComponent) round \(round): \(line)"
            )
        }
        #expect(applied >= 10, "most random changes apply")
        #expect(compared > 0)
    }
}
