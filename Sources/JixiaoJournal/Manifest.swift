/// What the state directory must hold: every journal segment and snapshot with its first
/// and last sequence, size and checksum, what retention removed and when, the records an
/// operator accepted as lost, and the sequence numbers already handed out.
///
/// The directory is held against it at start-up, by `--verify`, `AT`, `HISTORY` and
/// `BACKUP`: a file it lists that is missing or whose bytes changed is a loss, never a
/// directory that merely looks shorter. On disk it is `<state>/manifest`, text lines closed
/// by a CRC-32C line (``encoded``), replaced atomically (``ManifestFile``).
public struct Manifest: Sendable, Equatable {
    /// A journal segment.
    public struct Segment: Sendable, Equatable {
        /// The file name (`<first, 20 digits>.jxj`).
        public var name: String
        /// Its first record's sequence.
        public var first: Int64
        /// Its last record's sequence: exact once closed; for the open segment the last
        /// sequence known when the manifest was written (``Manifest/openIsClean`` says
        /// whether nothing can have followed).
        public var last: Int64
        /// Whether the writer appends to it (its size and checksum change).
        public var open: Bool
        /// A closed segment's size and checksum.
        public var bytes: Int
        public var checksum: UInt32

        /// Creates an entry.
        public init(name: String, first: Int64, last: Int64, open: Bool, bytes: Int = 0, checksum: UInt32 = 0) {
            self.name = name
            self.first = first
            self.last = last
            self.open = open
            self.bytes = bytes
            self.checksum = checksum
        }
    }

    /// A snapshot file.
    public struct Snapshot: Sendable, Equatable {
        /// The file name (`<sequence, 20 digits>.jxs`).
        public var name: String
        /// The sequence the model in it is at.
        public var sequence: Int64
        /// Its size and checksum.
        public var bytes: Int
        public var checksum: UInt32

        /// Creates an entry.
        public init(name: String, sequence: Int64, bytes: Int, checksum: UInt32) {
            self.name = name
            self.sequence = sequence
            self.bytes = bytes
            self.checksum = checksum
        }
    }

    /// A file retention removed on purpose.
    public struct Removal: Sendable, Equatable {
        /// `segment` or `snapshot`.
        public var kind: String
        /// The file name.
        public var name: String
        /// The records it held (a snapshot: its sequence twice).
        public var first: Int64
        public var last: Int64
        /// When it was removed.
        public var at: Timestamp

        /// Creates an entry.
        public init(kind: String, name: String, first: Int64, last: Int64, at: Timestamp) {
            self.kind = kind
            self.name = name
            self.first = first
            self.last = last
            self.at = at
        }
    }

    /// Records an operator accepted as lost (`jixiaod --accept-loss`).
    public struct Loss: Sendable, Equatable {
        /// The records lost.
        public var first: Int64
        public var last: Int64
        /// When the loss was accepted.
        public var at: Timestamp
        /// The files that were missing or damaged.
        public var files: [String]

        /// Creates an entry.
        public init(first: Int64, last: Int64, at: Timestamp, files: [String]) {
            self.first = first
            self.last = last
            self.at = at
            self.files = files
        }
    }

    /// The format's first line.
    public static let header = "jixiao-manifest 1"

    /// The segments, in order.
    public var segments: [Segment] = []
    /// The snapshots, oldest first.
    public var snapshots: [Snapshot] = []
    /// What retention removed.
    public var removed: [Removal] = []
    /// What was accepted as lost.
    public var losses: [Loss] = []
    /// Every sequence up to this one may have been handed out (acknowledged): after a loss
    /// of the open segment, numbering goes on after it so that no acknowledged number is
    /// used twice.
    public var reserved: Int64 = 0
    /// Whether the open segment's `last` is exact: the daemon closed it (a clean stop) and
    /// nothing was written after.
    public var openIsClean = false

    /// An empty manifest.
    public init() {}

    /// The open segment's entry, if any.
    public var openSegment: Segment? { segments.last { $0.open } }

    /// Whether a sequence was accepted as lost.
    public func lost(_ sequence: Int64) -> Loss? {
        losses.first { $0.first <= sequence && sequence <= $0.last }
    }

