import Foundation
import JixiaoCore
import JixiaoJournal
import JixiaoProtocol
import JixiaoServer
import Testing

/// `StateLoader`: a snapshot and the records after it give the same model (`==`) as the
/// journal replayed, at the end and as of any sequence.
@Suite struct StateLoaderTests {
    /// Lines that make revisions, gaps in item ids, locks and rule sets worth checking.
    static let lines = [
        "RULESET CREATE strict decimals=1",
        "UNIT CREATE kz name=快照",
        "YEAR CREATE kz 2024",
        "PROJECT CREATE kz 2024 p name=项目",
        "PAYMENT ADD kz 2024 p date=2024-07-01 amount=1元",
        "PAYMENT ADD kz 2024 p date=2024-07-02 amount=2元",
        "PAYMENT DELETE kz 2024 p 1",
        "YEAR UPDATE kz 2024 ruleset=strict",
        "YEAR SUBMIT kz 2024",
        "YEAR REOPEN kz 2024 reason=更正",
        "PAYMENT ADD kz 2024 p date=2024-07-03 amount=3元",
        "UNIT UPDATE kz level=县",
    ]

    static func record(_ sequence: Int, _ line: String) -> JournalRecord {
        JournalRecord(sequence: Int64(sequence), timestamp: Timestamp(milliseconds: 0), author: "t", lines: [line])
    }

    /// The model after the first `count` lines, built by applying them one by one.
    static func replayed(_ count: Int) throws -> ModelState {
        var state = ModelState()
        for (index, line) in lines.prefix(count).enumerated() {
            guard case .change(let change)? = try CommandParser.parse(line) else {
                throw ProtocolError(.internal, line)
            }
            try state.apply(change, sequence: Int64(index + 1))
        }
        return state
    }

    /// A state directory with the first `snapshotAt` lines, a snapshot there, a new segment
    /// and the rest of the lines.
    static func makeState(_ path: String, snapshotAt: Int) throws {
        let directory = try StateDirectory(path: path)
        var writer = try directory.openWriter(nextSequence: 1)
        for index in 0..<snapshotAt { try writer.append([record(index + 1, lines[index])]) }
        writer = try directory.rollSegment(writer, nextSequence: Int64(snapshotAt + 1))
        _ = try StateDirectory.writeSnapshot(
            ModelSnapshot.lines(try replayed(snapshotAt)),
            at: Int64(snapshotAt),
            timestamp: Timestamp(milliseconds: 0),
            statePath: path
        )
        for index in snapshotAt..<lines.count { try writer.append([record(index + 1, lines[index])]) }
        try writer.close()
    }

    static func temporaryPath() -> String {
        NSTemporaryDirectory() + "/jixiao-loader-\(UInt32.random(in: 0...UInt32.max))"
    }

    @Test(arguments: [1, 6, 9, 12])
    func loadingFromASnapshotEqualsReplaying(snapshotAt: Int) throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.makeState(path, snapshotAt: snapshotAt)
        let loaded = try StateLoader.load(statePath: path, cutTornTail: false)
        #expect(loaded.snapshot == StateDirectory.snapshotName(at: Int64(snapshotAt)))
        #expect(loaded.records == Self.lines.count - snapshotAt)
        #expect(loaded.state == (try Self.replayed(Self.lines.count)))
    }

    @Test func theModelAsOfAnySequenceEqualsTheReplayToIt() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.makeState(path, snapshotAt: 6)
        for sequence in 0...Self.lines.count {
            let model = try StateLoader.model(asOf: Int64(sequence), statePath: path)
            #expect(model == (try Self.replayed(sequence)), "as of \(sequence)")
        }
    }

    @Test func aDamagedSnapshotFallsBackToTheWholeJournal() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.makeState(path, snapshotAt: 6)
        let file = path + "/snapshots/" + StateDirectory.snapshotName(at: 6)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        bytes[bytes.count - 3] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: file))
        let loaded = try StateLoader.load(statePath: path, cutTornTail: false)
        #expect(loaded.snapshot == nil)
        #expect(loaded.refusedSnapshots.count == 1)
        #expect(loaded.state == (try Self.replayed(Self.lines.count)))
        // Without the segments from record 1 there is no consistent path: refused.
        try FileManager.default.removeItem(atPath: path + "/journal/" + StateDirectory.segmentName(startingAt: 1))
        #expect(throws: StateLoaderError.self) { try StateLoader.load(statePath: path, cutTornTail: false) }
    }
}
