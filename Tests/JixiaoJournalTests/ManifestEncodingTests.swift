import JixiaoJournal
import Testing

/// The manifest's text form, and reading past damage to name exactly the records lost.
@Suite struct ManifestEncodingTests {
    static let sample: Manifest = {
        var manifest = Manifest()
        manifest.reserved = 1016
        manifest.openIsClean = true
        manifest.segments = [
            Manifest.Segment(
                name: StateDirectory.segmentName(startingAt: 1),
                first: 1,
                last: 16,
                open: false,
                bytes: 900,
                checksum: 0xDEAD_BEEF
            ),
            Manifest.Segment(name: StateDirectory.segmentName(startingAt: 17), first: 17, last: 21, open: true),
        ]
        manifest.snapshots = [
            Manifest.Snapshot(name: StateDirectory.snapshotName(at: 16), sequence: 16, bytes: 300, checksum: 7)
        ]
        let at = Timestamp(milliseconds: 1_700_000_000_000)
        manifest.removed = [
            Manifest.Removal(kind: "snapshot", name: StateDirectory.snapshotName(at: 8), first: 8, last: 8, at: at)
        ]
        manifest.losses = [Manifest.Loss(first: 22, last: 30, at: at, files: ["journal/a.jxj", "snapshots/b.jxs"])]
        return manifest
    }()

    @Test func aManifestReadsBackEqual() throws {
        #expect(try Manifest(decoding: Self.sample.encoded) == Self.sample)
        #expect(try Manifest(decoding: Manifest().encoded) == Manifest())
    }

    @Test func aChangedOrCutManifestIsRefused() {
        var bytes = Self.sample.encoded
        bytes[30] ^= 0x01
        #expect(throws: JournalError.self) { try Manifest(decoding: bytes) }
        #expect(throws: JournalError.self) { try Manifest(decoding: Array(Self.sample.encoded.dropLast(12))) }
    }

    @Test func salvageNamesTheOneDamagedRecordAndAnEndCutShort() {
        let records = (1...6).map {
            JournalRecord(
                sequence: Int64($0),
                timestamp: Timestamp(milliseconds: 0),
                author: "a",
                lines: ["UNIT CREATE u\($0) name=x"]
            )
        }
        var bytes = records.flatMap(\.encoded)
        let third = records[0].encoded.count + records[1].encoded.count + 20
        bytes[third] ^= 0x01
        let salvage = JournalScanner.salvage(bytes, expectedSequence: 1, expectedLast: 6)
        #expect(salvage.lost == [3...3])
        #expect(salvage.lastBeforeDamage == 2)
        let cut = records.prefix(4).flatMap(\.encoded)
        #expect(JournalScanner.salvage(cut, expectedSequence: 1, expectedLast: 6).lost == [5...6])
        #expect(ManifestAudit.Problem.describe([3...3]) == "record 3")
        #expect(ManifestAudit.Problem.describe([17...21]) == "records 17–21")
        #expect(ManifestAudit.Problem.describe([17...1016], lastIsBound: true) == "records 17 to at most 1016")
    }
}
