/// One durable change: the unit of the journal.
///
/// On disk (see `Protocol/PROTOCOL.md`, "Journal"):
///
///     @<seq> <timestamp> <author> <count> <crc32c>
///     <request line 1>
///     …
///     <request line count>
///
/// The request lines are the protocol's own canonical lines, so `tail -f` on the journal
/// reads like a session transcript and a snapshot can use the same form. More than one
/// line makes a record that applies as a whole (a transaction).
public struct JournalRecord: Sendable, Equatable {
    /// The record's sequence number: 1 for the first record, each next one one higher.
    public var sequence: Int64
    /// When the change was accepted.
    public var timestamp: Timestamp
    /// Who made it: the operator's user name (no spaces).
    public var author: String
    /// The change as canonical request lines.
    public var lines: [String]

    /// Creates a record.
    public init(sequence: Int64, timestamp: Timestamp, author: String, lines: [String]) {
        self.sequence = sequence
        self.timestamp = timestamp
        self.author = author
        self.lines = lines
    }
}

extension JournalRecord {
    /// The record's bytes as written to the journal.
    public var encoded: [UInt8] {
        let author = Self.sanitizedAuthor(author)
        var body = Array("\(sequence) \(timestamp) \(author) \(lines.count)\n".utf8)
        let headerLength = body.count - 1
        for line in lines {
            body += line.utf8
            body.append(0x0A)
        }
        let crc = CRC32C.checksum(body)
        var bytes: [UInt8] = [0x40]  // @
        bytes.reserveCapacity(body.count + 11)
        bytes += body[..<headerLength]
        bytes += Array(" \(Self.hex(crc))\n".utf8)
        bytes += body[(headerLength + 1)...]
        return bytes
    }

    /// An author name fit for the header: spaces and control characters become `_`.
    public static func sanitizedAuthor(_ author: String) -> String {
        let bytes = author.utf8.map { $0 <= 0x20 || $0 == 0x7F ? UInt8(ascii: "_") : $0 }
        return bytes.isEmpty ? "_" : String(decoding: bytes, as: UTF8.self)
    }

    static func hex(_ value: UInt32) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 8 - text.count) + text
    }
}
