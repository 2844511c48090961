import Foundation
import JixiaoClient
import Testing

/// 报送 is gated on the checker: a unit-year with error findings or lines that cannot be
/// scored is refused, naming how many, unless forced with a reason that is recorded.
@Suite struct SubmitGateTests {
    private func daemon() throws -> (DaemonProcess, ClientConnection) {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in [
            "UNIT CREATE hongjiang name=洪江", "YEAR CREATE hongjiang 2024",
            "DEPT UPDATE hongjiang 2024 budget_full=100万元 executed=90万元 printed_score=10",
            "INDICATOR CREATE hongjiang 2024 dept a level1=产出指标 level2=数量指标 name=培训 target=≥2次 actual=2次 weight=90 score=90",
        ] {
            #expect(try connection.request(line).isOK, "\(line)")
        }
        return (daemon, connection)
    }

    @Test func aYearWithErrorsIsRefusedWithoutForce() throws {
        // 执行率 printed 10 where 10 × 90% = 9: an over-scored row is an error.
        let (daemon, connection) = try daemon()
        let refused = try connection.request("YEAR SUBMIT hongjiang 2024")
        #expect(refused.error?.code == "SUBMIT_BLOCKED", "\(refused.statusLine)")
        #expect(refused.error?.message.contains("1个错误") == true, "\(refused.statusLine)")
        let year = try connection.request("YEAR GET hongjiang 2024")
        #expect(year.cells.first?.contains("draft") == true)
        let forced = try connection.request("YEAR SUBMIT hongjiang 2024 force=yes reason=\"报告原样公开\"")
        #expect(forced.isOK, "\(forced.statusLine)")
        let after = try connection.request("YEAR GET hongjiang 2024")
        #expect(after.cells.first?.contains("报告原样公开") == true, "\(after.cells)")
        daemon.stop()
    }

    @Test func checkExitsThreeOnAnOverScoredRow() throws {
        let (daemon, connection) = try daemon()
        let over = try ClientRun.jixiao(["check", "run", "hongjiang", "2024"], socket: daemon.socketPath)
        #expect(over.status == 3, "\(over.output)")
        #expect(over.output.contains("score-over"), "\(over.output)")
        #expect(try connection.request("DEPT UPDATE hongjiang 2024 printed_score=9").isOK)
        let clean = try ClientRun.jixiao(["check", "run", "hongjiang", "2024"], socket: daemon.socketPath)
        #expect(clean.status == 0, "\(clean.output)")
        daemon.stop()
    }

    @Test func aCleanYearSubmitsWithoutForce() throws {
        let (daemon, connection) = try daemon()
        #expect(try connection.request("DEPT UPDATE hongjiang 2024 printed_score=9").isOK)
        let submit = try connection.request("YEAR SUBMIT hongjiang 2024")
        #expect(submit.isOK, "\(submit.statusLine)")
        daemon.stop()
    }

    @Test func aSubmitInsideATransactionIsJudgedWithTheChangesBeforeIt() throws {
        let (daemon, connection) = try daemon()
        // The fix ordered before the submit in the same COMMIT lets it through.
        for line in ["BEGIN", "DEPT UPDATE hongjiang 2024 printed_score=9", "YEAR SUBMIT hongjiang 2024"] {
            #expect(try connection.request(line).isOK, "\(line)")
        }
        let commit = try connection.request("COMMIT")
        #expect(commit.isOK, "\(commit.statusLine)")
        #expect(try connection.request("YEAR GET hongjiang 2024").cells.first?.contains("submitted") == true)
        daemon.stop()
    }

    @Test func aTransactionThatBreaksTheYearBeforeSubmittingItIsRefusedWhole() throws {
        let (daemon, connection) = try daemon()
        #expect(try connection.request("DEPT UPDATE hongjiang 2024 printed_score=9").isOK)
        for line in ["BEGIN", "DEPT UPDATE hongjiang 2024 printed_score=10", "YEAR SUBMIT hongjiang 2024"] {
            #expect(try connection.request(line).isOK, "\(line)")
        }
        let commit = try connection.request("COMMIT")
        #expect(commit.error?.code == "SUBMIT_BLOCKED", "\(commit.statusLine)")
        #expect(commit.error?.message.contains("change 2 of 2") == true, "\(commit.statusLine)")
        let year = try connection.request("YEAR GET hongjiang 2024")
        #expect(year.cells.first?.contains("draft") == true, "\(year.cells)")
        let dept = try connection.request("DEPT GET hongjiang 2024")
        let row = Dictionary(uniqueKeysWithValues: zip(dept.columns, dept.cells.first ?? []))
        #expect(row["printed_score"] == "9", "the transaction's change is not applied either: \(row)")
        daemon.stop()
    }

    @Test func forceNeedsAReason() throws {
        let (daemon, connection) = try daemon()
        #expect(try connection.request("YEAR SUBMIT hongjiang 2024 force=yes").error?.code == "BAD_VALUE")
        daemon.stop()
    }

    @Test func theTypedCommandSubmitsDespiteErrorsWithAReason() throws {
        let (daemon, _) = try daemon()
        let refused = try ClientRun.jixiao(["submit", "hongjiang", "2024"], socket: daemon.socketPath)
        #expect(refused.status != 0)
        #expect(refused.errors.contains("SUBMIT_BLOCKED") || refused.errors.contains("1个错误"), "\(refused.errors)")
        let forced = try ClientRun.jixiao(
            ["submit", "hongjiang", "2024", "--despite-errors", "--reason", "报告原样公开"],
            socket: daemon.socketPath
        )
        #expect(forced.status == 0, "\(forced.errors)")
        daemon.stop()
    }
}
