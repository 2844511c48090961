import Foundation
import JixiaoCore
import JixiaoJournal
import JixiaoProtocol
import JixiaoServer
import Testing

/// Replay applies each record in place (`ModelState.applyReplaying`) instead of through
/// `apply`'s prepare and commit: the model it builds must be the one `apply` builds, and it
/// must refuse exactly the changes `apply` refuses, with the same error.
@Suite struct ReplayInPlaceTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The change lines of every example file, in order (comments and queries left out).
    static func exampleChanges() throws -> [Change] {
        let folder = packageRoot.appendingPathComponent("Protocol/examples")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jx") }
        var changes: [Change] = []
        for name in names.sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if case .change(let change)? = try CommandParser.parse(String(line)) { changes.append(change) }
            }
        }
        return changes
    }

    /// Lines touching every kind of change replay handles in place, refused ones among them
    /// (a missing unit, year, project or indicator, a duplicate, a bad value, a rule set that
    /// does not exist, a year submitted or reopened twice, a deleted project updated).
    static let mixedLines = [
        "RULESET CREATE strict decimals=1",
        "UNIT CREATE a name=甲",
        "UNIT CREATE a name=重复",
        "YEAR CREATE a 2024 staff_authorized=10",
        "YEAR CREATE a 2024",
        "YEAR CREATE missing 2024",
        "YEAR CREATE a 2025 ruleset=nosuch",
        "YEAR UPDATE a 2024 staff_actual=9",
        "YEAR UPDATE a 2023 staff_actual=9",
        "YEAR UPDATE a 2024 staff_actual=x",
        "YEAR UPDATE a 2024 ruleset=strict",
        "PROJECT CREATE a 2024 p name=项目 budget_initial=10万元",
        "PROJECT CREATE a 2024 p name=又一个",
        "PROJECT UPDATE a 2024 p executed=3万元",
        "PROJECT UPDATE a 2024 q executed=3万元",
        "PROJECT UPDATE a 2024 p executed=abc",
        "PROJECT UPDATE a 2022 p executed=1元",
        "PROJECT UPDATE b 2024 p executed=1元",
        "DEPT UPDATE a 2024 budget_initial=100万元",
        "DEPT UPDATE a 2026 budget_initial=100万元",
        "INDICATOR CREATE a 2024 p i1 level1=产出指标 level2=数量指标 name=培训次数 target=≥12次 weight=10",
        "INDICATOR UPDATE a 2024 p i1 actual=14次 score=10",
        "INDICATOR UPDATE a 2024 p i1 weight=abc",
        "INDICATOR UPDATE a 2024 p i2 actual=1次",
        "PAYMENT ADD a 2024 p date=2024-07-01 amount=1元",
        "PAYMENT DELETE a 2024 p 1",
        "YEAR UPDATE a 2024 ruleset=default",
        "YEAR SUBMIT a 2024",
        "YEAR SUBMIT a 2024",
        "YEAR REOPEN a 2024 reason=更正",
        "YEAR REOPEN a 2024 reason=再次",
        "PROJECT DELETE a 2024 p",
        "PROJECT UPDATE a 2024 p executed=1元",
        "UNIT UPDATE a level=县",
    ]

    /// Applies `changes` both ways, change by change, comparing refusals, and returns the
    /// two models (the in-place one restarted from `apply`'s after each refusal, as replay
    /// would have stopped there).
    static func applyBothWays(_ changes: [Change]) -> (ordinary: ModelState, replayed: ModelState, refused: [Int]) {
        var ordinary = ModelState()
        var replayed = ModelState()
        var refused: [Int] = []
        for (index, change) in changes.enumerated() {
            let sequence = Int64(index + 1)
            var ordinaryError: DomainError?
            var replayError: DomainError?
            do { try ordinary.apply(change, sequence: sequence) } catch { ordinaryError = error }
            do { try replayed.applyReplaying(change, sequence: sequence) } catch { replayError = error }
            #expect(ordinaryError == replayError, "change \(sequence): \(change)")
            if ordinaryError != nil {
                refused.append(index + 1)
                replayed = ordinary
            }
            ordinary.advance(to: sequence)
            replayed.advance(to: sequence)
        }
        return (ordinary, replayed, refused)
    }

    @Test func theExamplesReplayedInPlaceGiveTheModelApplyGives() throws {
        let changes = try Self.exampleChanges()
        #expect(changes.count > 300)
        let (ordinary, replayed, refused) = Self.applyBothWays(changes)
        #expect(refused.isEmpty)
        #expect(replayed == ordinary)
        #expect(ModelExport.lines(replayed) == ModelExport.lines(ordinary))
    }

    @Test func refusedChangesAreRefusedInPlaceWithTheSameErrors() throws {
        let changes = try Self.mixedLines.map { line throws -> Change in
            guard case .change(let change)? = try CommandParser.parse(line) else {
                throw ProtocolError(.internal, line)
            }
            return change
        }
        let (ordinary, replayed, refused) = Self.applyBothWays(changes)
        #expect(refused == [3, 5, 6, 7, 9, 10, 13, 15, 16, 17, 18, 20, 23, 24, 29, 31, 33])
        #expect(replayed == ordinary)
    }

    /// A journal of the harness's start-up shape (projects, then many updates of them) and of
    /// indicators, loaded by `StateLoader`, equals the model `apply` builds from its lines.
    @Test func aGeneratedJournalLoadsToTheModelApplyBuilds() throws {
        var lines: [String] = []
        for unit in 0..<4 {
            lines.append("UNIT CREATE u\(unit) name=单位\(unit)")
            lines.append("YEAR CREATE u\(unit) 2024")
            for project in 0..<3 {
                lines.append("PROJECT CREATE u\(unit) 2024 p\(project) name=项目\(project)")
                for indicator in 0..<3 {
                    lines.append(
                        "INDICATOR CREATE u\(unit) 2024 p\(project) i\(indicator) level1=产出指标 level2=数量指标 "
                            + "name=指标\(indicator) target=≥\(indicator + 1)次 weight=5"
                    )
                }
            }
        }
        for n in 0..<300 {
            let unit = n % 4
            let project = n / 4 % 3
            switch n % 3 {
            case 0: lines.append("PROJECT UPDATE u\(unit) 2024 p\(project) executed=\(n)元")
            case 1: lines.append("INDICATOR UPDATE u\(unit) 2024 p\(project) i\(n % 3) actual=\(n)次 score=\(n % 6)")
            default: lines.append("DEPT UPDATE u\(unit) 2024 budget_initial=\(n)万元")
            }
        }
        let path = NSTemporaryDirectory() + "/jixiao-replay-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let directory = try StateDirectory(path: path)
        let writer = try directory.openWriter(nextSequence: 1)
        var ordinary = ModelState()
        for (index, line) in lines.enumerated() {
            let sequence = Int64(index + 1)
            try writer.append([
                JournalRecord(sequence: sequence, timestamp: Timestamp(milliseconds: 0), author: "t", lines: [line])
            ])
            guard case .change(let change)? = try CommandParser.parse(line) else {
                throw ProtocolError(.internal, line)
            }
            try ordinary.apply(change, sequence: sequence)
        }
        try writer.close()
        let loaded = try StateLoader.load(statePath: path, cutTornTail: false)
        #expect(loaded.records == lines.count)
        #expect(loaded.state == ordinary)
    }
}
