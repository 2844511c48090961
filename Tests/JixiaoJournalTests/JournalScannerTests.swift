import JixiaoJournal
import Testing

/// Records and byte layouts the scanner and state-directory tests share.
enum Journal {
    static func record(_ sequence: Int64, _ lines: [String]) -> JournalRecord {
        JournalRecord(
            sequence: sequence,
            timestamp: Timestamp(milliseconds: 1_795_446_237_123 + sequence * 1_001),
            author: "operator",
            lines: lines
        )
    }

    static let three: [JournalRecord] = [
        record(1, ["UNIT CREATE hongjiang name=洪江市医疗保障局"]),
        record(
            2,
            ["YEAR CREATE hongjiang 2024", #"PROJECT CREATE hongjiang 2024 jicha name="基层 医疗" budget_full=506.48万元"#]
        ),
        record(3, ["PROJECT UPDATE hongjiang 2024 jicha executed=840.87万元"]),
    ]

    static func bytes(_ records: [JournalRecord]) -> [UInt8] { records.flatMap(\.encoded) }

    /// The byte offset at which each record starts, and the end of the last.
    static func offsets(_ records: [JournalRecord]) -> [Int] {
        var offsets = [0]
        for record in records { offsets.append(offsets.last! + record.encoded.count) }
        return offsets
    }
}

@Suite struct JournalScannerTests {
    typealias J = Journal

    @Test func encodedRecordsScanBackInOrder() throws {
        var records = J.three
        records.append(J.record(4, (1...50).map { "UNIT CREATE u\($0) name=\"单位 \($0)\"" }))
        let bytes = J.bytes(records)
        var read: [JournalRecord] = []
        let result = try JournalScanner.scan(bytes, file: "seg", expectedSequence: 1) { read.append($0) }
        #expect(read == records)
        #expect(result.validLength == bytes.count)
        #expect(result.lastSequence == 4)
        #expect(result.tornTail == nil)
    }

    @Test func emptySegmentHoldsNothing() throws {
        var visited = 0
        let result = try JournalScanner.scan([], file: "seg", expectedSequence: 8) { _ in visited += 1 }
        #expect(visited == 0)
        #expect(result.validLength == 0)
        #expect(result.lastSequence == 7)
        #expect(result.tornTail == nil)
    }

    @Test func segmentMayStartAtALaterSequence() throws {
        let records = [J.record(41, ["PING"]), J.record(42, ["UNIT DELETE a", "UNIT DELETE b", "UNIT DELETE c"])]
        var read: [JournalRecord] = []
        let result = try JournalScanner.scan(J.bytes(records), file: "seg", expectedSequence: 41) { read.append($0) }
        #expect(read == records)
        #expect(result.lastSequence == 42)
    }

    /// A crash mid-append leaves a prefix of the last record: every such prefix is a torn
    /// tail cut at the start of that record, and the records before it are all read.
    @Test func lastRecordCutAtEveryByteIsATornTail() throws {
        let bytes = J.bytes(J.three)
        let start = J.offsets(J.three)[2]
        for cut in (start + 1)..<bytes.count {
            var read: [JournalRecord] = []
            let result = try JournalScanner.scan(Array(bytes[..<cut]), file: "seg", expectedSequence: 1) {
                read.append($0)
            }
            #expect(read == Array(J.three.prefix(2)), "cut at \(cut)")
            #expect(result.validLength == start, "cut at \(cut)")
            #expect(result.lastSequence == 2, "cut at \(cut)")
            #expect(result.tornTail != nil, "cut at \(cut)")
        }
    }

    @Test func multiLineLastRecordCutAtEveryByteIsATornTail() throws {
        let records = Array(J.three.prefix(2))
        let bytes = J.bytes(records)
        let start = J.offsets(records)[1]
        for cut in (start + 1)..<bytes.count {
            var read: [JournalRecord] = []
            let result = try JournalScanner.scan(Array(bytes[..<cut]), file: "seg", expectedSequence: 1) {
                read.append($0)
            }
            #expect(read == [J.three[0]], "cut at \(cut)")
            #expect(result.validLength == start, "cut at \(cut)")
            #expect(result.lastSequence == 1, "cut at \(cut)")
            #expect(result.tornTail != nil, "cut at \(cut)")
        }
    }

    @Test func tornTailReasonSaysWhatIsMissing() throws {
        let bytes = J.bytes(J.three)
        let offsets = J.offsets(J.three)
        let headerOnly = Array(bytes[..<(offsets[1] + J.three[1].encoded.firstIndex(of: 0x0A)! + 1)])
        let result = try JournalScanner.scan(headerOnly, file: "seg", expectedSequence: 1) { _ in }
        #expect(result.tornTail == "the last record is incomplete: 0 of 2 lines")
        let halfHeader = Array(bytes[..<(offsets[1] + 5)])
        #expect(
            try JournalScanner.scan(halfHeader, file: "seg", expectedSequence: 1) { _ in }.tornTail
                == "the last record's header is incomplete"
        )
    }

    @Test func lastRecordWithABadChecksumIsATornTail() throws {
        var bytes = J.bytes(J.three)
        bytes[bytes.count - 2] ^= 0x01
        let result = try JournalScanner.scan(bytes, file: "seg", expectedSequence: 1) { _ in }
        #expect(result.validLength == J.offsets(J.three)[2])
        #expect(result.lastSequence == 2)
        #expect(result.tornTail == "checksum mismatch in record 3")
    }

