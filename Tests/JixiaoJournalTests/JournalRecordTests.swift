import JixiaoJournal
import Testing

@Suite struct JournalRecordTests {
    @Test func encodedRecordHasHeaderWithChecksumThenItsLines() {
        let record = JournalRecord(sequence: 1, timestamp: Timestamp(milliseconds: 0), author: "alice", lines: ["PING"])
        let text = String(decoding: record.encoded, as: UTF8.self)
        #expect(text == "@1 1970-01-01T00:00:00.000Z alice 1 575c08b2\nPING\n")
    }

    @Test func checksumCoversHeaderFieldsAndEveryLine() {
        let record = JournalRecord(
            sequence: 2,
            timestamp: Timestamp(milliseconds: 1_709_210_096_789),
            author: "a b\tc",
            lines: ["YEAR CREATE hongjiang 2024", "UNIT UPDATE hongjiang name=洪江"]
        )
        let text = String(decoding: record.encoded, as: UTF8.self)
        #expect(
            text
                == "@2 2024-02-29T12:34:56.789Z a_b_c 2 f4630aa1\nYEAR CREATE hongjiang 2024\nUNIT UPDATE hongjiang name=洪江\n"
        )
    }

    @Test(
        arguments: [
            ("alice", "alice"), ("a b", "a_b"), ("a\tb\nc", "a_b_c"), ("", "_"), ("张三", "张三"), ("x\u{7F}", "x_"),
        ] as [(String, String)]
    )
    func authorIsSanitizedIntoOneHeaderField(author: String, written: String) throws {
        let record = JournalRecord(sequence: 1, timestamp: Timestamp(milliseconds: 0), author: author, lines: ["PING"])
        var read: [JournalRecord] = []
        _ = try JournalScanner.scan(record.encoded, file: "t", expectedSequence: 1) { read.append($0) }
        #expect(read.map(\.author) == [written])
    }

    /// The record as text, the way it was built before it was written byte by byte: the
    /// reference the byte encoder must match.
    private static func asText(_ record: JournalRecord) -> [UInt8] {
        let header =
            "\(record.sequence) \(record.timestamp) \(JournalRecord.sanitizedAuthor(record.author)) \(record.lines.count)"
        let body = Array((header + "\n" + record.lines.map { $0 + "\n" }.joined()).utf8)
        var hex = String(CRC32C.checksum(body), radix: 16)
        hex = String(repeating: "0", count: 8 - hex.count) + hex
        return Array(("@" + header + " " + hex + "\n" + record.lines.map { $0 + "\n" }.joined()).utf8)
    }

    @Test func recordsAppendedByteByByteEqualTheirTextAfterWhateverCameBefore() {
        var generator = SystemRandomNumberGenerator()
        let authors = ["alice", "", "a b", "张三", "x\u{7F}y", "olga@jixiao-web"]
        let lines = [
            "PING", "", "INDICATOR UPDATE hongjiang 2024 jicha jicha actual=31次", "UNIT UPDATE hongjiang name=\"洪江 市\"",
        ]
        var bytes: [UInt8] = Array("earlier bytes\n".utf8)
        var expected = bytes
        for _ in 0..<500 {
            let record = JournalRecord(
                sequence: [1, 9, 10, 99, 100, 1_000_000_007, Int64.max].randomElement(using: &generator)!,
                timestamp: Timestamp(milliseconds: Int64.random(in: 0...4_102_444_800_000, using: &generator)),
                author: authors.randomElement(using: &generator)!,
                lines: (0..<Int.random(in: 1...4, using: &generator)).map { _ in lines.randomElement(using: &generator)!
                }
            )
            record.encode(into: &bytes)
            expected += Self.asText(record)
            #expect(record.encoded == Self.asText(record), "\(record)")
        }
        #expect(bytes == expected)
    }
}
