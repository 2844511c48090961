#if canImport(Glibc)
import Glibc
#endif

/// Reads records out of a journal segment's bytes, checking each one.
///
/// A damaged record at the very end is a write the process did not finish (a crash or
/// power loss mid-append): it was never acknowledged, so it is reported as a torn tail
/// for the caller to cut off. A damaged record with anything after it is corruption of
/// acknowledged data, and the scan stops with ``JournalError/corrupt(file:offset:reason:)``.
public enum JournalScanner {
    /// The most lines one record may hold; a larger count is damage, not a transaction.
    public static let maximumLinesPerRecord = 1_000_000

    /// What a scan found.
    public struct Result: Sendable, Equatable {
        /// Bytes from the start that hold whole, valid records.
        public var validLength: Int
        /// The last sequence number read, or the one before the first if none was.
        public var lastSequence: Int64
        /// Why the bytes after `validLength` were not read, when there are any.
        public var tornTail: String?
    }

    /// Scans bytes that must hold only whole records (a closed segment, the synced part of
    /// the open one, a snapshot): a torn tail is damage here, not a crash's leftover.
    /// - Parameters:
    ///   - bytes: the records.
    ///   - file: the file's name, for errors.
    ///   - expectedSequence: the sequence number the first record must have.
    ///   - visit: receives each record.
    /// - Returns: what the scan found.
    /// - Throws: ``JournalError/corrupt(file:offset:reason:)``.
    public static func scanWhole(
        _ bytes: [UInt8],
        file: String,
        expectedSequence: Int64,
        visit: (JournalRecord) -> Void = { _ in }
    ) throws(JournalError) -> Result {
        let result: Result
        do {
            result = try scan(bytes, file: file, expectedSequence: expectedSequence, visit: visit)
        } catch let error as JournalError {
            throw error
        } catch {
            throw .corrupt(file: file, offset: 0, reason: "\(error)")
        }
        if let reason = result.tornTail { throw .corrupt(file: file, offset: result.validLength, reason: reason) }
        return result
    }

    /// Scans `bytes`, calling `visit` for each valid record in order.
    /// - Parameters:
    ///   - bytes: the segment's contents.
    ///   - file: the segment's name, for messages.
    ///   - expectedSequence: the sequence number the first record must have.
    ///   - visit: receives each record; an error it throws stops the scan and is rethrown.
    /// - Throws: ``JournalError/corrupt(file:offset:reason:)``, or what `visit` throws.
    public static func scan(
        _ bytes: [UInt8],
        file: String,
        expectedSequence: Int64,
        visit: (JournalRecord) throws -> Void
    ) throws -> Result {
        var offset = 0
        var next = expectedSequence
        return try bytes.withUnsafeBufferPointer { buffer in
            while offset < buffer.count {
                switch parseRecord(buffer, at: offset) {
                case .record(let record, let end):
                    guard record.sequence == next else {
                        throw JournalError.corrupt(
                            file: file,
                            offset: offset,
                            reason: "record has sequence \(record.sequence) where \(next) was expected"
                        )
                    }
                    try visit(record)
                    next += 1
                    offset = end
                case .damaged(let reason, let end):
                    // A torn write only ever damages the end: if a whole, valid record follows
                    // the damage (even one the damaged header's line count swallowed), the
                    // damage is in acknowledged data.
                    if end >= buffer.count, !containsValidRecord(buffer, after: offset) {
                        return Result(validLength: offset, lastSequence: next - 1, tornTail: reason)
                    }
                    throw JournalError.corrupt(file: file, offset: offset, reason: reason)
                }
            }
            return Result(validLength: offset, lastSequence: next - 1, tornTail: nil)
        }
    }

    /// Whether a valid record starts at any line after the one at `start`.
    private static func containsValidRecord(_ buffer: UnsafeBufferPointer<UInt8>, after start: Int) -> Bool {
        var index = start + 1
        while index < buffer.count - 1 {
            if buffer[index] == 0x0A, buffer[index + 1] == 0x40, case .record = parseRecord(buffer, at: index + 1) {
                return true
            }
            index += 1
        }
        return false
    }

