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
    /// The seeds, then the corpus of real reports (`Tests/Fixtures/reports`).
    static let scripts: [String] = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        var paths: [String] = []
        for folder in ["Protocol/examples", "Tests/Fixtures/reports"] {
            let directory = parts.joined(separator: "/") + "/" + folder
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            paths += names.filter { $0.hasSuffix(".jx") }.sorted().map { directory + "/" + $0 }
        }
        return paths
    }()

    private static func load(_ path: String) throws -> (ModelState, Int64) {
        var state = ModelState()
        var sequence: Int64 = 0
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            guard case .change(let change)? = try? CommandParser.parse(String(line)) else { continue }
            sequence += 1
            try state.apply(change, sequence: sequence)
        }
        return (state, sequence)
    }

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
        let (state, _) = try Self.load(path)
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

    @Test(arguments: scripts)
    func afterRandomIndicatorChangesTheTouchedIndicatorsPartsAreTheWholeScores(path: String) throws {
        var (state, sequence) = try Self.load(path)
        var random = SplitMix64(seed: UInt64(truncatingIfNeeded: path.utf8.reduce(5381) { $0 &* 33 &+ Int($1) }))
        let fields = Self.values.keys.sorted()
        for _ in 0..<20 {
            var indicators: [(unit: Code, year: FiscalYear, owner: String, code: Code)] = []
            for unit in state.unitList {
                for year in unit.yearList {
                    var owners: [(String, Expenditure)] = [(Owner.departmentWord, year.department)]
                    owners += year.projectList.map { ($0.code.text, $0.expenditure) }
                    for (owner, expenditure) in owners {
                        indicators += expenditure.indicatorList.map { (unit.code, year.year, owner, $0.code) }
                    }
                }
            }
            guard let (unit, year, owner, indicator) = indicators.randomElement(using: &random) else { return }
            var assignments: [String] = []
            for field in fields.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random)) {
                assignments.append("\(field)=\"\(Self.values[field]!.randomElement(using: &random)!)\"")
            }
            let line = "INDICATOR UPDATE \(unit) \(year) \(owner) \(indicator) \(assignments.joined(separator: " "))"
            guard case .change(let change) = try CommandParser.parse(line) else {
                Issue.record("not a change: \(line)")
                continue
            }
            do {
                try state.apply(change, sequence: sequence + 1)
            } catch {
                continue
            }
            sequence += 1
            _ = try Self.compareEverywhere(state, "\((path as NSString).lastPathComponent): \(line)")
        }
    }
}

/// A small seeded generator, so that a failing round can be run again.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