    @Test func flippedByteInAMiddleRecordLineIsCorruption() {
        var bytes = J.bytes(J.three)
        let offsets = J.offsets(J.three)
        bytes[offsets[2] - 3] ^= 0x01  // inside the last line of record 2
        #expect(throws: JournalError.corrupt(file: "seg", offset: offsets[1], reason: "checksum mismatch in record 2"))
        {
            try JournalScanner.scan(bytes, file: "seg", expectedSequence: 1) { _ in }
        }
    }

    /// Any single flipped bit in a record that has records after it is damage to acknowledged
    /// data: the scan must stop with `corrupt` at that record's offset, never cut it off as a tail.
    @Test(arguments: [0x01, 0x80] as [UInt8])
    func flippedByteAnywhereInAMiddleRecordIsCorruptionAtItsOffset(mask: UInt8) {
        let original = J.bytes(J.three)
        let offsets = J.offsets(J.three)
        for index in offsets[1]..<offsets[2] {
            var bytes = original
            bytes[index] ^= mask
            var visited: [Int64] = []
            let error = #expect(throws: JournalError.self, "byte \(index) ^ \(mask)") {
                try JournalScanner.scan(bytes, file: "seg", expectedSequence: 1) { visited.append($0.sequence) }
            }
            guard case .corrupt(let file, let offset, _)? = error else { continue }
            #expect(file == "seg")
            #expect(offset == offsets[1], "byte \(index) ^ \(mask)")
            #expect(visited == [1], "byte \(index) ^ \(mask)")
        }
    }

    /// The line count is outside the checksum until the lines are read: a count damaged
    /// upwards in a middle record makes the scanner run off the end of the segment. That is
    /// not a torn write (a whole, valid record follows), so it must not be cut off as a tail:
    /// `StateDirectory.replay` would truncate acknowledged records 2 and 3.
    @Test func inflatedLineCountInAMiddleRecordIsCorruptionNotATornTail() throws {
        var bytes = J.bytes(J.three)
        let offsets = J.offsets(J.three)
        // Record 2's header ends "… operator 2 <8 hex digits>\n"; its count sits 10 bytes before the newline.
        let headerEnd = offsets[1] + J.three[1].encoded.firstIndex(of: 0x0A)!
        try #require(bytes[headerEnd - 10] == UInt8(ascii: "2"))
        bytes[headerEnd - 10] = UInt8(ascii: "9")
        do {
            let result = try JournalScanner.scan(bytes, file: "seg", expectedSequence: 1) { _ in }
            Issue.record(
                "damaged record 2 was taken for a torn tail: validLength \(result.validLength), lastSequence \(result.lastSequence), tornTail \(result.tornTail ?? "nil")"
            )
        } catch let error as JournalError {
            guard case .corrupt(file: "seg", offset: offsets[1], _) = error else {
                Issue.record("expected corrupt at offset \(offsets[1]), got \(error)")
                return
            }
        }
    }

    @Test func gapInSequenceIsCorruptionAtTheRecordAfterTheGap() {
        let records = [J.record(1, ["PING"]), J.record(2, ["PING"]), J.record(4, ["PING"]), J.record(5, ["PING"])]
        let offsets = J.offsets(records)
        #expect(
            throws: JournalError.corrupt(
                file: "seg",
                offset: offsets[2],
                reason: "record has sequence 4 where 3 was expected"
            )
        ) { try JournalScanner.scan(J.bytes(records), file: "seg", expectedSequence: 1) { _ in } }
    }

    @Test func gapInTheLastRecordIsCorruptionTooSinceItsChecksumIsGood() {
        let records = [J.record(1, ["PING"]), J.record(3, ["PING"])]
        #expect(
            throws: JournalError.corrupt(
                file: "seg",
                offset: J.offsets(records)[1],
                reason: "record has sequence 3 where 2 was expected"
            )
        ) { try JournalScanner.scan(J.bytes(records), file: "seg", expectedSequence: 1) { _ in } }
    }

    @Test func repeatedSequenceIsCorruption() {
        let records = [J.record(1, ["PING"]), J.record(2, ["PING"]), J.record(2, ["PING"])]
        #expect(
            throws: JournalError.corrupt(
                file: "seg",
                offset: J.offsets(records)[2],
                reason: "record has sequence 2 where 3 was expected"
            )
        ) { try JournalScanner.scan(J.bytes(records), file: "seg", expectedSequence: 1) { _ in } }
    }

    @Test func firstRecordMustCarryTheExpectedSequence() {
        #expect(
            throws: JournalError.corrupt(file: "seg", offset: 0, reason: "record has sequence 1 where 5 was expected")
        ) { try JournalScanner.scan(J.bytes(J.three), file: "seg", expectedSequence: 5) { _ in } }
    }

    @Test func garbageLineBeforeValidRecordsIsCorruption() {
        let bytes = Array("not a record\n".utf8) + J.bytes(J.three)
        #expect(throws: JournalError.corrupt(file: "seg", offset: 0, reason: "unreadable record header")) {
            try JournalScanner.scan(bytes, file: "seg", expectedSequence: 1) { _ in }
        }
    }

    @Test func errorThrownByTheVisitorStopsTheScan() {
        struct Stop: Error, Equatable {}
        var visited: [Int64] = []
        #expect(throws: Stop()) {
            try JournalScanner.scan(J.bytes(J.three), file: "seg", expectedSequence: 1) { record in
                visited.append(record.sequence)
                if record.sequence == 2 { throw Stop() }
            }
        }
        #expect(visited == [1, 2])
    }
}