    /// The manifest's bytes.
    public var encoded: [UInt8] {
        var lines = [Self.header, "reserved \(reserved)", "open_clean \(openIsClean ? 1 : 0)"]
        for segment in segments {
            let state = segment.open ? "open" : "closed"
            lines.append(
                "segment \(segment.name) \(segment.first) \(segment.last) \(state) \(segment.bytes) "
                    + JournalRecord.hex(segment.checksum)
            )
        }
        for snapshot in snapshots {
            lines.append(
                "snapshot \(snapshot.name) \(snapshot.sequence) \(snapshot.bytes) \(JournalRecord.hex(snapshot.checksum))"
            )
        }
        for removal in removed {
            lines.append("removed \(removal.kind) \(removal.name) \(removal.first) \(removal.last) \(removal.at)")
        }
        for loss in losses {
            let files = loss.files.isEmpty ? "-" : loss.files.joined(separator: ",")
            lines.append("loss \(loss.first) \(loss.last) \(loss.at) \(files)")
        }
        var bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        bytes += Array("end \(JournalRecord.hex(CRC32C.checksum(bytes)))\n".utf8)
        return bytes
    }

    /// Reads a manifest's bytes.
    /// - Throws: ``JournalError/corrupt(file:offset:reason:)`` when the checksum or a line is wrong.
    public init(decoding bytes: [UInt8]) throws(JournalError) {
        // The last line is `end <crc>`: find where it starts.
        var cut = bytes.count - 1
        while cut > 0, bytes[cut - 1] != 0x0A { cut -= 1 }
        if bytes.last == 0x0A, cut == bytes.count - 1 {
            cut -= 1
            while cut > 0, bytes[cut - 1] != 0x0A { cut -= 1 }
        }
        let endLine = String(decoding: bytes[max(0, cut)...], as: UTF8.self)
        guard bytes.last == 0x0A, endLine.hasPrefix("end ") else {
            throw .corrupt(file: "manifest", offset: 0, reason: "the manifest has no end line (cut short)")
        }
        let body = Array(bytes[..<cut])
        guard UInt32(endLine.dropFirst(4).dropLast(), radix: 16) == CRC32C.checksum(body) else {
            throw .corrupt(file: "manifest", offset: 0, reason: "the manifest's checksum does not match its contents")
        }
        var offset = 0
        for line in String(decoding: body, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            defer { offset += line.utf8.count + 1 }
            if line.isEmpty { continue }
            let words = line.split(separator: " ").map(String.init)
            func number(_ index: Int) throws(JournalError) -> Int64 {
                guard index < words.count, let value = Int64(words[index]) else {
                    throw .corrupt(file: "manifest", offset: offset, reason: "unreadable line '\(line.prefix(80))'")
                }
                return value
            }
            func time(_ index: Int) throws(JournalError) -> Timestamp {
                guard index < words.count, let value = Timestamp(iso8601: words[index]) else {
                    throw .corrupt(file: "manifest", offset: offset, reason: "unreadable time in '\(line.prefix(80))'")
                }
                return value
            }
            switch words.first {
            case "jixiao-manifest":
                guard line == Self.header else {
                    throw .corrupt(file: "manifest", offset: offset, reason: "unknown manifest format '\(line)'")
                }
            case "reserved": reserved = try number(1)
            case "open_clean": openIsClean = try number(1) == 1
            case "segment" where words.count == 7:
                segments.append(
                    Segment(
                        name: words[1],
                        first: try number(2),
                        last: try number(3),
                        open: words[4] == "open",
                        bytes: Int(try number(5)),
                        checksum: UInt32(words[6], radix: 16) ?? 0
                    )
                )
            case "snapshot" where words.count == 5:
                snapshots.append(
                    Snapshot(
                        name: words[1],
                        sequence: try number(2),
                        bytes: Int(try number(3)),
                        checksum: UInt32(words[4], radix: 16) ?? 0
                    )
                )
            case "removed" where words.count == 6:
                removed.append(
                    Removal(kind: words[1], name: words[2], first: try number(3), last: try number(4), at: try time(5))
                )
            case "loss" where words.count == 5:
                let files = words[4] == "-" ? [] : words[4].split(separator: ",").map(String.init)
                losses.append(Loss(first: try number(1), last: try number(2), at: try time(3), files: files))
            default:
                throw .corrupt(file: "manifest", offset: offset, reason: "unreadable line '\(line.prefix(80))'")
            }
        }
    }
}
