import JixiaoClient
import JixiaoWeb
import Testing

@Suite struct ReplyAssemblerTests {
    @Test func linesBecomeRepliesByTheRowsRule() throws {
        var assembler = ReplyAssembler()
        var replies: [ReceivedReply] = []
        for line in [
            "OK seq=3", "OK rows=2", "unit\tname", "a\t甲", "b\t乙\\t丙", "ERR DENIED needs the operator role",
            "OK seq=4 rows=0", "severity\trule",
        ] {
            if let reply = try assembler.take(line) { replies.append(reply) }
        }
        #expect(
            replies.map(\.statusLine) == [
                "OK seq=3", "OK rows=2", "ERR DENIED needs the operator role", "OK seq=4 rows=0",
            ]
        )
        #expect(replies[1].records == [["unit": "a", "name": "甲"], ["unit": "b", "name": "乙\t丙"]])
        #expect(replies[2].refusal?.label == "没有权限")
        #expect(replies[3].records.isEmpty && replies[3].statusWord("seq") == "4")
        #expect(!assembler.isInsideReply)
    }

    @Test func aLineThatStartsNoReplyIsAProtocolViolation() {
        var assembler = ReplyAssembler()
        #expect(throws: DaemonError.self) { try assembler.take("EVENT seq=1 …") }
    }
}
