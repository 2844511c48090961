import Foundation
import JixiaoClient
import Testing

/// The real `jixiao` binary, run the way operators' shell scripts run it.
@Suite struct ClientTests {
    private func seeded() throws -> DaemonProcess {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in [
            "UNIT CREATE hongjiang name=洪江市医疗保障局", "YEAR CREATE hongjiang 2024",
            "PROJECT CREATE hongjiang 2024 jicha name=2024年全市医疗机构稽查稽核工作经费 budget_initial=15万元 budget_full=15万元 executed=15万元",
            "PROJECT CREATE hongjiang 2024 zhengjiao name=\"2024年医保基金征收管理工作经费\" budget_initial=50万 budget_full=50万 executed=49.5万",
        ] {
            #expect(try connection.request(line).isOK, "\(line)")
        }
        return daemon
    }

    @Test func projectListPrintsTSVWithAHeaderWhenPiped() throws {
        let daemon = try seeded()
        let run = try ClientRun.jixiao(["project", "list", "hongjiang", "2024"], socket: daemon.socketPath)
        #expect(run.status == 0)
        #expect(
            run.output == """
                unit\tyear\tcode\tname\tbudget_initial\tbudget_full\texecuted\texecution_rate\trevision
                hongjiang\t2024\tjicha\t2024年全市医疗机构稽查稽核工作经费\t15.00\t15.00\t15.00\t100.00\t3
                hongjiang\t2024\tzhengjiao\t2024年医保基金征收管理工作经费\t50.00\t50.00\t49.50\t99.00\t4

                """
        )
    }

    @Test func jsonPrintsOneObjectPerRow() throws {
        let daemon = try seeded()
        let run = try ClientRun.jixiao(
            ["project", "get", "hongjiang", "2024", "jicha", "--json"],
            socket: daemon.socketPath
        )
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: String]
        #expect(object?["name"] == "2024年全市医疗机构稽查稽核工作经费")
        #expect(object?["execution_rate"] == "100.00")
    }

    @Test func createThroughFriendlySubcommandsAndReadBack() throws {
        let daemon = try seeded()
        let create = try ClientRun.jixiao(
            ["project", "create", "hongjiang", "2024", "lixiu", "--name", "离休老干部 医疗费", "--budget-initial", "500000元"],
            socket: daemon.socketPath
        )
        #expect(create.status == 0, "\(create.errors)")
        #expect(create.output == "OK seq=5\n")
        let update = try ClientRun.jixiao(
            ["project", "update", "hongjiang", "2024", "lixiu", "--executed", "50.37万元"],
            socket: daemon.socketPath
        )
        #expect(update.output == "OK seq=6\n")
        let get = try ClientRun.jixiao(
            ["project", "get", "hongjiang", "2024", "lixiu", "--json"],
            socket: daemon.socketPath
        )
        let object = try JSONSerialization.jsonObject(with: Data(get.output.utf8)) as? [String: String]
        #expect(object?["name"] == "离休老干部 医疗费")
        #expect(object?["budget_initial"] == "50.00")
        #expect(object?["budget_full"] == "")
        #expect(object?["executed"] == "50.37")
        #expect(object?["execution_rate"] == "100.74", "measured against 年初预算数 when no 全年预算数 is entered")
        #expect(object?["revision"] == "6")
    }

    @Test func exitCodesTellScriptsWhatHappened() throws {
        let daemon = try seeded()
        let refused = try ClientRun.jixiao(["project", "get", "hongjiang", "2024", "nope"], socket: daemon.socketPath)
        #expect(refused.status == 1)
        #expect(refused.errors == "jixiao: ERR NOT_FOUND project hongjiang/2024/nope not found\n")

        let usage = try ClientRun.jixiao(["project", "create", "hongjiang", "2024", "x"], socket: daemon.socketPath)
        #expect(usage.status == 64)

        let missing = daemon.scratch.appendingPathComponent("missing.sock").path
        let unreachable = try ClientRun.jixiao(["ping"], socket: missing)
        #expect(unreachable.status == 69)
        #expect(unreachable.errors.contains("cannot reach jixiaod on \(missing)"))

        let ok = try ClientRun.jixiao(["ping"], socket: daemon.socketPath)
        #expect(ok.status == 0)
        #expect(ok.output == "OK PONG\n")
    }

    @Test func rawSendsAnyProtocolLine() throws {
        let daemon = try seeded()
        let run = try ClientRun.jixiao(["raw", "YEAR GET hongjiang 2024"], socket: daemon.socketPath)
        #expect(run.status == 0)
        let rows = run.output.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(row["projects"] == "2")
        #expect(row["budget_initial"] == "65.00")
        #expect(row["executed"] == "64.50")
        #expect(row["execution_rate"] == "99.23")
        #expect(row["control_rate"] == "不适用", "no staffing entered")
    }

    @Test func batchStopsAtTheFirstErrorAndNamesTheLine() throws {
        let daemon = try seeded()
        let input = """
            # a comment
            UNIT CREATE daoxian name=道县医保局

            UNIT CREATE daoxian name=again
            UNIT CREATE nanyue name=南岳区医疗保障局
            """
        let run = try ClientRun.jixiao(["batch", "-"], socket: daemon.socketPath, input: input)
        #expect(run.status == 1)
        #expect(run.errors == "jixiao: -:4: ERR EXISTS unit daoxian exists already\n")
        let units = try daemon.connect().request("UNIT LIST").cells.map { $0[0] }
        #expect(units == ["hongjiang", "daoxian"])
    }

    @Test func batchKeepGoingRunsEveryLine() throws {
        let daemon = try seeded()
        let input = "UNIT CREATE daoxian name=道县\nUNIT CREATE daoxian name=again\nUNIT CREATE nanyue name=南岳\n"
        let run = try ClientRun.jixiao(["batch", "--keep-going", "-"], socket: daemon.socketPath, input: input)
        #expect(run.status == 1)
        let units = try daemon.connect().request("UNIT LIST").cells.map { $0[0] }
        #expect(units == ["hongjiang", "daoxian", "nanyue"])
    }

    @Test func completionScriptsAreGenerated() throws {
        for shell in ["bash", "zsh"] {
            let run = try ClientRun.jixiao(["--generate-completion-script", shell], socket: nil)
            #expect(run.status == 0)
            #expect(run.output.contains("project"))
        }
    }
}
