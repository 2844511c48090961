import Foundation
import JixiaoJournal
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A fresh directory under the system's temporary folder, removed when the test ends.
func withTemporaryDirectory(_ body: (String) throws -> Void) throws {
    var template = Array("\(NSTemporaryDirectory())/jixiao-journal-tests-XXXXXX".utf8CString)
    let path = try #require(
        template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }.map { String(cString: $0) }
    )
    defer { try? FileManager.default.removeItem(atPath: path) }
    try body(path)
}

@Suite struct StateDirectoryTests {
    typealias J = Journal
    static let firstSegment = "00000000000000000001.jxj"

    private func contents(_ file: String) throws -> [UInt8] {
        [UInt8](try #require(FileManager.default.contents(atPath: file)))
    }

    private func overwrite(_ file: String, with bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: file))
    }

    private func replayAll(_ path: String) throws -> ([JournalRecord], StateDirectory.ReplayReport) {
        let directory = try StateDirectory(path: path)
        var records: [JournalRecord] = []
        let report = try directory.replay { records.append($0) }
        return (records, report)
    }

    private func write(_ batches: [[JournalRecord]], to path: String, nextSequence: Int64 = 1) throws {
        let directory = try StateDirectory(path: path)
        _ = try directory.replay { _ in }
        let writer = try directory.openWriter(nextSequence: nextSequence)
        for batch in batches { try writer.append(batch) }
        try writer.close()
    }

    @Test func freshDirectoryReplaysNothing() throws {
        try withTemporaryDirectory { root in
            let path = root + "/state"
            let directory = try StateDirectory(path: path)
            #expect(directory.journalPath == path + "/journal")
            #expect(try directory.segmentNames() == [])
            var visited = 0
            let report = try directory.replay { _ in visited += 1 }
            #expect(visited == 0)
            #expect(report.records == 0)
            #expect(report.lastSequence == 0)
            #expect(report.cutTail == nil)
            #expect(FileManager.default.fileExists(atPath: path + "/lock"))
        }
    }

    @Test func appendedRecordsAreReplayedAfterReopening() throws {
        try withTemporaryDirectory { path in
            do {
                let directory = try StateDirectory(path: path)
                #expect(try directory.replay { _ in }.lastSequence == 0)
                let writer = try directory.openWriter(nextSequence: 1)
                #expect(writer.length == 0)
                try writer.append([J.three[0]])
                try writer.append([J.three[1], J.three[2]])
                #expect(writer.length == J.bytes(J.three).count)
                #expect(writer.bytesWritten == J.bytes(J.three).count)
                #expect(writer.path == path + "/journal/" + Self.firstSegment)
                try writer.close()
            }
            let (records, report) = try replayAll(path)
            #expect(records == J.three)
            #expect(report.records == 3)
            #expect(report.lastSequence == 3)
            #expect(report.cutTail == nil)
            #expect(try contents(path + "/journal/" + Self.firstSegment) == J.bytes(J.three))
        }
    }

    @Test func reopenedWriterAppendsAfterTheLastRecord() throws {
        try withTemporaryDirectory { path in
            try write([[J.three[0], J.three[1]]], to: path)
            do {
                let directory = try StateDirectory(path: path)
                let report = try directory.replay { _ in }
                let writer = try directory.openWriter(nextSequence: report.lastSequence + 1)
                #expect(writer.length == J.bytes(Array(J.three.prefix(2))).count)
                #expect(writer.bytesWritten == 0)
                try writer.append([J.three[2]])
                try writer.close()
                #expect(try directory.segmentNames() == [Self.firstSegment])
            }
            #expect(try replayAll(path).0 == J.three)
        }
    }

    @Test func firstSegmentIsNamedByTheNextSequence() throws {
        try withTemporaryDirectory { path in
            let records = [J.record(7, ["PING"]), J.record(8, ["PING"])]
            try write([records], to: path, nextSequence: 7)
            let (read, report) = try replayAll(path)
            #expect(read == records)
            #expect(report.lastSequence == 8)
            #expect(try StateDirectory(path: path).segmentNames() == ["00000000000000000007.jxj"])
        }
    }

    @Test(
        arguments: [
            (1, "00000000000000000001.jxj"), (1234, "00000000000000001234.jxj"),
            (Int64.max, "09223372036854775807.jxj"),
        ] as [(Int64, String)]
    )
    func segmentNamesSortInSequenceOrder(sequence: Int64, name: String) {
        #expect(StateDirectory.segmentName(startingAt: sequence) == name)
    }

    @Test func tornTailIsCutOffOnDiskAndAppendsContinueAfterIt() throws {
        try withTemporaryDirectory { path in
            let file = path + "/journal/" + Self.firstSegment
            try write([[J.three[0], J.three[1]]], to: path)
            let whole = J.bytes(Array(J.three.prefix(2)))
            let partial = Array(J.three[2].encoded.prefix(17))
            try overwrite(file, with: whole + partial)

            let (records, report) = try replayAll(path)
            #expect(records == Array(J.three.prefix(2)))
            #expect(report.lastSequence == 2)
            let cut = try #require(report.cutTail)
            #expect(cut.file == Self.firstSegment)
            #expect(cut.offset == whole.count)
            #expect(cut.bytes == partial.count)
            #expect(cut.reason == "the last record's header is incomplete")
            #expect(try contents(file) == whole)

            #expect(try replayAll(path).1.cutTail == nil)
            try write([[J.three[2]]], to: path, nextSequence: 3)
            #expect(try replayAll(path).0 == J.three)
            #expect(try contents(file) == J.bytes(J.three))
        }
    }

    @Test func damagedMiddleRecordRefusesReplayAndLeavesTheFileAlone() throws {
        try withTemporaryDirectory { path in
            let file = path + "/journal/" + Self.firstSegment
            try write([J.three], to: path)
            var bytes = J.bytes(J.three)
            let offsets = J.offsets(J.three)
            bytes[offsets[2] - 3] ^= 0x20
            try overwrite(file, with: bytes)
            #expect(
                throws: JournalError.corrupt(
                    file: Self.firstSegment,
                    offset: offsets[1],
                    reason: "checksum mismatch in record 2"
                )
            ) { try replayAll(path) }
            #expect(try contents(file) == bytes)
        }
    }

    /// See `JournalScannerTests.inflatedLineCountInAMiddleRecordIsCorruptionNotATornTail`: on
    /// disk, the misread tail is truncated and two acknowledged records are lost.
    @Test func damagedLineCountInAMiddleRecordDoesNotTruncateAcknowledgedRecords() throws {
        try withTemporaryDirectory { path in
            let file = path + "/journal/" + Self.firstSegment
            try write([J.three], to: path)
            var bytes = J.bytes(J.three)
            let headerEnd = J.offsets(J.three)[1] + J.three[1].encoded.firstIndex(of: 0x0A)!
            try #require(bytes[headerEnd - 10] == UInt8(ascii: "2"))
            bytes[headerEnd - 10] = UInt8(ascii: "9")
            try overwrite(file, with: bytes)
            #expect(throws: JournalError.self) { try replayAll(path) }
            #expect(try contents(file) == bytes, "the journal was truncated")
        }
    }

    @Test func secondOpenWhileTheFirstIsAliveIsLocked() throws {
        try withTemporaryDirectory { path in
            let first = try StateDirectory(path: path)
            withExtendedLifetime(first) {
                _ = #expect(throws: JournalError.locked(path: path)) { try StateDirectory(path: path) }
            }
        }
    }

    @Test func lockIsReleasedWhenTheDirectoryIsDropped() throws {
        try withTemporaryDirectory { path in
            do { _ = try StateDirectory(path: path) }
            let again = try StateDirectory(path: path)
            #expect(again.path == path)
        }
    }

    @Test func errorThrownByTheVisitorStopsTheReplay() throws {
        struct Stop: Error, Equatable {}
        try withTemporaryDirectory { path in
            try write([J.three], to: path)
            let directory = try StateDirectory(path: path)
            var visited: [Int64] = []
            #expect(throws: Stop()) {
                _ = try directory.replay { record in
                    visited.append(record.sequence)
                    if record.sequence == 2 { throw Stop() }
                }
            }
            #expect(visited == [1, 2])
        }
    }
}
