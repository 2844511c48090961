extension JournalScanner {
    /// Which records damaged bytes no longer give: what `--verify` and start-up report.
    public struct Salvage: Sendable, Equatable {
        /// The records lost, as inclusive ranges, in order.
        public var lost: [ClosedRange<Int64>]
        /// Bytes from the start that hold whole records before the first damage.
        public var validPrefix: Int
        /// The last sequence of the whole records before the first damage.
        public var lastBeforeDamage: Int64
        /// The last sequence of any whole record read, after damage too.
        public var lastRead: Int64 = 0
    }

    /// Reads past damage: after a damaged record, the next whole record (found at any
    /// later line) resumes the count, so a flipped byte loses the one record it is in.
    /// - Parameters:
    ///   - bytes: a segment's bytes.
    ///   - expectedSequence: the first record's sequence.
    ///   - expectedLast: the last sequence the segment should hold (damage at the end
    ///     loses up to it).
    /// - Returns: the records lost and where the whole prefix ends.
    public static func salvage(_ bytes: [UInt8], expectedSequence: Int64, expectedLast: Int64) -> Salvage {
        var lost: [ClosedRange<Int64>] = []
        var offset = 0
        var next = expectedSequence
        var prefix: (Int, Int64)?
        var lastRead = expectedSequence - 1
        bytes.withUnsafeBufferPointer { buffer in
            while offset < buffer.count {
                if case .record(let record, let end) = parseRecord(buffer, at: offset), record.sequence == next {
                    lastRead = record.sequence
                    next += 1
                    offset = end
                    continue
                }
                if prefix == nil { prefix = (offset, next - 1) }
                var resume: (offset: Int, sequence: Int64)?
                var index = offset + 1
                while index < buffer.count - 1 {
                    if buffer[index] == 0x0A, buffer[index + 1] == 0x40,
                        case .record(let record, _) = parseRecord(buffer, at: index + 1), record.sequence > next
                    {
                        resume = (index + 1, record.sequence)
                        break
                    }
                    index += 1
                }
                guard let resume else {
                    if expectedLast >= next { lost.append(next...expectedLast) }
                    next = max(next, expectedLast + 1)
                    offset = buffer.count
                    break
                }
                lost.append(next...(resume.sequence - 1))
                next = resume.sequence
                offset = resume.offset
            }
        }
        if next <= expectedLast { lost.append(next...expectedLast) }
        let (validPrefix, lastBefore) = prefix ?? (bytes.count, next - 1)
        return Salvage(lost: lost, validPrefix: validPrefix, lastBeforeDamage: lastBefore, lastRead: lastRead)
    }
}
