import JixiaoProtocol
import Testing

@Suite struct LineLexerTests {
    @Test(
        arguments: [
            ("UNIT LIST", [Word("UNIT"), Word("LIST")]),
            ("  UNIT   LIST  ", [Word("UNIT"), Word("LIST")]),
            ("UNIT\tLIST", [Word("UNIT"), Word("LIST")]),
            ("\tUNIT \t LIST\t", [Word("UNIT"), Word("LIST")]),
            ("", []),
            ("   \t ", []),
            ("洪江市 医疗", [Word("洪江市"), Word("医疗")]),
            ("ping", [Word("ping")]),
        ] as [(String, [Word])]
    )
    func bareWordsAreSplitOnSpacesAndTabs(line: String, words: [Word]) throws {
        #expect(try LineLexer.words(line) == words)
    }

    @Test(
        arguments: [
            (#"UNIT GET "洪江 市医疗保障局""#, [Word("UNIT"), Word("GET"), Word("洪江 市医疗保障局")]),
            (#""a b" c"#, [Word("a b"), Word("c")]),
            (#""""#, [Word("")]),
            (#"a "" b"#, [Word("a"), Word(""), Word("b")]),
            (#"a"b c"d"#, [Word("ab cd")]),
            (#""x"y"#, [Word("xy")]),
        ] as [(String, [Word])]
    )
    func quotedStringsKeepSpacesAndJoinAdjacentParts(line: String, words: [Word]) throws {
        #expect(try LineLexer.words(line) == words)
    }

    @Test func escapesInsideQuotesAreResolved() throws {
        let words = try LineLexer.words(#""a\"b\\c\nd\te\rf""#)
        #expect(words == [Word("a\"b\\c\nd\te\rf")])
    }

    /// PROTOCOL.md: "Control characters (bytes 0x00–0x1F other than tab, and 0x7F) are refused
    /// anywhere in a line": a literal tab is not refused, and inside quotes it is part of the word.
    @Test func literalTabInsideQuotesIsKeptAsPartOfTheWord() throws {
        #expect(
            try LineLexer.words("UNIT CREATE hj name=\"洪江\t市\"") == [
                Word("UNIT"), Word("CREATE"), Word("hj"), Word("洪江\t市", key: "name"),
            ]
        )
    }

    @Test func backslashOutsideQuotesIsAnOrdinaryByte() throws {
        #expect(try LineLexer.words(#"a\nb"#) == [Word(#"a\nb"#)])
    }

    @Test(
        arguments: [
            ("name=洪江", [Word("洪江", key: "name")]),
            (#"name="洪江 市""#, [Word("洪江 市", key: "name")]),
            (#"name="""#, [Word("", key: "name")]),
            ("executed=", [Word("", key: "executed")]),
            ("budget_full=15万元", [Word("15万元", key: "budget_full")]),
            ("a1=x", [Word("x", key: "a1")]),
            ("_k=v", [Word("v", key: "_k")]),
            ("a==b", [Word("=b", key: "a")]),
            ("a=b=c", [Word("b=c", key: "a")]),
            (#"k="a"b"#, [Word("ab", key: "k")]),
        ] as [(String, [Word])]
    )
    func unquotedAsciiKeyBeforeEqualsMakesAKeyedWord(line: String, words: [Word]) throws {
        #expect(try LineLexer.words(line) == words)
    }

    @Test(
        arguments: [
            (#""a=b""#, [Word("a=b")]),
            (#""name"=x"#, [Word("name=x")]),
            (#"na"me"=x"#, [Word("name=x")]),
            ("Name=x", [Word("Name=x")]),
            ("1a=x", [Word("1a=x")]),
            ("=x", [Word("=x")]),
            ("名=x", [Word("名=x")]),
            ("a-b=x", [Word("a-b=x")]),
        ] as [(String, [Word])]
    )
    func anythingElseWithEqualsStaysPositional(line: String, words: [Word]) throws {
        #expect(try LineLexer.words(line) == words)
    }

    @Test(arguments: [
        #""abc"#, #"UNIT CREATE hj name="洪江"#, #"""""#, #"a "b" "c"#, #"name=""#,
    ])
    func unbalancedQuoteIsASyntaxError(line: String) {
        #expect(throws: ProtocolError.self) { try LineLexer.words(line) }
        #expect(syntaxCode(line))
    }

    @Test func unbalancedQuoteNamesTheColumnWhereTheStringOpened() {
        #expect(throws: ProtocolError(.syntax, "unbalanced quote: the string opened at column 3 is not closed")) {
            try LineLexer.words(#"a "bc"#)
        }
    }

    @Test(arguments: [#""\x""#, #""\u0041""#, #""\ ""#, #""\'""#, #""\0""#])
    func unknownEscapeIsASyntaxError(line: String) {
        #expect(syntaxCode(line))
    }

    @Test func unknownEscapeMessageNamesTheEscape() {
        #expect(throws: ProtocolError(.syntax, #"unknown escape \x at column 3"#)) { try LineLexer.words(#"a"\x""#) }
    }

    @Test func backslashAtTheEndOfAQuotedStringIsASyntaxError() {
        #expect(throws: ProtocolError(.syntax, "unterminated escape at column 3")) { try LineLexer.words(#""a\"#) }
    }

    @Test(arguments: [
        "a\u{0}b", "a\u{1}b", "a\nb", "a\rb", "PING\r", "a\u{1B}b", "a\u{7F}b", "\"a\u{1}b\"", "\"a\nb\"",
        "\"a\u{7F}\"",
        "name=a\u{8}",
    ])
    func controlCharactersAreSyntaxErrors(line: String) {
        #expect(syntaxCode(line))
    }

    @Test func controlCharacterMessageNamesByteAndColumn() {
        #expect(throws: ProtocolError(.syntax, "control character 0x1 at column 2")) { try LineLexer.words("a\u{1}") }
        #expect(throws: ProtocolError(.syntax, "control character 0x7f at column 4")) {
            try LineLexer.words("\"ab\u{7F}\"")
        }
    }

    private func syntaxCode(_ line: String) -> Bool {
        do {
            _ = try LineLexer.words(line)
            return false
        } catch {
            return error.code == .syntax
        }
    }
}
