import Foundation
import JixiaoCore
import JixiaoProtocol
import Testing

/// One source of truth, as a property over every real report entered (the seeds in
/// `Protocol/examples` and the fixtures in `Tests/Fixtures/reports`): for every line, the
/// checker's view of its weight, score and completion is the scorer's.
@Suite struct CheckerScorerAgreementTests {
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    /// Every report script, by path.
    static let scripts: [String] = {
        var paths: [String] = []
        for folder in ["Protocol/examples", "Tests/Fixtures/reports"] {
            let directory = root + "/" + folder
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            paths += names.filter { $0.hasSuffix(".jx") }.sorted().map { directory + "/" + $0 }
        }
        return paths
    }()

    private static func state(_ path: String) throws -> ModelState {
        var state = ModelState()
        var sequence: Int64 = 0
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            guard case .change(let change)? = try? CommandParser.parse(String(line)) else { continue }
            sequence += 1
            try state.apply(change, sequence: sequence)
        }
        return state
    }

    @Test func theSeedsAreAmongTheReports() {
        #expect(Self.scripts.filter { $0.contains("Protocol/examples/0") }.count >= 5)
    }

    @Test(arguments: scripts)
    func theCheckerSeesEveryLineAsTheScorerDoes(path: String) throws {
        let state = try Self.state(path)
        for unit in state.unitList {
            for year in unit.yearList {
                let rules = try state.ruleSet(of: year)
                let findings = Checker().check(year, of: unit.code, rules: rules)
                var expenditures = [(ExpenditureKey(unit.code, year.year, .department), year.department)]
                for project in year.projectList {
                    expenditures.append(
                        (ExpenditureKey(unit.code, year.year, .project(project.code)), project.expenditure)
                    )
                }
                for (key, expenditure) in expenditures {
                    let score = Scorer(rules: rules).score(expenditure, key: key, in: year)
                    let mine = findings.filter {
                        $0.object == .expenditure(key) || $0.object.description.hasPrefix("\(key)/")
                    }
                    try agree(mine, score, expenditure, key, path)
                }
            }
        }
    }

    private func agree(
        _ findings: [Finding],
        _ score: ExpenditureScore,
        _ expenditure: Expenditure,
        _ key: ExpenditureKey,
        _ path: String
    ) throws {
        let file = (path as NSString).lastPathComponent
        // Weights: the scorer's total, its default execution weight included.
        let weights = findings.first { $0.rule == .weightsSum }
        if expenditure.indicatorList.contains(where: { $0.weight != nil }) && !expenditure.isIncomplete {
            #expect((weights != nil) == (score.weightTotal != ExactNumber(100)), "\(file) \(key)")
            if let weights { #expect(weights.computed == score.weightTotal.plain, "\(file) \(key)") }
        }
        for (line, indicator) in zip(score.indicators, expenditure.indicatorList) {
            let object = ObjectKey.part(key, .indicator(indicator.code))
            let about = findings.filter { $0.object == object }
            let scoreRules: Set<CheckRule> = [.scoreOver, .scoreUnder, .unmetScoredFull]
            let judged = about.filter { scoreRules.contains($0.rule) }
            // Completion: the checker calls a line unmet, or met, exactly where the scorer does.
            if about.contains(where: { $0.rule == .missingDeviationReason }) {
                #expect(line.isUnmet, "\(file) \(object)")
            }
            // Met: a quantitative target reached, or a qualitative row the scorer grades 达成.
            if about.contains(where: { $0.rule == .metScoredBelow }) {
                let met = line.rule == .metFull || (line.rule == .qualitativeBand && line.completion == .met)
                #expect(met, "\(file) \(object)")
            }
            if about.contains(where: { $0.rule == .unmetScoredFull }) {
                #expect(line.isUnmet && line.final != line.weight, "\(file) \(object)")
            }
            // Score: a judgement names the scorer's figure, and there is one only where the
            // printed score differs from it at the printed precision.
            for finding in judged where finding.rule != .scoreUnder || line.completion == nil {
                if let exact = line.override.map({ Ratio($0) }) ?? line.exact, let printed = line.printed {
                    #expect(
                        finding.computed == exact.rounded(toDecimals: max(printed.scale, 2)).plain,
                        "\(file) \(object)"
                    )
                }
            }
            guard let printed = line.printed, let exact = line.override.map({ Ratio($0) }) ?? line.exact,
                line.final != nil, let weight = line.weight, printed <= weight, !line.isDirectionUnknown
            else {
                if line.isDirectionUnknown { #expect(judged.isEmpty, "\(file) \(object)") }
                continue
            }
            let shown = exact.rounded(toDecimals: printed.scale)
            let unmetFull = printed == weight && line.isUnmet
            if shown == printed && !unmetFull {
                #expect(judged.isEmpty, "\(file) \(object)")
            } else if Ratio(printed) > Ratio(shown) || unmetFull {
                #expect(judged.contains { $0.rule == .scoreOver || $0.rule == .unmetScoredFull }, "\(file) \(object)")
            }
        }
    }
}
