import JixiaoProtocol
import JixiaoWeb
import Testing

@Suite struct ProtocolLineTests {
    @Test func typedValuesStayOneWordEach() throws {
        let line = ProtocolLine("PAYMENT ADD").values("ceshi", "2025", "jiandu").key("date", "2025-05-10")
            .key("amount", "12000元").key("note", "a b amount=1元\nYEAR SUBMIT ceshi 2025 # x \"q\" \\")
        let request = try #require(try Request(line: line.text))
        #expect(request.name == "PAYMENT ADD")
        #expect(request.arguments == ["ceshi", "2025", "jiandu"])
        #expect(request.options.map(\.key) == ["date", "amount", "note"])
        #expect(request.options[2].value == "a b amount=1元\nYEAR SUBMIT ceshi 2025 # x \"q\" \\")
        #expect(!line.text.contains("\n"))
    }

    @Test func theProxyPrefixAndTheRevisionConditionGoFirst() throws {
        let line = ProtocolLine("INDICATOR UPDATE").values("a", "2025", "dept", "x").key("actual", "80%")
            .ifRevision("12")
        #expect(line.as("olga") == "AS olga IF REV=12 INDICATOR UPDATE a 2025 dept x actual=80%")
        #expect(line.ifRevision("not a number").text == line.text)
        let proxied = try #require(try ProxiedRequest.split(line.as("olga")))
        #expect(proxied.user == "olga" && proxied.request == line.text)
    }

    @Test func anEmptyValueIsLeftOutOrClears() {
        #expect(ProtocolLine("X").keyIfGiven("note", "").text == "X")
        #expect(ProtocolLine("X").key("note", "").text == "X note=\"\"")
    }
}
