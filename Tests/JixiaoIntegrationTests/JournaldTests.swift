import Foundation
import JixiaoClient
import Testing

/// Logging to journald, against a stand-in journald: a datagram socket bound over
/// `/run/systemd/journal/socket` in a private mount namespace (so it needs root), receiving
/// what libsystemd sends.
@Suite(.enabled(if: getuid() == 0, "needs root for a private mount namespace (unshare --mount)"))
struct JournaldTests {
    /// Runs the daemon with an empty `/run/systemd` of its own, and the stand-in journald's
    /// socket (when given) bound where libsystemd sends entries.
    private func start(journal: DatagramListener?, scratch: URL) throws -> ServiceProcess {
        var script = "mount -n -t tmpfs tmpfs /run/systemd && mkdir /run/systemd/journal"
        if let journal {
            script +=
                " && touch /run/systemd/journal/socket && mount -n --bind '\(journal.path)' /run/systemd/journal/socket"
        }
        script += " && exec \"$0\" \"$@\""
        return try ServiceProcess(
            scratch: scratch,
            launcher: ["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
            logIsJournalStream: true
        )
    }

    /// The fields of one native-protocol entry: `KEY=value` lines, or `KEY`, a 64-bit
    /// little-endian length and the value for values with newlines.
    static func fields(_ bytes: [UInt8]) -> [String: String] {
        var fields: [String: String] = [:]
        var index = 0
        while index < bytes.count {
            guard let end = bytes[index...].firstIndex(where: { $0 == 0x0A || $0 == 0x3D }) else { break }
            let name = String(decoding: bytes[index..<end], as: UTF8.self)
            if bytes[end] == 0x3D {
                let newline = bytes[(end + 1)...].firstIndex(of: 0x0A) ?? bytes.count
                fields[name] = String(decoding: bytes[(end + 1)..<newline], as: UTF8.self)
                index = newline + 1
            } else {
                let length = (0..<8).reduce(0) { $0 | Int(bytes[end + 1 + $1]) << (8 * $1) }
                let start = end + 9
                fields[name] = String(decoding: bytes[start..<(start + length)], as: UTF8.self)
                index = start + length + 1
            }
        }
        return fields
    }

    @Test func changesReachTheJournalWithStructuredFields() throws {
        let scratch = try TestEnvironment.makeScratchDirectory()
        let journal = try DatagramListener(path: scratch.appendingPathComponent("journal.sock").path)
        let service = try start(journal: journal, scratch: scratch)
        let client = try service.waitUntilAnswering()
        #expect(try client.request("UNIT CREATE hongjiang name=洪江市医疗保障局").isOK)
        #expect(try client.request("YEAR CREATE hongjiang 2024").isOK)
        #expect(try client.request("PROJECT CREATE hongjiang 2024 jicha name=稽查经费 budget_initial=15万元").isOK)

        var entries: [[String: String]] = []
        let deadline = ContinuousClock.now + .seconds(10)
        while !entries.contains(where: { $0["JIXIAO_OBJECT"] == "hongjiang/2024/jicha" }),
            ContinuousClock.now < deadline
        {
            if let datagram = journal.receive(timeout: .milliseconds(200)) {
                entries.append(Self.fields(datagram.bytes))
            }
        }
        let change = try #require(entries.first { $0["JIXIAO_OBJECT"] == "hongjiang/2024/jicha" })
        #expect(change["PRIORITY"] == "6")
        #expect(change["SYSLOG_IDENTIFIER"] == "jixiaod")
        #expect(change["JIXIAO_OPERATOR"] == "root")
        #expect(change["JIXIAO_UNIT"] == "hongjiang")
        #expect(change["JIXIAO_YEAR"] == "2024")
        #expect(change["JIXIAO_SEQ"] == "3")
        #expect(change["JIXIAO_CHANGE"] == "PROJECT CREATE hongjiang 2024 jicha name=稽查经费 budget_initial=15万元")
        #expect(change["MESSAGE"]?.hasPrefix("change change=PROJECT CREATE") == true)
        #expect(change["CODE_FILE"]?.hasSuffix("StateExecutor+Commit.swift") == true)
        let replayed = entries.first { $0["MESSAGE"]?.hasPrefix("journal replayed") == true }
        #expect(replayed?["JIXIAO_JOURNAL_RECORDS"] == "0")
        #expect(!service.log.contains("change"), "with journald there, nothing goes to standard error")

        service.signal(SIGTERM)
        #expect(service.waitForExit() == 0)
    }

    @Test func withoutJournaldTheDaemonSaysSoAndLogsToStandardError() throws {
        let scratch = try TestEnvironment.makeScratchDirectory()
        let service = try start(journal: nil, scratch: scratch)
        let client = try service.waitUntilAnswering()
        #expect(try client.request("UNIT CREATE hongjiang name=洪江市医疗保障局").isOK)
        service.signal(SIGTERM)
        #expect(service.waitForExit() == 0)
        #expect(service.log.contains("standard error is the journal but /run/systemd/journal/socket is not writable"))
        #expect(service.log.contains("op.author=root"))
    }
}
