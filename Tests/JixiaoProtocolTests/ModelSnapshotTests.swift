import Foundation
import JixiaoCore
import JixiaoProtocol
import Testing

@Suite struct ModelSnapshotTests {
    /// ``ModelExportTests/session`` and then what `EXPORT` alone cannot bring back: items
    /// deleted from the middle and the end of a counter, a year reopened and submitted
    /// again, a locked year, a rule set changed after it was made, objects changed long
    /// after they were made.
    static let session =
        ModelExportTests.session + [
            "RULESET CREATE strict label=严格 decimals=1",
            "RULESET UPDATE strict label=更严格",
            "YEAR UPDATE hongjiang 2023 ruleset=strict",
            "PAYMENT ADD hongjiang 2024 jicha date=2024-07-01 amount=5000元",
            "PAYMENT ADD hongjiang 2024 jicha date=2024-07-02 amount=6000元",
            "PAYMENT ADD hongjiang 2024 jicha date=2024-07-03 amount=7000元",
            "PAYMENT DELETE hongjiang 2024 jicha 4",
            "GOAL ADD hongjiang 2024 jicha text=末项",
            "GOAL DELETE hongjiang 2024 jicha 5",
            "YEAR SUBMIT hongjiang 2023",
            "YEAR REOPEN hongjiang 2023 reason=补录",
            "YEAR SUBMIT hongjiang 2023",
            "YEAR SUBMIT zhongxin 2024",
            "YEAR REOPEN zhongxin 2024 reason=更正",
            "UNIT UPDATE hongjiang level=县",
            "INDICATOR UPDATE hongjiang 2024 dept peixun actual=4次",
            "ALLOCATION SET zhongxin 2024 dept per_capita=1元",
            "ALLOCATION SET zhongxin 2024 dept per_capita=",
        ]

    @Test func aSnapshotRebuildsTheModelExactly() throws {
        let state = try ModelExportTests.loaded(Self.session)
        let lines = ModelSnapshot.lines(state)
        #expect(lines.first == "RESTORE SEQ \(state.sequence)")
        #expect(lines.last == "RESTORE END")
        let restored = try ModelSnapshot.restore(lines)
        #expect(restored == state)
        #expect(ModelSnapshot.lines(restored) == lines)
    }

    @Test func revisionsAndItemIdsSurviveASnapshot() throws {
        let state = try ModelExportTests.loaded(Self.session)
        let restored = try ModelSnapshot.restore(ModelSnapshot.lines(state))
        let jicha = ExpenditureKey(ModelExportTests.hongjiang, ModelExportTests.y2024, .project(try Code("jicha")))
        #expect(try restored.expenditure(jicha).paymentList.map(\.id) == [2, 3])
        #expect(try restored.expenditure(jicha).nextID == 6)
        #expect(
            restored.revision(of: .unit(ModelExportTests.hongjiang))
                == state.revision(of: .unit(ModelExportTests.hongjiang))
        )
        #expect(restored.ruleSets == state.ruleSets)
        #expect(try restored.year(ModelExportTests.hongjiang, FiscalYear(2023)).status == .submitted)
        #expect(try restored.year(ModelExportTests.hongjiang, FiscalYear(2023)).reopenReason == "补录")
    }

    /// Every example bureau, loaded one after the other as the daemon's `--load-if-empty` does.
    @Test func theExampleDataSurvivesASnapshot() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Protocol/examples")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jx") }
        var lines: [String] = []
        for name in names.sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        let state = try ModelExportTests.loaded(lines)
        #expect(state.unitCount >= 4)
        #expect(try ModelSnapshot.restore(ModelSnapshot.lines(state)) == state)
    }

    @Test func anEmptyModelMakesASnapshotToo() throws {
        var state = ModelState()
        state.advance(to: 7)
        let lines = ModelSnapshot.lines(state)
        #expect(lines == ["RESTORE SEQ 7", "RESTORE END"])
        #expect(try ModelSnapshot.restore(lines) == state)
    }

    @Test func aSnapshotCutShortIsRefused() throws {
        let state = try ModelExportTests.loaded(Self.session)
        let lines = ModelSnapshot.lines(state)
        #expect(throws: ModelSnapshot.LoadError.self) { try ModelSnapshot.restore(Array(lines.dropLast())) }
        #expect(throws: ModelSnapshot.LoadError.self) { try ModelSnapshot.restore(Array(lines.dropFirst())) }
    }

    @Test func aClientCannotSendRestoreLines() {
        #expect(throws: ProtocolError.self) { try CommandParser.parse("RESTORE SEQ 5") }
        do {
            _ = try CommandParser.parse("restore rev 1 UNIT hongjiang")
        } catch {
            #expect(error.code == .unknownCommand)
            #expect(error.message.contains("snapshot"))
        }
    }
}
