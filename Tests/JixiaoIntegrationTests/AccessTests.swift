import Foundation
import JixiaoClient
import JixiaoJournal
import Testing

/// Real users in real groups connect and get exactly what their role allows; the journal
/// names who made each change.
@Suite(.enabled(if: TestUsers.available, "needs root, groupadd and setpriv"))
struct AccessTests {
    /// A daemon configured with the test groups, its socket open to every user (the test
    /// is about roles, not file modes), with two units and a year each made by root.
    private func daemon(operatorUnits: String = "hongjiang") throws -> DaemonProcess {
        #expect(TestUsers.created)
        let folder = try TestEnvironment.makeScratchDirectory()
        let config = folder.appendingPathComponent("jixiao.conf").path
        try TestUsers.configuration(operatorUnits: operatorUnits).write(
            toFile: config,
            atomically: true,
            encoding: .utf8
        )
        let daemon = try DaemonProcess(arguments: ["--config", config, "--socket-mode", "0666"])
        chmod(daemon.scratch.path, 0o755)
        let root = try daemon.connect()
        for line in [
            "UNIT CREATE hongjiang name=洪江", "UNIT CREATE daoxian name=道县",
            "YEAR CREATE hongjiang 2024", "YEAR CREATE daoxian 2024",
            "INDICATOR CREATE hongjiang 2024 dept peixun level1=产出指标 level2=数量指标 name=培训 target=≥2次 weight=5",
        ] {
            #expect(try root.request(line).isOK, "\(line)")
        }
        return daemon
    }

    private func run(_ user: String, _ line: String, on daemon: DaemonProcess) throws -> ClientRun {
        try TestUsers.jixiao(as: user, ["raw", line], socket: daemon.socketPath)
    }

    static let cases: [(user: String, line: String, allowed: Bool, needs: String)] = [
        ("jxt-nobody", "UNIT LIST", false, "read"),
        ("jxt-nobody", "HELLO", true, ""),
        // A plain GET takes the fast path (GetLineParser); the roles apply to it the same.
        ("jxt-nobody", "INDICATOR GET hongjiang 2024 dept peixun", false, "read"),
        ("jxt-nobody", "UNIT GET hongjiang", false, "read"),
        ("jxt-reader", "INDICATOR GET hongjiang 2024 dept peixun", true, ""),
        ("jxt-reader", "UNIT LIST", true, ""),
        ("jxt-reader", "EXPORT", true, ""),
        ("jxt-reader", "YEAR UPDATE hongjiang 2024 staff_actual=3", false, "operator"),
        ("jxt-clerk", "YEAR UPDATE hongjiang 2024 staff_actual=3", true, ""),
        ("jxt-clerk", "INDICATOR UPDATE hongjiang 2024 dept peixun actual=3次", true, ""),
        ("jxt-clerk", "YEAR UPDATE daoxian 2024 staff_actual=3", false, "admin"),
        ("jxt-clerk", "UNIT CREATE lengshuitan name=冷水滩", false, "admin"),
        ("jxt-clerk", "CHECK DISABLE hongjiang 2024 weights reason=test", false, "admin"),
        ("jxt-boss", "YEAR UPDATE daoxian 2024 staff_actual=4", true, ""),
        ("jxt-boss", "UNIT CREATE lengshuitan name=冷水滩", true, ""),
    ]

    @Test(arguments: cases.indices)
    func eachRoleIsAllowedAndDeniedAsConfigured(_ index: Int) throws {
        let (user, line, allowed, needs) = Self.cases[index]
        let daemon = try daemon()
        let before = daemon.journalFiles.map { (try? Data(contentsOf: $0)) ?? Data() }
        let result = try run(user, line, on: daemon)
        if allowed {
            #expect(result.status == 0, "\(user): \(line): \(result.errors)")
        } else {
            #expect(result.status != 0)
            #expect(result.errors.contains("ERR DENIED"), "\(user): \(line): \(result.errors)")
            #expect(result.errors.contains("needs the \(needs) role"), "\(result.errors)")
            // Denied: journaled nowhere.
            #expect(daemon.journalFiles.map { (try? Data(contentsOf: $0)) ?? Data() } == before)
        }
    }

