import Foundation
import JixiaoCore
import JixiaoProtocol

/// The seeds in `Protocol/examples` and the corpus of real reports (`Tests/Fixtures/reports`)
/// as models, and random indicator updates on top of them: the ground of the property tests
/// that compare a fast path of the reply (``Checker/findings(involving:in:of:rules:)``,
/// ``Scorer/score(_:of:key:in:)``) with the whole computation.
enum ReportCorpus {
    /// The seeds, then the reports.
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

    /// The scripts with an indicator table, for random changes of indicators.
    static let withIndicators: [String] = scripts.filter {
        (try? String(contentsOfFile: $0, encoding: .utf8))?.contains("\nINDICATOR CREATE ") == true
    }

    /// The model a script builds (its lines that parse as changes, each applied) and the
    /// last sequence number used.
    static func load(_ path: String) throws -> (ModelState, Int64) {
        var state = ModelState()
        var sequence: Int64 = 0
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            guard case .change(let change)? = try? CommandParser.parse(String(line)) else { continue }
            sequence += 1
            try state.apply(change, sequence: sequence)
        }
        return (state, sequence)
    }

    /// A generator seeded by the script's path, so that a failing round can be run again.
    private static func generator(for path: String) -> Generator {
        Generator(seed: UInt64(truncatingIfNeeded: path.utf8.reduce(5381) { $0 &* 33 &+ Int($1) }))
    }

    /// An `INDICATOR UPDATE` of a random indicator of `state` setting one to three of
    /// `values`' fields to one of their values; `nil` when the model has no indicator.
    private static func randomIndicatorUpdate(
        of state: ModelState,
        values: [String: [String]],
        using random: inout Generator
    ) -> String? {
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
        guard let (unit, year, owner, indicator) = indicators.randomElement(using: &random) else { return nil }
        var assignments: [String] = []
        for field in values.keys.sorted().shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random)) {
            assignments.append("\(field)=\"\(values[field]!.randomElement(using: &random)!)\"")
        }
        return "INDICATOR UPDATE \(unit) \(year) \(owner) \(indicator) \(assignments.joined(separator: " "))"
    }

    /// Loads the script at `path` and applies up to `rounds` random indicator updates of
    /// `values` (seeded by the path), calling `afterEach` with the model, the round and the
    /// line after every update the model accepts (refused ones are skipped: some values are
    /// refused on purpose). Returns how many updates were applied, so that a test can fail
    /// when none of its random changes apply.
    static func applyingRandomIndicatorUpdates(
        to path: String,
        rounds: Int,
        values: [String: [String]],
        afterEach: (ModelState, Int, String) throws -> Void
    ) throws -> Int {
        var (state, sequence) = try load(path)
        var random = generator(for: path)
        var applied = 0
        for round in 0..<rounds {
            guard let line = randomIndicatorUpdate(of: state, values: values, using: &random) else { break }
            guard case .change(let change) = try CommandParser.parse(line) else {
                throw ProtocolError(.internal, "a random update did not parse as a change: \(line)")
            }
            do {
                try state.apply(change, sequence: sequence + 1)
            } catch {
                continue
            }
            sequence += 1
            applied += 1
            try afterEach(state, round, line)
        }
        return applied
    }
}
