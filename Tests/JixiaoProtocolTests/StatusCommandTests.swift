import JixiaoProtocol
import Testing

@Suite struct StatusCommandTests {
    @Test func statusParsesAndTakesNoArguments() throws {
        #expect(try CommandParser.parse("status") == .status)
        #expect(throws: ProtocolError.self) { try CommandParser.parse("STATUS now") }
        #expect(CommandTable.spec(named: "STATUS")?.mutates == false)
        #expect(ModelTables.help(nil)?.rows.contains { $0[0] == "STATUS" } == true)
    }

    /// Every build parses `DEBUG STALL` (the daemon decides whether to run it).
    @Test func debugStallParsesWithABoundedDuration() throws {
        #expect(try CommandParser.parse("DEBUG STALL 3") == .debugStall(seconds: 3))
        for bad in ["DEBUG STALL 0", "DEBUG STALL 601", "DEBUG STALL soon"] {
            #expect(throws: ProtocolError.self, "\(bad)") { try CommandParser.parse(bad) }
        }
    }

    @Test func helpListsDebugStallOnlyInDebugBuilds() {
        let listed = ModelTables.help(nil)?.rows.contains { $0[0] == "DEBUG STALL" } == true
        #if DEBUG
        #expect(listed)
        #else
        #expect(!listed)
        #endif
    }
}
