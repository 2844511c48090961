/// The durability keys: `fsync`, `fsync_delay`, `snapshot_every`, `journal_retention`.
///
/// All four are read at start-up only. A reload (SIGHUP) does not change them: switching
/// the fsync policy under waiting writers, or retention under a snapshot being written, is
/// not worth the risk; the daemon logs that a restart is needed when the file changed them.
extension ConfigValues {
    /// The keys, in the order `--check-config` prints them.
    public static let durabilityKeys = ["fsync", "fsync_delay", "snapshot_every", "journal_retention"]

    /// The largest `snapshot_every`.
    public static let longestSnapshotInterval = 1_000_000_000

    /// Sets one durability key from the file's text.
    /// - Throws: ``ConfigValueError`` naming the accepted values.
    public mutating func setDurability(_ key: String, _ value: String) throws(ConfigValueError) {
        switch key {
        case "fsync":
            guard value == "always" || value == "batch" else {
                throw ConfigValueError("fsync takes always or batch, not '\(value.prefix(40))'")
            }
            fsync = value
        case "fsync_delay":
            guard let number = Int(value), (1...FsyncPolicy.longestBatchDelay).contains(number) else {
                throw ConfigValueError("fsync_delay must be from 1 to \(FsyncPolicy.longestBatchDelay) milliseconds")
            }
            fsyncDelay = number
        case "snapshot_every":
            guard let number = Int(value), (0...Self.longestSnapshotInterval).contains(number) else {
                throw ConfigValueError(
                    "snapshot_every must be a number of records from 0 (never by itself) to \(Self.longestSnapshotInterval)"
                )
            }
            snapshotEvery = number
        default:
            journalRetention = try JournalRetention(parsing: value)
        }
    }

    /// The fsync policy these values give (`always` unless `fsync = batch`).
    /// - Throws: ``ConfigValueError`` for a bad mode or delay.
    public func fsyncPolicy() throws(ConfigValueError) -> FsyncPolicy {
        switch fsync ?? "always" {
        case "always": return .always
        case "batch":
            let delay = fsyncDelay ?? 100
            guard (1...FsyncPolicy.longestBatchDelay).contains(delay) else {
                throw ConfigValueError("fsync delay must be from 1 to \(FsyncPolicy.longestBatchDelay) milliseconds")
            }
            return .batch(milliseconds: delay)
        case let other: throw ConfigValueError("fsync takes always or batch, not '\(other.prefix(40))'")
        }
    }

    /// The snapshot settings these values give.
    public var snapshotSettings: SnapshotSettings {
        SnapshotSettings(
            every: Int64(snapshotEvery ?? Int(SnapshotSettings.defaultEvery)),
            retention: journalRetention ?? .all
        )
    }

    var durabilityLines: [String] {
        var lines: [String] = []
        if let fsync { lines.append("fsync = \(fsync)") }
        if let fsyncDelay { lines.append("fsync_delay = \(fsyncDelay)") }
        if let snapshotEvery { lines.append("snapshot_every = \(snapshotEvery)") }
        if let journalRetention { lines.append("journal_retention = \(journalRetention)") }
        return lines
    }
}
