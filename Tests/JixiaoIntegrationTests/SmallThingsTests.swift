import Foundation
import JixiaoClient
import Testing

/// The small things an operator and the IT person ran into: a monitor date from another
/// year, a 基础数据表 asked of a project, a configuration naming groups or units that do
/// not exist, a watch's messages, a chart's title.
@Suite struct SmallThingsTests {
    private func seeded() throws -> DaemonProcess {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in [
            "UNIT CREATE u name=县医保局", "YEAR CREATE u 2024",
            "PROJECT CREATE u 2024 p name=稽查稽核工作经费 budget_initial=15万元",
            "PAYMENT ADD u 2024 p date=2024-03-15 amount=5万元",
        ] {
            #expect(try connection.request(line).isOK, "\(line)")
        }
        return daemon
    }

    @Test func monitorRefusesADateOutsideTheFiscalYear() throws {
        let daemon = try seeded()
        let run = try ClientRun.jixiao(["monitor", "u", "2024", "--date", "2025-03-31"], socket: daemon.socketPath)
        #expect(run.status == 1)
        #expect(run.errors.contains("ERR BAD_VALUE"), "\(run.errors)")
        #expect(run.errors.contains("not in fiscal year 2024"), "\(run.errors)")
        let inside = try ClientRun.jixiao(["monitor", "u", "2024", "--date", "2024-06-30"], socket: daemon.socketPath)
        #expect(inside.status == 0, "\(inside.errors)")
        // Without a date, a past year is monitored on its last day.
        let past = try daemon.connect().request("MONITOR u 2024")
        #expect(past.isOK, "\(past.statusLine)")
    }

    @Test func aProjectHasNoBaseDataTable() throws {
        let daemon = try seeded()
        let run = try ClientRun.jixiao(["table", "u", "2024", "p", "--form", "base"], socket: daemon.socketPath)
        #expect(run.status == 64)
        #expect(run.errors.contains("project p has no 基础数据表"), "\(run.errors)")
        let raw = try daemon.connect().request("TABLE u 2024 p form=base")
        #expect(raw.statusLine.hasPrefix("ERR BAD_VALUE"), "\(raw.statusLine)")
        #expect(raw.statusLine.contains("a project has no 基础数据表"))
        #expect(try daemon.connect().request("TABLE u 2024 dept form=base").isOK)
    }

    @Test func theMonthlyPictureIsTitledByName() throws {
        let daemon = try seeded()
        let svg = daemon.scratch.appendingPathComponent("m.svg").path
        let run = try ClientRun.jixiao(["monthly", "u", "2024", "p", "--svg", svg], socket: daemon.socketPath)
        #expect(run.status == 0, "\(run.errors)")
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.contains("2024年 稽查稽核工作经费 累计支付与序时均衡线（万元）"), "\(text.prefix(600))")
        let dept = try ClientRun.jixiao(["monthly", "u", "2024", "dept", "--svg", svg], socket: daemon.socketPath)
        #expect(dept.status == 0)
        #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("县医保局 2024年 部门整体支出"))
    }

    @Test func watchSaysWhatHappenedOnce() throws {
        let daemon = try seeded()
        let missing = daemon.scratch.appendingPathComponent("none.sock").path
        // No daemon on the socket: it says so once, without a doubled prefix, and retries.
        let run = try ClientRun.jixiao(["watch", "--count", "1"], socket: missing, deadline: 3)
        #expect(run.errors.hasPrefix("jixiao: cannot reach jixiaod"), "\(run.errors)")
        #expect(!run.errors.contains("jixiao: jixiao:"), "\(run.errors)")
    }

    @Test func checkConfigRefusesGroupsAndUnitsThatDoNotExist() throws {
        let daemon = try seeded()
        let file = daemon.scratch.appendingPathComponent("jixiao.conf").path
        try "role_operator = jxt-no-such-group\n".write(toFile: file, atomically: true, encoding: .utf8)
        let groups = try ClientRun.jixiaod(["--check-config", "--config", file])
        #expect(groups.status == 78)
        #expect(groups.errors.contains("role_operator names the group jxt-no-such-group, which does not exist"))

        try "operator_units = u, nowhere\n".write(toFile: file, atomically: true, encoding: .utf8)
        let units = try ClientRun.jixiaod(["--check-config", "--config", file, "--state-dir", daemon.stateDirectory])
        #expect(units.status == 78, "\(units.output)")
        #expect(
            units.errors.contains("operator_units names the unit nowhere, which the state does not hold (units: u)")
        )
        try "operator_units = u\n".write(toFile: file, atomically: true, encoding: .utf8)
        let fine = try ClientRun.jixiaod(["--check-config", "--config", file, "--state-dir", daemon.stateDirectory])
        #expect(fine.status == 0, "\(fine.errors)")
    }
}
