import JixiaoCore
import JixiaoJournal

/// `jixiaod --verify DIR`: checks a state directory without starting a server and without
/// changing it: every record's checksum, the sequence numbers (no gaps, no repeats, across
/// segments), and that every record applies to the model, as start-up would.
///
/// It takes no lock, so it may run beside a daemon; records appended while it reads may
/// then show as a torn tail.
public enum StateVerifier {
    /// What a verification found.
    public struct Report: Sendable {
        /// Segment files read.
        public var segments: Int
        /// Records read and applied.
        public var records: Int
        /// The last sequence (0 for an empty journal).
        public var lastSequence: Int64
        /// Units in the model the records build.
        public var units: Int
        /// A torn last record (what a crash mid-append leaves; the daemon cuts it at
        /// start-up), described, if there is one.
        public var tornTail: String?
    }

    /// Verifies the state directory at `path`.
    /// - Returns: what was found when the journal is sound.
    /// - Throws: ``JournalError`` (damage, gaps, I/O) or ``ServerError/replay(sequence:line:reason:)``
    ///   (a record the model refuses).
    public static func verify(path: String) throws -> Report {
        let journal = path + "/journal"
        let segments = try StateDirectory.segmentNames(in: journal)
        var state = ModelState()
        let report = try StateDirectory.replay(journalPath: journal, cutTornTail: false) { record in
            try StateExecutor.apply(record, to: &state)
        }
        let torn = report.cutTail.map {
            "\($0.file) ends in a torn record at byte \($0.offset) (\($0.bytes) bytes, \($0.reason)); "
                + "jixiaod cuts it at start-up"
        }
        return Report(
            segments: segments.count,
            records: report.records,
            lastSequence: report.lastSequence,
            units: state.unitCount,
            tornTail: torn
        )
    }
}
