import JixiaoSystemd
import Logging
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite struct JournaldLogHandlerTests {
    /// Entries the handler sent, instead of journald.
    final class Captured: Sendable {
        let entries = Mutex<[[JournalField]]>([])
        func value(_ name: String, in entry: Int = 0) -> String? {
            entries.withLock { $0[entry].first { $0.name == name }?.value }
        }
        var count: Int { entries.withLock { $0.count } }
    }

    private func logger(_ captured: Captured, level: Logger.Level = .info) -> Logger {
        var handler = JournaldLogHandler(identifier: "jixiaod") { fields in
            captured.entries.withLock { $0.append(fields) }
        }
        handler.logLevel = level
        return Logger(label: "test") { _ in handler }
    }

    @Test func loggerAndEventMetadataAreMergedAndTheEventWins() {
        let captured = Captured()
        var logger = logger(captured)
        logger[metadataKey: "conn.id"] = "3"
        logger[metadataKey: "op.author"] = "rita"
        logger.error("journal write failed", metadata: ["op.author": "olga", "journal.seq": "12"])
        #expect(captured.count == 1)
        #expect(captured.value("PRIORITY") == "3")
        #expect(captured.value("JIXIAO_CONN_ID") == "3")
        #expect(captured.value("JIXIAO_OPERATOR") == "olga")
        #expect(captured.value("JIXIAO_SEQ") == "12")
        #expect(captured.value("MESSAGE") == "journal write failed conn.id=3 journal.seq=12 op.author=olga")
        #expect(captured.value("CODE_FILE")?.hasSuffix("JournaldLogHandlerTests.swift") == true)
    }

    @Test func eventsBelowTheLevelAreNotSent() {
        let captured = Captured()
        let logger = logger(captured, level: .notice)
        logger.info("not sent")
        logger.notice("sent")
        #expect(captured.count == 1)
        #expect(captured.value("MESSAGE") == "sent")
    }

    @Test func theMetadataProviderAddsContext() {
        let captured = Captured()
        let handler = JournaldLogHandler(
            identifier: "jixiaod",
            metadataProvider: Logger.MetadataProvider { ["request": "r1"] }
        ) { fields in captured.entries.withLock { $0.append(fields) } }
        Logger(label: "test") { _ in handler }.info("x")
        #expect(captured.value("JIXIAO_REQUEST") == "r1")
    }

    @Test func withoutJournaldTheWrapperReportsItUnavailable() {
        // This machine's test runs have no journald socket unless one was made for them;
        // either way the answer must agree with the file system.
        #expect(SystemJournal.isAvailable == (access(SystemJournal.socketPath, W_OK) == 0))
    }
}
