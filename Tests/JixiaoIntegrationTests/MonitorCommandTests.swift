import Foundation
import JixiaoClient
import Testing

/// `jixiao monitor` for a daily cron job: lagging rows first, exit code 4 on red.
@Suite struct MonitorCommandTests {
    @Test func aRedWarningMakesTheExitCodeFour() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in [
            "UNIT CREATE u name=单位", "YEAR CREATE u 2024", "PROJECT CREATE u 2024 p name=项目 budget_full=35万元",
            "PAYMENT ADD u 2024 p date=2024-01-15 amount=2万元",
        ] {
            #expect(try connection.request(line).isOK, "\(line)")
        }
        let early = try ClientRun.jixiao(["monitor", "u", "2024", "--date", "2024-01-31"], socket: daemon.socketPath)
        #expect(early.status == 0, "2/35 = 5.71 % against 8.47 % of the year: green")
        let late = try ClientRun.jixiao(["monitor", "u", "2024", "--date", "2024-06-30"], socket: daemon.socketPath)
        #expect(late.status == 4)
        let first = late.output.split(separator: "\n").dropFirst().first.map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
        #expect(first?[0] == "red")
        #expect(first?[3] == "p")
        #expect(first?[9] == "44.02", "49.73 − 5.71 points behind")
    }
}
