#if canImport(Glibc)
import Glibc
#endif

/// The state directory held against its manifest: which listed files are missing or
/// changed, and which records that loses.
public enum ManifestAudit {
    /// A listed file that is not as the manifest says.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// The file, relative to the state directory (`journal/….jxj`, `snapshots/….jxs`).
        public var file: String
        /// What is wrong (`missing`, `damaged …`).
        public var what: String
        /// The records no file gives any more.
        public var lost: [ClosedRange<Int64>]
        /// Whether the last lost record is only an upper bound (the open segment lost after
        /// a crash: numbers up to the reservation may have been acknowledged).
        public var lastIsBound: Bool = false
        /// For a damaged segment: the bytes before the first damage, and their last sequence.
        public var validPrefix: (bytes: Int, last: Int64)?
        /// For a damaged segment: the last whole record in it, after the damage too.
        public var lastRecord: Int64?

        public static func == (lhs: Problem, rhs: Problem) -> Bool {
            lhs.file == rhs.file && lhs.what == rhs.what && lhs.lost == rhs.lost && lhs.lastIsBound == rhs.lastIsBound
        }

        /// The records lost, for people: `records 17–21`, `records 17 to at most 1016`, `no records`.
        public var lostText: String { Self.describe(lost, lastIsBound: lastIsBound) }

        public var description: String { "\(file) is \(what): \(lostText) lost" }

        /// Ranges of records for people.
        public static func describe(_ ranges: [ClosedRange<Int64>], lastIsBound: Bool = false) -> String {
            guard !ranges.isEmpty else { return "no records" }
            let parts = ranges.enumerated().map { index, range -> String in
                if lastIsBound, index == ranges.count - 1 {
                    return "\(range.lowerBound) to at most \(range.upperBound)"
                }
                return range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)"
            }
            let count = ranges.reduce(0) { $0 + $1.count }
            return (count == 1 && !lastIsBound ? "record " : "records ") + parts.joined(separator: ", ")
        }
    }

    /// Checks every file the manifest lists: present, and (closed segments, snapshots) the
    /// same size and checksum. A snapshot's problem loses no record by itself (the journal
    /// holds them, or loading says it cannot do without it): only problems that lose
    /// records refuse a start (``refusesStart(_:)``).
    /// - Parameters:
    ///   - manifest: what the directory must hold.
    ///   - statePath: the state directory.
    /// - Returns: the problems, segments first, in order.
    /// - Parameter includingOpenDamage: whether damage inside the open segment with whole
    ///   records after it is a problem here too (`--accept-loss`); otherwise replay refuses
    ///   it, naming the byte offset.
    public static func problems(
        in manifest: Manifest,
        statePath: String,
        includingOpenDamage: Bool = false
    ) -> [Problem] {
        var problems: [Problem] = []
        for segment in manifest.segments {
            let file = "journal/" + segment.name
            guard let bytes = try? StateDirectory.readAll(statePath + "/" + file) else {
                if segment.open {
                    let clean = manifest.openIsClean
                    let last = clean ? segment.last : max(segment.last, manifest.reserved)
                    let lost = last >= segment.first ? [segment.first...last] : []
                    problems.append(
                        Problem(file: file, what: "missing", lost: lost, lastIsBound: !clean && !lost.isEmpty)
                    )
                } else {
                    problems.append(Problem(file: file, what: "missing", lost: [segment.first...segment.last]))
                }
                continue
            }
            if segment.open {
                // The writer appends to it, so its size and checksum are not kept; replay
                // checks every record, and only records below what the manifest knows were
                // there can be seen lost (a torn tail beyond them is a crash's leftover).
                let scanned = JournalScanner.salvage(bytes, expectedSequence: segment.first, expectedLast: segment.last)
                // Damage with whole records after it is refused by replay, naming the
                // offset; what only the manifest can see is an end cut below its records.
                if let cut = scanned.lost.last, scanned.lost.count == 1, cut.upperBound == segment.last {
                    problems.append(
                        Problem(
                            file: file,
                            what: "cut short",
                            lost: [cut],
                            validPrefix: (scanned.validPrefix, scanned.lastBeforeDamage),
                            lastRecord: scanned.lastRead
                        )
                    )
                } else if includingOpenDamage, !scanned.lost.isEmpty {
                    problems.append(
                        Problem(
                            file: file,
                            what: "damaged",
                            lost: scanned.lost,
                            validPrefix: (scanned.validPrefix, scanned.lastBeforeDamage),
                            lastRecord: scanned.lastRead
                        )
                    )
                }
                continue
            }
            guard bytes.count != segment.bytes || CRC32C.checksum(bytes) != segment.checksum else { continue }
            let scanned = JournalScanner.salvage(bytes, expectedSequence: segment.first, expectedLast: segment.last)
            let what =
                bytes.count == segment.bytes
                ? "damaged (its checksum no longer matches)"
                : "changed (\(bytes.count) bytes where the manifest has \(segment.bytes))"
            problems.append(
                Problem(
                    file: file,
                    what: what,
                    lost: scanned.lost,
                    validPrefix: (scanned.validPrefix, scanned.lastBeforeDamage),
                    lastRecord: scanned.lastRead
                )
            )
        }
        for snapshot in manifest.snapshots {
            let file = "snapshots/" + snapshot.name
            guard let bytes = try? StateDirectory.readAll(statePath + "/" + file) else {
                problems.append(Problem(file: file, what: "missing", lost: []))
                continue
            }
            if bytes.count != snapshot.bytes || CRC32C.checksum(bytes) != snapshot.checksum {
                problems.append(Problem(file: file, what: "damaged (its checksum no longer matches)", lost: []))
            }
        }
        return problems
    }

    /// Whether problems lose records, so that the daemon must not start without `--accept-loss`.
    public static func refusesStart(_ problems: [Problem]) -> Bool {
        problems.contains { !$0.lost.isEmpty }
    }

    /// The entry of a closed segment as it is on disk now.
    /// - Throws: ``JournalError`` when it cannot be read or is damaged.
    public static func closedEntry(_ name: String, journalPath: String) throws(JournalError) -> Manifest.Segment {
        let (bytes, last) = try StateDirectory.checkedSegment(name, journalPath: journalPath)
        let first = StateDirectory.sequence(ofFile: name) ?? 1
        return Manifest.Segment(
            name: name,
            first: first,
            last: last,
            open: false,
            bytes: bytes.count,
            checksum: CRC32C.checksum(bytes)
        )
    }

    /// The entry of a snapshot as it is on disk now.
    /// - Throws: ``JournalError`` when it cannot be read.
    public static func snapshotEntry(_ name: String, statePath: String) throws(JournalError) -> Manifest.Snapshot {
        let bytes = try StateDirectory.readAll(statePath + "/snapshots/" + name)
        return Manifest.Snapshot(
            name: name,
            sequence: StateDirectory.sequence(ofFile: name) ?? 0,
            bytes: bytes.count,
            checksum: CRC32C.checksum(bytes)
        )
    }
}
