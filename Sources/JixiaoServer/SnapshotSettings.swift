import JixiaoJournal

/// When the daemon takes snapshots by itself, and which old journal segments and snapshots
/// it keeps (`snapshot_every`, `journal_retention`).
public struct SnapshotSettings: Sendable, Equatable {
    /// Records since the last snapshot after which the daemon takes one (0: only on `SNAPSHOT`).
    public var every: Int64
    /// What stays on disk after a snapshot.
    public var retention: JournalRetention

    /// The default: a snapshot every 100,000 records, everything kept.
    public static let defaultEvery: Int64 = 100_000

    /// Creates settings.
    public init(every: Int64 = defaultEvery, retention: JournalRetention = .all) {
        self.every = every
        self.retention = retention
    }
}

/// Which journal segments and snapshots survive a snapshot.
///
/// History and "as of" queries replay segments, so removing them removes the past they
/// hold: with `snapshots(n)`, nothing before the oldest kept snapshot can be replayed, and
/// `jixiaod --verify` can no longer check the kept snapshots against a replay from record 1.
public enum JournalRetention: Sendable, Equatable, CustomStringConvertible {
    /// Keep every segment and every snapshot (the default).
    case all
    /// Keep the newest `n` snapshots and the segments holding records after the oldest of
    /// them; remove older snapshots and segments whose records all precede it.
    case snapshots(Int)

    /// Reads `all` or a number of snapshots (1 to 1000).
    /// - Throws: ``ConfigValueError``.
    public init(parsing text: String) throws(ConfigValueError) {
        if text == "all" {
            self = .all
            return
        }
        guard let count = Int(text), (1...1000).contains(count) else {
            throw ConfigValueError(
                "journal_retention takes all or a number of snapshots to keep (1 to 1000), got '\(text.prefix(40))'"
            )
        }
        self = .snapshots(count)
    }

    public var description: String {
        switch self {
        case .all: "all"
        case .snapshots(let count): String(count)
        }
    }

    /// The files to remove, given the files there are.
    /// - Parameters:
    ///   - segments: the segment names, in order.
    ///   - snapshots: the snapshot names, oldest first.
    /// - Returns: the segments and snapshots to remove; never the last segment.
    public func removable(segments: [String], snapshots: [String]) -> (segments: [String], snapshots: [String]) {
        guard case .snapshots(let count) = self, snapshots.count >= 1 else { return ([], []) }
        let kept = snapshots.suffix(count)
        guard let oldest = kept.first.flatMap(StateDirectory.sequence(ofFile:)) else { return ([], []) }
        var removable: [String] = []
        // A segment may go when the next one starts at or before the oldest kept snapshot's
        // next record: everything it holds is in that snapshot.
        for (name, next) in zip(segments, segments.dropFirst()) {
            guard let start = StateDirectory.sequence(ofFile: next), start <= oldest + 1 else { break }
            removable.append(name)
        }
        return (removable, Array(snapshots.dropLast(count)))
    }
}
