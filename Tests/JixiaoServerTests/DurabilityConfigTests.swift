import JixiaoServer
import Testing

/// `fsync`, `fsync_delay`, `snapshot_every` and `journal_retention` in the configuration file.
@Suite struct DurabilityConfigTests {
    @Test func theDurabilityKeysAreRead() throws {
        let values = try ConfigFile.parse(
            "fsync = batch\nfsync_delay = 20\nsnapshot_every = 5000\njournal_retention = 3\n",
            path: "j.conf"
        )
        #expect(try values.fsyncPolicy() == .batch(milliseconds: 20))
        #expect(values.snapshotSettings == SnapshotSettings(every: 5000, retention: .snapshots(3)))
    }

    @Test func theDefaultsAreAlwaysAndEveryHundredThousandRecordsKeepingAll() throws {
        #expect(try ConfigValues.defaults.fsyncPolicy() == .always)
        #expect(ConfigValues.defaults.snapshotSettings == SnapshotSettings(every: 100_000, retention: .all))
    }

    @Test(arguments: [
        ("fsync = sometimes\n", "j.conf:1: fsync takes always or batch, not 'sometimes'"),
        ("fsync_delay = 0\n", "j.conf:1: fsync_delay must be from 1 to 1000 milliseconds"),
        (
            "snapshot_every = -1\n",
            "j.conf:1: snapshot_every must be a number of records from 0 (never by itself) to 1000000000"
        ),
        (
            "journal_retention = some\n",
            "j.conf:1: journal_retention takes all or a number of snapshots to keep (1 to 1000), got 'some'"
        ),
    ])
    func badValuesNameTheFileAndLine(text: String, message: String) {
        do {
            _ = try ConfigFile.parse(text, path: "j.conf")
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func retentionKeepsTheNewestSnapshotsAndTheSegmentsAfterTheOldestKept() {
        let segments = ["00000000000000000001.jxj", "00000000000000000101.jxj", "00000000000000000201.jxj"]
        let snapshots = ["00000000000000000100.jxs", "00000000000000000200.jxs"]
        #expect(JournalRetention.all.removable(segments: segments, snapshots: snapshots) == ([], []))
        let one = JournalRetention.snapshots(1).removable(segments: segments, snapshots: snapshots)
        #expect(one.segments == ["00000000000000000001.jxj", "00000000000000000101.jxj"])
        #expect(one.snapshots == ["00000000000000000100.jxs"])
        let two = JournalRetention.snapshots(2).removable(segments: segments, snapshots: snapshots)
        #expect(two.segments == ["00000000000000000001.jxj"])
        #expect(two.snapshots.isEmpty)
    }
}
