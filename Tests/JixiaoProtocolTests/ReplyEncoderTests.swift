import JixiaoProtocol
import Testing

@Suite struct ReplyEncoderTests {
    static let table = RowTable(
        columns: ["code", "name"],
        rows: [["hongjiang", "洪江市医疗保障局"], ["tab", "a\tb"], ["nl", "a\nb\r\nc"], ["bs", "a\\t"], ["empty", ""]]
    )

    @Test(arguments: [RowFormat.tsv, .json])
    func okWithWordsIsOneLine(format: RowFormat) {
        #expect(ReplyEncoder.encode(.ok("PONG"), format: format) == "OK PONG\n")
        #expect(ReplyEncoder.encode(.ok(), format: format) == "OK\n")
        #expect(ReplyEncoder.encode(.ok("seq=12", "unit=hongjiang"), format: format) == "OK seq=12 unit=hongjiang\n")
    }

    @Test(arguments: [RowFormat.tsv, .json])
    func errorIsOneLineWithItsCode(format: RowFormat) {
        let reply = Reply.error(ProtocolError(.notFound, "unit hongjiang not found"))
        #expect(ReplyEncoder.encode(reply, format: format) == "ERR NOT_FOUND unit hongjiang not found\n")
    }

    @Test func everyControlCharacterInAnErrorMessageIsEscapedOneWay() {
        let reply = Reply.error(ProtocolError(.badValue, "first\nsecond\r\nthird\rfourth\tfifth\u{1B}sixth"))
        #expect(
            ReplyEncoder.encode(reply, format: .tsv)
                == "ERR BAD_VALUE first\\u{a}second\\u{d}\\u{a}third\\u{d}fourth\\u{9}fifth\\u{1b}sixth\n"
        )
    }

    @Test func errorReplyIgnoresAnyTable() {
        let reply = Reply(.error(ProtocolError(.internal, "boom")), table: Self.table)
        #expect(ReplyEncoder.encode(reply, format: .tsv) == "ERR INTERNAL boom\n")
    }

    @Test func tsvRowsHaveAHeaderAndEscapedCells() {
        let expected =
            "OK rows=5\n"
            + "code\tname\n"
            + "hongjiang\t洪江市医疗保障局\n"
            + "tab\ta\\tb\n"
            + "nl\ta\\nb\\r\\nc\n"
            + "bs\ta\\\\t\n"
            + "empty\t\n"
        #expect(ReplyEncoder.encode(.rows(Self.table), format: .tsv) == expected)
    }

    @Test func rowsCountFollowsTheOkWords() {
        let reply = Reply(.ok(["seq=3"]), table: RowTable(columns: ["a"], rows: [["1"]]))
        #expect(ReplyEncoder.encode(reply, format: .tsv) == "OK seq=3 rows=1\na\n1\n")
    }

    @Test func emptyTableStillSendsTheTsvHeader() {
        let reply = Reply.rows(RowTable(columns: ["code", "name", "years", "revision"]))
        #expect(ReplyEncoder.encode(reply, format: .tsv) == "OK rows=0\ncode\tname\tyears\trevision\n")
        #expect(ReplyEncoder.encode(reply, format: .json) == "OK rows=0\n")
    }

    @Test func jsonRowsAreOneObjectPerLineWithoutHeader() {
        let expected =
            "OK rows=5\n"
            + #"{"code":"hongjiang","name":"洪江市医疗保障局"}"# + "\n"
            + #"{"code":"tab","name":"a\tb"}"# + "\n"
            + #"{"code":"nl","name":"a\nb\r\nc"}"# + "\n"
            + #"{"code":"bs","name":"a\\t"}"# + "\n"
            + #"{"code":"empty","name":""}"# + "\n"
        #expect(ReplyEncoder.encode(.rows(Self.table), format: .json) == expected)
    }

    @Test func jsonEscapesQuotesBackslashesAndControlCharacters() {
        let table = RowTable(columns: ["k\"ey"], rows: [["\"q\" \\ \u{1}\u{1F}\u{0} \u{7F} é 🧾 \u{2028}"]])
        let expected = "OK rows=1\n" + #"{"k\"ey":"\"q\" \\ \u0001\u001f\u0000 "# + "\u{7F} é 🧾 \u{2028}\"}\n"
        #expect(ReplyEncoder.encode(.rows(table), format: .json) == expected)
    }

    @Test func jsonFillsMissingCellsWithEmptyStrings() {
        let table = RowTable(columns: ["a", "b"], rows: [["1"]])
        #expect(ReplyEncoder.encode(.rows(table), format: .json) == "OK rows=1\n" + #"{"a":"1","b":""}"# + "\n")
    }

    @Test func encodeIntoAppendsToWhatIsThere() {
        var output = "OK PONG\n"
        ReplyEncoder.encode(.ok("BYE"), format: .tsv, into: &output)
        #expect(output == "OK PONG\nOK BYE\n")
    }

    @Test(
        arguments: [
            ("plain", "plain"), ("", ""), ("a\tb", "a\\tb"), ("a\nb", "a\\nb"), ("a\rb", "a\\rb"), ("a\\b", "a\\\\b"),
            ("\\t", "\\\\t"), ("洪江\t市", "洪江\\t市"), ("\r\n", "\\r\\n"),
        ] as [(String, String)]
    )
    func escapeTSVEscapesExactlyBackslashTabNewlineAndReturn(value: String, cell: String) {
        #expect(ReplyEncoder.escapeTSV(value) == cell)
        #expect(ReplyEncoder.unescapeTSV(Substring(cell)) == value)
    }

    @Test func unescapeTSVInvertsEscapeTSVForManyValues() {
        let pieces = ["a", "\\", "\t", "\n", "\r", "\\t", "\\n", "t", "n", "r", "洪江", " ", "\"", "\r\n", "🧾", "\\\\"]
        var random = Generator(seed: 7)
        for _ in 0..<2_000 {
            var value = ""
            for _ in 0..<Int(random.next() % 8) { value += random.pick(pieces) }
            let cell = ReplyEncoder.escapeTSV(value)
            #expect(!cell.contains("\t") && !cell.contains("\n") && !cell.contains("\r"))
            #expect(ReplyEncoder.unescapeTSV(Substring(cell)) == value, "\(value.debugDescription)")
        }
    }

    @Test func unescapeTSVWorksOnASliceOfALine() {
        let line = "hongjiang\ta\\tb\tx\\\\y"
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(ReplyEncoder.unescapeTSV)
        #expect(cells == ["hongjiang", "a\tb", "x\\y"])
    }
}
