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
}
