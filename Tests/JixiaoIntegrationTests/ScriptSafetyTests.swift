import Foundation
import JixiaoClient
import Testing

/// What `jixiao` sends is what the user typed: never a second request hidden in an
/// argument, never a wait for a reply that cannot come.
@Suite struct ScriptSafetyTests {
    private func seeded() throws -> DaemonProcess {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in [
            "UNIT CREATE u name=县医保局", "YEAR CREATE u 2024", "PROJECT CREATE u 2024 p name=项目 budget_initial=10万元",
        ] {
            #expect(try connection.request(line).isOK, "\(line)")
        }
        return daemon
    }

    private func journalSequence(_ daemon: DaemonProcess) throws -> String? {
        try daemon.connect().request("STATUS").cells.first { $0.first == "journal_seq" }?.last
    }

    @Test func rawRefusesAnArgumentWithALineBreakAndRunsNothing() throws {
        let daemon = try seeded()
        let before = try journalSequence(daemon)
        for line in ["PING\nPROJECT DELETE u 2024 p", "PING\rPROJECT DELETE u 2024 p", "PROJECT DELETE u 2024 p\n"] {
            let run = try ClientRun.jixiao(["raw", line], socket: daemon.socketPath)
            #expect(run.status == 64, "\(line.debugDescription): \(run.errors)")
            #expect(run.errors.contains("line break"), "\(run.errors)")
        }
        #expect(try daemon.connect().request("PROJECT GET u 2024 p").isOK, "the project is still there")
        #expect(try journalSequence(daemon) == before, "nothing was journaled")
    }

    @Test(arguments: ["", "   ", "# a comment", "\t# indented comment"])
    func rawWithABlankOrCommentLineReturnsAtOnce(line: String) throws {
        let daemon = try seeded()
        let started = Date()
        let run = try ClientRun.jixiao(["raw", line], socket: daemon.socketPath, deadline: 15)
        #expect(run.status == 64, "exit \(run.status): \(run.errors)")
        #expect(Date().timeIntervalSince(started) < 10, "it did not wait for a reply that never comes")
        #expect(run.errors.contains("not sent"), "\(run.errors)")
    }

    @Test func aTypedValueWithALineBreakIsSentQuotedAsOneRequest() throws {
        let daemon = try seeded()
        let note = "第一行\nPROJECT DELETE u 2024 p"
        let run = try ClientRun.jixiao(
            ["funds", "set", "u", "2024", "p", "current", "--initial", "10万元", "--note", note],
            socket: daemon.socketPath
        )
        #expect(run.status == 0, "\(run.errors)")
        #expect(try daemon.connect().request("PROJECT GET u 2024 p").isOK, "the project was not deleted")
        let line = try daemon.connect().request("LINE GET u 2024 p source.current")
        #expect(line.cells.first?.contains(note) == true, "the note holds the line break as typed")
    }

    @Test func timeoutEndsACommandTheDaemonDoesNotAnswer() throws {
        let daemon = try seeded()
        let staller = try daemon.connect()
        try staller.send(["DEBUG STALL 8"])
        usleep(200_000)
        let started = Date()
        let run = try ClientRun.jixiao(
            ["check", "u", "2024", "--timeout", "1"],
            socket: daemon.socketPath,
            deadline: 20
        )
        #expect(run.status == 75, "exit \(run.status): \(run.errors)")
        #expect(Date().timeIntervalSince(started) < 6)
        #expect(run.errors.contains("did not answer within 1 s"), "\(run.errors)")
        let chinese = try ClientRun.jixiao(
            ["check", "u", "2024"],
            socket: daemon.socketPath,
            environment: ["LANG": "zh_CN.UTF-8", "JIXIAO_TIMEOUT": "1"],
            deadline: 20
        )
        #expect(chinese.status == 75)
        #expect(chinese.errors.contains("在 1 秒内没有应答"), "\(chinese.errors)")
    }

    @Test func permissionDeniedOnTheSocketNamesTheRoleGroups() throws {
        guard TestUsers.created else { return }
        let daemon = try seeded()
        // The scratch folder is 0700: another user cannot reach the socket in it.
        let run = try TestUsers.jixiao(as: "jxt-nobody", ["ping"], socket: daemon.socketPath)
        #expect(run.status == 77, "exit \(run.status): \(run.errors)")
        #expect(run.errors.contains("jixiao-operator"), "\(run.errors)")
        #expect(!run.errors.contains("is it running"), "\(run.errors)")
    }
}
