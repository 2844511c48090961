import JixiaoSystemd
import Logging
import Testing

@Suite struct JournalEntryTests {
    private func event(_ level: Logger.Level, _ message: Logger.Message) -> LogEvent {
        LogEvent(
            level: level,
            message: message,
            metadata: nil,
            source: "JixiaoServer",
            file: "JixiaoServer/StateExecutor.swift",
            function: "commit(_:author:)",
            line: 142
        )
    }

    @Test func aChangeBecomesAnEntryWithTheFieldsOperatorsFilterBy() {
        let fields = JournalEntry.fields(
            for: event(.info, "change"),
            metadata: [
                "journal.seq": "9", "op.author": "olga", "object": "hongjiang/2024/p7", "object.unit": "hongjiang",
                "object.year": "2024", "change": "PROJECT CREATE hongjiang 2024 p7 name=x",
            ],
            identifier: "jixiaod"
        )
        #expect(
            fields == [
                JournalField(
                    "MESSAGE",
                    "change change=PROJECT CREATE hongjiang 2024 p7 name=x journal.seq=9 object=hongjiang/2024/p7 "
                        + "object.unit=hongjiang object.year=2024 op.author=olga"
                ),
                JournalField("PRIORITY", "6"),
                JournalField("SYSLOG_IDENTIFIER", "jixiaod"),
                JournalField("CODE_FILE", "JixiaoServer/StateExecutor.swift"),
                JournalField("CODE_LINE", "142"),
                JournalField("CODE_FUNC", "commit(_:author:)"),
                JournalField("JIXIAO_CHANGE", "PROJECT CREATE hongjiang 2024 p7 name=x"),
                JournalField("JIXIAO_SEQ", "9"),
                JournalField("JIXIAO_OBJECT", "hongjiang/2024/p7"),
                JournalField("JIXIAO_UNIT", "hongjiang"),
                JournalField("JIXIAO_YEAR", "2024"),
                JournalField("JIXIAO_OPERATOR", "olga"),
            ]
        )
    }

    @Test(arguments: [
        (Logger.Level.trace, 7), (.debug, 7), (.info, 6), (.notice, 5), (.warning, 4), (.error, 3), (.critical, 2),
    ])
    func prioritiesAreSyslogs(level: Logger.Level, priority: Int) {
        #expect(JournalEntry.priority(level) == priority)
        #expect(JournalEntry.fields(for: event(level, "x"), metadata: [:], identifier: "j")[1].value == "\(priority)")
    }

    @Test(arguments: [
        ("conn.id", "JIXIAO_CONN_ID"), ("sl-service", "JIXIAO_SL_SERVICE"),
        ("watchdog.interval", "JIXIAO_WATCHDOG_INTERVAL"),
        ("op.author", "JIXIAO_OPERATOR"), ("Ünïcode key", "JIXIAO__N_CODE_KEY"),
    ])
    func everyMetadataKeyBecomesAValidFieldName(key: String, name: String) {
        #expect(JournalEntry.fieldName(forMetadataKey: key) == name)
    }

    @Test func aLongKeyIsCutToJournaldsLimit() {
        let name = JournalEntry.fieldName(forMetadataKey: String(repeating: "k", count: 100))
        #expect(name.count == 64)
        #expect(name.hasPrefix("JIXIAO_KKK"))
    }
}
