import Foundation
import JixiaoCore
import JixiaoProtocol
import Testing

/// The reply to a change of one indicator reads only the parts of its expenditure's score
/// about it (``Scorer/score(_:of:key:in:)``: its line, the weights' total, its groups'
/// weights). One source of truth, as a property over the seeds in `Protocol/examples`, the
/// corpus of real reports and random changes of their indicators (weights, groups, names,
/// directions, measures): for every indicator, each part is exactly what the whole score
/// (``Scorer/score(_:key:in:)``) has.
@Suite struct TouchedIndicatorScoreTests {
    static let scripts = ReportCorpus.scripts

    /// Compares the touched indicator's parts with the whole score for every indicator of
    /// the model; the count of indicators compared.
    private static func compareEverywhere(_ state: ModelState, _ context: String) throws -> Int {
        var compared = 0
        for unit in state.unitList {
            for year in unit.yearList {
                let rules = try state.ruleSet(of: year)
                let scorer = Scorer(rules: rules)
                var expenditures = [(ExpenditureKey(unit.code, year.year, .department), year.department)]
                for project in year.projectList {
                    expenditures.append(
                        (ExpenditureKey(unit.code, year.year, .project(project.code)), project.expenditure)
                    )
                }
                for (key, expenditure) in expenditures {
                    let whole = scorer.score(expenditure, key: key, in: year)
                    for indicator in expenditure.indicatorList {
                        let subject = "\(context): \(key) \(indicator.code)"
                        guard let touched = scorer.score(indicator.code, of: expenditure, key: key, in: year) else {
                            Issue.record("\(subject): no touched score")
                            continue
                        }
                        #expect(touched.indicator == indicator, "\(subject)")
                        #expect(touched.line == whole.line(indicator.code), "\(subject)")
                        #expect(touched.weightTotal == whole.weightTotal, "\(subject)")
                        #expect(touched.weightTotal.plain == whole.weightTotal.plain, "\(subject)")
                        let groups = whole.groups.filter {
                            $0.group == IndicatorGroup(level1: indicator.level1) || $0.group == indicator.group
                        }
                        #expect(touched.groups.map(\.group) == groups.map(\.group), "\(subject)")
                        #expect(touched.groups.map(\.weight) == groups.map(\.weight), "\(subject)")
                        #expect(touched.groups.map(\.weight.plain) == groups.map(\.weight.plain), "\(subject)")
                        compared += 1
                    }
                    #expect(scorer.score(try Code("none-such"), of: expenditure, key: key, in: year) == nil)
                }
            }
        }
        return compared
    }

    @Test func everySeedAndReportIsCompared() {
        #expect(Self.scripts.filter { $0.contains("Protocol/examples/0") }.count >= 5)
        #expect(Self.scripts.count >= 20)
    }

    @Test(arguments: scripts)
    func theTouchedIndicatorsPartsAreTheWholeScores(path: String) throws {
        let (state, _) = try ReportCorpus.load(path)
        let compared = try Self.compareEverywhere(state, (path as NSString).lastPathComponent)
        if path.hasSuffix("002-hongjiang-2024.jx") { #expect(compared > 0, "the seed has indicators to compare") }
    }

    /// Values that move an indicator between groups, directions, weights and measures.
    static let values: [String: [String]] = [
        "level1": ["产出指标", "效益指标", "满意度指标", "新一级"],
        "level2": ["", "数量指标", "质量指标", "成本指标", "新二级"],
        "name": ["投诉率", "群众满意度", "培训次数", "运行成本", "“三公”经费变动率"],
        "nature": ["正向", "反向", "≥", "≤", "=", "定性"],
        "measure": DepartmentMeasure.names,
        "actual": ["", "30次", "18次", "218个", "100%", "95%", "0.96", "良好"],
        "target": ["≥20次", "≤200个", "100%", "20次", "良好", "≤15万元"],
        "weight": ["", "0", "5", "10", "12.5", "20.50"],
        "not_applicable": ["yes", "no"],
        "override_score": ["", "3"],
    ]

    @Test(arguments: ReportCorpus.withIndicators)
    func afterRandomIndicatorChangesTheTouchedIndicatorsPartsAreTheWholeScores(path: String) throws {
        var compared = 0
        let applied = try ReportCorpus.applyingRandomIndicatorUpdates(
            to: path,
            rounds: 20,
            values: Self.values
        ) { state, _, line in
            compared += try Self.compareEverywhere(state, "\((path as NSString).lastPathComponent): \(line)")
        }
        // Some values are refused on purpose (level names outside the vocabulary, weights
        // that break a band): at least 8 of the 20 applied in each script when this was written;
        // none applying must fail.
        #expect(applied >= 5, "random changes apply")
        #expect(compared > 0)
    }
}
