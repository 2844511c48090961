import JixiaoProtocol
import Testing

@Suite struct WordQuotingTests {
    @Test(
        arguments: [
            ("hongjiang", "hongjiang"),
            ("洪江市医疗保障局", "洪江市医疗保障局"),
            ("15万元", "15万元"),
            ("-3", "-3"),
            ("a'b", "a'b"),
            ("", #""""#),
            ("a b", #""a b""#),
            ("a\"b", #""a\"b""#),
            ("a\\b", #""a\\b""#),
            ("a=b", #""a=b""#),
            ("#x", ##""#x""##),
            ("x#", ##""x#""##),
            ("a\nb", #""a\nb""#),
            ("a\tb", #""a\tb""#),
            ("a\rb", #""a\rb""#),
            ("洪江 市", #""洪江 市""#),
        ] as [(String, String)]
    )
    func quoteLeavesSafeWordsBareAndQuotesTheRest(text: String, word: String) {
        #expect(WordQuoting.quote(text) == word)
    }

    @Test func keyedPutsTheKeyBeforeTheQuotedValue() {
        #expect(WordQuoting.keyed("name", "洪江 市") == #"name="洪江 市""#)
        #expect(WordQuoting.keyed("name", "洪江") == "name=洪江")
        #expect(WordQuoting.keyed("executed", "") == #"executed="""#)
    }

    @Test(arguments: [
        "hongjiang", "洪江市医疗保障局", "", " ", "a b", "\"", "\\", "\\\"", "a=b", "name=x", "#", "#comment", "a\nb\tc\rd",
        "\"quoted\"", "trailing\\", "e\u{301}", "🧾 票据",
    ])
    func quotedWordLexesBackToOnePositionalWord(text: String) throws {
        #expect(try LineLexer.words(WordQuoting.quote(text)) == [Word(text)])
        #expect(try LineLexer.words(WordQuoting.keyed("name", text)) == [Word(text, key: "name")])
    }
}
