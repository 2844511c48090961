import JixiaoProtocol
import Testing

@Suite struct ProxiedRequestTests {
    @Test func anAsPrefixSplitsIntoTheUserAndTheRequest() throws {
        let proxied = try #require(
            try ProxiedRequest.split("as olga  IF REV=3 PAYMENT ADD a 2024 dept date=2024-01-02")
        )
        #expect(proxied.user == "olga")
        #expect(proxied.request == "IF REV=3 PAYMENT ADD a 2024 dept date=2024-01-02")
        #expect(proxied.line == "AS olga IF REV=3 PAYMENT ADD a 2024 dept date=2024-01-02")
    }

    @Test func otherLinesAreNotProxied() throws {
        #expect(try ProxiedRequest.split("ASK x") == nil)
        #expect(try ProxiedRequest.split("AT SEQ 1 UNIT LIST") == nil)
        #expect(try ProxiedRequest.split("") == nil)
    }

    @Test(arguments: [
        ("AS", "ARITY"), ("AS olga", "ARITY"), ("AS olga # note", "ARITY"),
        ("AS \"olga x\" HELLO", "BAD_VALUE"), ("AS -x HELLO", "BAD_VALUE"), ("AS o=1 HELLO", "BAD_VALUE"),
        ("AS olga as bob HELLO", "BAD_ARGUMENT"),
    ])
    func malformedPrefixesAreRefused(line: String, code: String) {
        do {
            _ = try ProxiedRequest.split(line)
            Issue.record("accepted \(line)")
        } catch {
            #expect(error.code.rawValue == code, "\(line): \(error)")
        }
    }
}