    enum Parsed {
        case record(JournalRecord, end: Int)
        /// `end` is where the damaged record (or, if unknown, its first line) ends.
        case damaged(String, end: Int)
    }

    private static func lineEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < buffer.count, let base = buffer.baseAddress,
            let found = memchr(base + start, 0x0A, buffer.count - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The checksum of `buffer[range]`, eight bytes at a time.
    private static func checksum(
        _ buffer: UnsafeBufferPointer<UInt8>,
        _ range: Range<Int>,
        continuing crc: UInt32
    )
        -> UInt32
    {
        CRC32C.checksum(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: buffer[range])), continuing: crc)
    }

    /// Reads a record's header and lines, checking its checksum. The header's fields are
    /// read from the bytes where they lie (no `String` or array per field: replay reads a
    /// million headers at start-up); whatever is unusual falls back to the general readers,
    /// so the same headers are accepted and refused as always.
    static func parseRecord(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int) -> Parsed {
        guard let headerEnd = lineEnd(buffer, from: start) else {
            return .damaged("the last record's header is incomplete", end: buffer.count)
        }
        var spaces: (Int, Int, Int, Int) = (0, 0, 0, 0)
        var spaceCount = 0
        var index = start
        while index < headerEnd {
            if buffer[index] == 0x20 {
                switch spaceCount {
                case 0: spaces.0 = index
                case 1: spaces.1 = index
                case 2: spaces.2 = index
                case 3: spaces.3 = index
                default: break
                }
                spaceCount += 1
            }
            index += 1
        }
        guard headerEnd > start, buffer[start] == 0x40, spaceCount == 4,
            let sequence = Int64(ascii: buffer[(start + 1)..<spaces.0]),
            let timestamp = Timestamp(iso8601UTF8: UnsafeBufferPointer(rebasing: buffer[(spaces.0 + 1)..<spaces.1])),
            let count = Int64(ascii: buffer[(spaces.2 + 1)..<spaces.3]), count >= 1, count <= maximumLinesPerRecord,
            headerEnd - spaces.3 - 1 == 8, let crc = hexChecksum(buffer[(spaces.3 + 1)..<headerEnd])
        else {
            return .damaged("unreadable record header", end: headerEnd + 1)
        }
        var checksum = checksum(buffer, (start + 1)..<(headerEnd - 9), continuing: 0)
        checksum = CRC32C.checksum(CollectionOfOne(0x0A), continuing: checksum)
        var lines: [String] = []
        lines.reserveCapacity(Int(count))
        var lineStart = headerEnd + 1
        for index in 0..<Int(count) {
            guard let end = lineEnd(buffer, from: lineStart) else {
                return .damaged("the last record is incomplete: \(index) of \(count) lines", end: buffer.count)
            }
            checksum = Self.checksum(buffer, lineStart..<(end + 1), continuing: checksum)
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[lineStart..<end]), as: UTF8.self))
            lineStart = end + 1
        }
        guard checksum == crc else {
            return .damaged("checksum mismatch in record \(sequence)", end: lineStart)
        }
        let author = String(decoding: UnsafeBufferPointer(rebasing: buffer[(spaces.1 + 1)..<spaces.2]), as: UTF8.self)
        return .record(
            JournalRecord(sequence: sequence, timestamp: timestamp, author: author, lines: lines),
            end: lineStart
        )
    }

    /// Eight hex digits as a checksum; anything else as `UInt32(_:radix:)` reads it.
    private static func hexChecksum(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt32? {
        var value: UInt32 = 0
        for byte in bytes {
            switch byte {
            case 0x30...0x39: value = value << 4 | UInt32(byte - 0x30)
            case 0x61...0x66: value = value << 4 | UInt32(byte - 0x61 + 10)
            case 0x41...0x46: value = value << 4 | UInt32(byte - 0x41 + 10)
            default: return UInt32(String(decoding: bytes, as: UTF8.self), radix: 16)
            }
        }
        return value
    }
}

extension Int64 {
    /// Parses unsigned ASCII decimal digits (no sign, no spaces), at most 18 of them.
    init?(ascii bytes: some Collection<UInt8>) {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value: Int64 = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int64(byte - 0x30)
        }
        self = value
    }
}