    @Test func theJournalNamesWhoMadeEachChange() throws {
        let daemon = try daemon()
        #expect(try run("jxt-clerk", "YEAR UPDATE hongjiang 2024 staff_actual=7", on: daemon).status == 0)
        #expect(try run("jxt-boss", "YEAR UPDATE daoxian 2024 staff_actual=8", on: daemon).status == 0)
        #expect(try run("jxt-reader", "YEAR UPDATE daoxian 2024 staff_actual=9", on: daemon).status != 0)
        daemon.stop()
        var authors: [String: String] = [:]
        _ = try StateDirectory(path: daemon.stateDirectory).replay { record in
            for line in record.lines { authors[line] = record.author }
        }
        #expect(authors["UNIT CREATE hongjiang name=洪江"] == "root")
        #expect(authors["YEAR UPDATE hongjiang 2024 staff_actual=7"] == "jxt-clerk")
        #expect(authors["YEAR UPDATE daoxian 2024 staff_actual=8"] == "jxt-boss")
        #expect(!authors.keys.contains { $0.contains("staff_actual=9") })
    }

    @Test func aReloadChangesTheGrantsOfOpenConnections() throws {
        let daemon = try daemon()
        #expect(try run("jxt-clerk", "YEAR UPDATE daoxian 2024 staff_actual=3", on: daemon).status != 0)
        let arguments = try #require(daemon.process?.arguments)
        let file = arguments[try #require(arguments.firstIndex(of: "--config")) + 1]
        try TestUsers.configuration(operatorUnits: "hongjiang, daoxian").write(
            toFile: file,
            atomically: true,
            encoding: .utf8
        )
        kill(daemon.process!.processIdentifier, SIGHUP)
        let deadline = Date().addingTimeInterval(10)
        var status: Int32 = 1
        while Date() < deadline {
            status = try run("jxt-clerk", "YEAR UPDATE daoxian 2024 staff_actual=3", on: daemon).status
            if status == 0 { break }
            usleep(50_000)
        }
        #expect(status == 0)
    }

    @Test func aSubmittedYearIsLockedForOperatorsUntilAnAdminReopensIt() throws {
        let daemon = try daemon()
        let update = "INDICATOR UPDATE hongjiang 2024 dept peixun actual=1次"
        #expect(try run("jxt-clerk", update, on: daemon).status == 0)
        let refused = try run("jxt-clerk", "YEAR SUBMIT hongjiang 2024", on: daemon)
        #expect(refused.errors.contains("ERR SUBMIT_BLOCKED hongjiang 2024 cannot be submitted"), "\(refused.errors)")
        let submit = "YEAR SUBMIT hongjiang 2024 force=yes reason=报告原样报送"
        #expect(try run("jxt-clerk", submit, on: daemon).status == 0)
        let locked = try run("jxt-clerk", "INDICATOR UPDATE hongjiang 2024 dept peixun actual=2次", on: daemon)
        #expect(locked.errors.contains("ERR LOCKED hongjiang 2024 is submitted"), "\(locked.errors)")
        let reopenByClerk = try run("jxt-clerk", "YEAR REOPEN hongjiang 2024 reason=改数", on: daemon)
        #expect(reopenByClerk.errors.contains("ERR DENIED needs the admin role"), "\(reopenByClerk.errors)")
        #expect(try run("jxt-boss", "YEAR REOPEN hongjiang 2024 reason=指标实际值有误", on: daemon).status == 0)
        #expect(try run("jxt-clerk", "INDICATOR UPDATE hongjiang 2024 dept peixun actual=3次", on: daemon).status == 0)
        let year = try run("jxt-reader", "YEAR GET hongjiang 2024", on: daemon)
        #expect(year.output.contains("reopened"), "\(year.output)")
        let export = try run("jxt-reader", "EXPORT hongjiang 2024", on: daemon).output
        #expect(export.contains("YEAR SUBMIT hongjiang 2024 force=yes reason=报告原样报送"))
        #expect(export.contains("YEAR REOPEN hongjiang 2024 reason=指标实际值有误"))
        daemon.stop()
        var authors: [String: String] = [:]
        _ = try StateDirectory(path: daemon.stateDirectory).replay { record in
            for line in record.lines { authors[line] = record.author }
        }
        #expect(authors[submit] == "jxt-clerk")
        #expect(authors["YEAR REOPEN hongjiang 2024 reason=指标实际值有误"] == "jxt-boss")
        #expect(authors["INDICATOR UPDATE hongjiang 2024 dept peixun actual=2次"] == nil)
    }
}
