import Foundation
import JixiaoClient
import Testing

/// Scores, rule sets, overrides, the official tables and the report draft through the real
/// daemon and the real `jixiao`.
@Suite struct ScoringCommandTests {
    static let fixture = TestEnvironment.packageRoot.appendingPathComponent("Tests/Fixtures/hongjiang-2024.jx").path

    private func seeded() throws -> DaemonProcess { try DaemonProcess(arguments: ["--load-if-empty", Self.fixture]) }

    private func rows(_ output: String) -> [[String: String]] {
        let lines = output.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { cells in
            Dictionary(uniqueKeysWithValues: zip(header.map(String.init), cells.map(String.init)))
        }
    }

    @Test func scoreShowsEachPrintedScoreBesideTheComputedOneWithItsArithmetic() throws {
        let daemon = try seeded()
        let run = try ClientRun.jixiao(["score", "hongjiang", "2024", "dept"], socket: daemon.socketPath)
        #expect(run.status == 0, "\(run.errors)")
        let rows = rows(run.output)
        let daiban = try #require(rows.first { $0["code"] == "daiban" })
        #expect(daiban["printed_score"] == "5")
        #expect(daiban["computed_score"] == "4.59")
        #expect(daiban["rule"] == "reverse-ratio")
        #expect(daiban["arithmetic"] == "≤200个, actual 218个 → unmet → 5 × 200/218 = 4.59 of 5")
        let total = try #require(rows.first { $0["line"] == "total" })
        #expect(total["printed_score"] == "98")
        #expect(total["computed_score"] == "85.61")
        #expect(rows.first { $0["line"] == "grade" }?["arithmetic"] == "不评定等级：分值合计90，不是100")

        let csv = try ClientRun.jixiao(
            ["score", "hongjiang", "2024", "jicha", "--format", "csv"],
            socket: daemon.socketPath
        )
        #expect(csv.output.hasPrefix("\u{FEFF}unit,year,owner,line,code,"))
        let text = try ClientRun.jixiao(
            ["score", "hongjiang", "2024", "jicha", "--format", "text"],
            socket: daemon.socketPath
        )
        #expect(text.output.contains("总分"))
        #expect(text.output.contains("! 分值合计110，不是100：不评定等级"))
    }

    @Test func ruleSetsAreJournaledPickedAndSurviveARestart() throws {
        let daemon = try seeded()
        let create = try ClientRun.jixiao(
            [
                "ruleset", "create", "hunan", "--grades", "优:80,良:70,中:60,差:0", "--reverse-formula", "deviation",
                "--label", "湖南口径",
            ],
            socket: daemon.socketPath
        )
        #expect(create.status == 0, "\(create.errors)")
        let use = try ClientRun.jixiao(["ruleset", "use", "hongjiang", "2024", "hunan"], socket: daemon.socketPath)
        #expect(use.status == 0, "\(use.errors)")
        let score = rows(
            try ClientRun.jixiao(["score", "hongjiang", "2024", "dept"], socket: daemon.socketPath).output
        )
        #expect(score.first { $0["code"] == "daiban" }?["computed_score"] == "4.55")
        #expect(score.first { $0["code"] == "daiban" }?["rule"] == "reverse-deviation")

        let journal = try daemon.journalFiles.map { try String(contentsOf: $0, encoding: .utf8) }.joined()
        #expect(journal.contains("RULESET CREATE hunan label=湖南口径 reverse_formula=deviation grades=优:80,良:70,中:60,差:0"))
        #expect(journal.contains("YEAR UPDATE hongjiang 2024 ruleset=hunan"))

        let before = try daemon.connect().request("RULESET GET hunan").text
        #expect(daemon.stop() == 0)
        try daemon.start()
        let connection = try daemon.connect()
        #expect(try connection.request("RULESET GET hunan").text == before)
        let list = try connection.request("RULESET LIST").cells
        #expect(list.map { $0[0] } == ["default", "hunan"])
        #expect(list[1][3] == "hongjiang/2024")
        let refused = try connection.request("RULESET DELETE hunan")
        #expect(refused.statusLine.hasPrefix("ERR NOT_EMPTY rule set hunan is used by hongjiang/2024"))
        #expect(try connection.request("RULESET DELETE default").statusLine.hasPrefix("ERR BAD_VALUE"))
        #expect(try connection.request("RULESET UPDATE hunan weights=产出指标:60").statusLine.hasPrefix("ERR BAD_VALUE"))
    }

