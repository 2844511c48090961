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
        var bytes: [UInt8] = []
        encode(into: &bytes)
        return bytes
    }

    /// Appends the record's bytes to `bytes`, as written to the journal: the header's
    /// numbers, timestamp and author go in byte by byte, the lines' UTF-8 after them, and
    /// the checksum (over the header without it, its line break and the lines) is filled
    /// into its place last, so that no text or array is built on the way.
    public func encode(into bytes: inout [UInt8]) {
        let start = bytes.count
        bytes.reserveCapacity(start + 64 + lines.reduce(0) { $0 + $1.utf8.count + 1 })
        bytes.append(UInt8(ascii: "@"))
        Self.appendDecimal(sequence, to: &bytes)
        bytes.append(UInt8(ascii: " "))
        timestamp.appendISO8601(to: &bytes)
        bytes.append(UInt8(ascii: " "))
        if author.utf8.isEmpty {
            bytes.append(UInt8(ascii: "_"))
        } else {
            for byte in author.utf8 { bytes.append(byte <= 0x20 || byte == 0x7F ? UInt8(ascii: "_") : byte) }
        }
        bytes.append(UInt8(ascii: " "))
        Self.appendDecimal(Int64(lines.count), to: &bytes)
        let headerEnd = bytes.count
        bytes += [UInt8(ascii: " "), 0, 0, 0, 0, 0, 0, 0, 0, 0x0A]
        let body = bytes.count
        for line in lines {
            bytes += line.utf8
            bytes.append(0x0A)
        }
        var crc = CRC32C.checksum(bytes[(start + 1)..<headerEnd])
        crc = CRC32C.checksum(CollectionOfOne(0x0A), continuing: crc)
        crc = CRC32C.checksum(bytes[body...], continuing: crc)
        for index in 0..<8 {
            let nibble = UInt8((crc >> (28 - 4 * UInt32(index))) & 0xF)
            bytes[headerEnd + 1 + index] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
        }
    }

    /// Appends a number's decimal digits.
    private static func appendDecimal(_ value: Int64, to bytes: inout [UInt8]) {
        guard value > 0 else {
            bytes += String(value).utf8
            return
        }
        var divisor: Int64 = 1
        while divisor <= value / 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
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
