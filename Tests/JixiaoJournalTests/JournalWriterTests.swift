import Foundation
import JixiaoJournal
import Testing

/// Writing and syncing apart (group commit), and cutting back to the last sync after a fault.
@Suite struct JournalWriterTests {
    typealias J = Journal

    private func size(_ file: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: file)[.size] as? Int)
    }

    @Test func writesAreCountedAsUnsyncedUntilOneSyncCoversThemAll() throws {
        try withTemporaryDirectory { path in
            let directory = try StateDirectory(path: path)
            let writer = try directory.openWriter(nextSequence: 1)
            let records = (1...3).map { J.record(Int64($0), ["UNIT CREATE u\($0) name=单位"]) }
            for record in records { try writer.write([record]) }
            #expect(writer.hasUnsyncedBytes)
            #expect(writer.syncedLength == 0)
            #expect(writer.length == J.bytes(records).count)
            try writer.sync()
            #expect(!writer.hasUnsyncedBytes)
            #expect(writer.syncedLength == J.bytes(records).count)
            #expect(try size(writer.path) == J.bytes(records).count)
        }
    }

    @Test func aSegmentRemovedUnderTheWriterIsNeverSyncedAsIfItWereThere() throws {
        try withTemporaryDirectory { path in
            let directory = try StateDirectory(path: path)
            let writer = try directory.openWriter(nextSequence: 1)
            try writer.append([J.record(1, ["UNIT CREATE a name=甲"])])
            try FileManager.default.removeItem(atPath: writer.path)
            try writer.write([J.record(2, ["UNIT CREATE b name=乙"])])
            #expect {
                try writer.sync()
            } throws: { error in
                guard case .vanished = error as? JournalError else { return false }
                return true
            }
            #expect(writer.poisoned)
        }
    }

    @Test func aJournalFolderReplacedUnderTheWriterIsAStorageFault() throws {
        try withTemporaryDirectory { path in
            let directory = try StateDirectory(path: path)
            let writer = try directory.openWriter(nextSequence: 1)
            try FileManager.default.moveItem(atPath: path + "/journal", toPath: path + "/old-journal")
            try FileManager.default.createDirectory(atPath: path + "/journal", withIntermediateDirectories: false)
            try writer.write([J.record(1, ["UNIT CREATE a name=甲"])])
            #expect(throws: JournalError.self) { try writer.sync() }
            #expect(writer.syncedLength == 0)
        }
    }

    @Test func discardingCutsTheFileBackToTheLastSync() throws {
        try withTemporaryDirectory { path in
            let directory = try StateDirectory(path: path)
            let writer = try directory.openWriter(nextSequence: 1)
            let synced = J.record(1, ["UNIT CREATE a name=甲"])
            try writer.append([synced])
            try writer.write([J.record(2, ["UNIT CREATE b name=乙"])])
            #expect(try size(writer.path) > synced.encoded.count)
            try writer.discardUnsynced()
            #expect(writer.length == synced.encoded.count)
            #expect(try size(writer.path) == synced.encoded.count)
            // Appending goes on after the last synced record.
            try writer.append([J.record(2, ["UNIT CREATE c name=丙"])])
            let read = try StateDirectory.replay(journalPath: directory.journalPath, cutTornTail: false) { _ in }
            #expect(read.lastSequence == 2)
        }
    }

    @Test func aReopenedWriterStartsFromTheLastSyncedRecord() throws {
        try withTemporaryDirectory { path in
            let directory = try StateDirectory(path: path)
            let writer = try directory.openWriter(nextSequence: 1)
            let synced = J.record(1, ["UNIT CREATE a name=甲"])
            try writer.append([synced])
            try writer.write([J.record(2, ["UNIT CREATE b name=乙"])])
            let fresh = try writer.reopened()
            #expect(fresh.length == synced.encoded.count)
            #expect(fresh.syncedLength == synced.encoded.count)
            #expect(try size(writer.path) == synced.encoded.count)
            try fresh.append([J.record(2, ["UNIT CREATE c name=丙"])])
            var lines: [String] = []
            _ = try StateDirectory.replay(journalPath: directory.journalPath, cutTornTail: false) {
                lines += $0.lines
            }
            #expect(lines == ["UNIT CREATE a name=甲", "UNIT CREATE c name=丙"])
        }
    }

    @Test func syncedRecordsAreTheCheckedSyncedPrefix() throws {
        try withTemporaryDirectory { path in
            let directory = try StateDirectory(path: path)
            let writer = try directory.openWriter(nextSequence: 1)
            let synced = [J.record(1, ["UNIT CREATE a name=甲"]), J.record(2, ["UNIT CREATE b name=乙"])]
            try writer.append(synced)
            try writer.write([J.record(3, ["UNIT CREATE c name=丙"])])
            let backup = try writer.syncedRecords()
            #expect(backup.bytes == J.bytes(synced))
            #expect(backup.lastSequence == 2)
        }
    }
}