    @Test func anOverrideOutsideItsBandIsRefusedAndNeverJournaled() throws {
        let daemon = try seeded()
        let connection = try daemon.connect()
        let refused = try connection.request(
            "INDICATOR UPDATE hongjiang 2024 dept daiyu override_score=7 override_reason=部分乡镇未覆盖"
        )
        #expect(
            refused.statusLine.hasPrefix("ERR BAD_VALUE bad override_score '7': hongjiang/2024/dept/indicator/daiyu")
        )
        #expect(refused.statusLine.contains("the 达成 band [8, 10] of weight 10"))
        let journal = try daemon.journalFiles.map { try String(contentsOf: $0, encoding: .utf8) }.joined()
        #expect(!journal.contains("override_score=7"))

        let accepted = try connection.request(
            "INDICATOR UPDATE hongjiang 2024 dept daiyu completion=部分达成 override_score=7 override_reason=部分乡镇未覆盖"
        )
        #expect(accepted.statusLine.hasPrefix("OK seq="), "\(accepted.statusLine)")
        let table = try ClientRun.jixiao(
            ["table", "hongjiang", "2024", "dept", "--form", "evaluation"],
            socket: daemon.socketPath
        )
        #expect(table.output.contains("人工评分：职工及居民医保待遇保障 7分（部分达成）；理由：部分乡镇未覆盖"))
    }

    @Test func anExportWithRuleSetsAndOverridesLoadsBackIdentically() throws {
        let daemon = try seeded()
        let connection = try daemon.connect()
        for line in [
            "RULESET CREATE s4 from=default grades=优:80,良:70,中:60,差:0 execution_rule=uncapped",
            "YEAR UPDATE hongjiang 2024 ruleset=s4",
            "INDICATOR UPDATE hongjiang 2024 zhengjiao canbao override_score=10 override_reason=实为30.35万人次",
            "INDICATOR CREATE hongjiang 2024 dept ctl level1=效益指标 level2=社会效益指标 name=财政供养人员控制率 target=≤100% weight=0 measure=staff_control",
        ] {
            #expect(try connection.request(line).isOK, "\(line)")
        }
        let first = try ClientRun.jixiao(["export"], socket: daemon.socketPath).output
        #expect(first.contains("RULESET CREATE s4 "))
        let file = daemon.scratch.appendingPathComponent("export.jx")
        try first.write(to: file, atomically: true, encoding: .utf8)
        let copy = try DaemonProcess(arguments: ["--load-if-empty", file.path])
        #expect(try ClientRun.jixiao(["export"], socket: copy.socketPath).output == first)
        let scores = { (socket: String) in try ClientRun.jixiao(["score", "hongjiang", "2024"], socket: socket).output }
        #expect(try scores(copy.socketPath) == scores(daemon.socketPath))
    }

    @Test func tablesAndTheReportComeThroughTheClientInEveryFormat() throws {
        let daemon = try seeded()
        let compare = try ClientRun.jixiao(["table", "hongjiang", "2024", "--compare"], socket: daemon.socketPath)
        #expect(compare.status == 0, "\(compare.errors)")
        for expected in ["98→85.61", "5→4.59", "8→6.02", "※1 [error] rate-misreported", "部门整体支出绩效自评表（2024年度）"] {
            #expect(compare.output.contains(expected), "\(expected)")
        }
        let json = try ClientRun.jixiao(["table", "hongjiang", "2024", "--format", "json"], socket: daemon.socketPath)
        let forms = try json.output.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(forms.count == 5)
        let csv = try ClientRun.jixiao(
            ["table", "hongjiang", "2024", "lixiu", "--format", "csv"],
            socket: daemon.socketPath
        )
        #expect(csv.output.hasPrefix("\u{FEFF}项目支出绩效自评表\n（2024年度）\n项目支出名称,离休干部医疗费,"))
        let report = try ClientRun.jixiao(
            ["report", "hongjiang", "2024", "--format", "text"],
            socket: daemon.socketPath
        )
        #expect(report.output.contains("离休干部医疗费：全年预算数50.00万元，执行数50.00万元，执行率100.00%。"))
        let missing = try ClientRun.jixiao(["table", "hongjiang", "2024", "nope"], socket: daemon.socketPath)
        #expect(missing.status == 1)
        #expect(missing.errors.contains("ERR NOT_FOUND project hongjiang/2024/nope not found"))
        let badFormat = try ClientRun.jixiao(
            ["report", "hongjiang", "2024", "--format", "csv"],
            socket: daemon.socketPath
        )
        #expect(badFormat.status == 64)
    }
}
