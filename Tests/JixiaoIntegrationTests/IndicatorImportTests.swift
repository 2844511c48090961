import Foundation
import JixiaoClient
import Testing

/// `jixiao indicator import`: an indicator table from a spreadsheet's CSV.
@Suite struct IndicatorImportTests {
    private func seeded() throws -> DaemonProcess {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in ["UNIT CREATE hongjiang name=洪江市医疗保障局", "YEAR CREATE hongjiang 2024"] {
            #expect(try connection.request(line).isOK)
        }
        return daemon
    }

    @Test func aSpreadsheetExportWithBOMAndMergedCellsImports() throws {
        let daemon = try seeded()
        let csv =
            "\u{FEFF}一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施\r\n"
            + "产出指标（50分）,数量指标（20分）,全年开展医保政策培训次数,≥2次,3次,5分,5,\r\n"
            + ",,\"村（社区）级医保代办服务点个数，含新增\",≤200个,218个,5分,5,\"超出目标，\"\"已分析\"\"\"\r\n"
            + ",质量指标（10分）,工作完成达标率,100%,100%,10分,10,\r\n"
        let file = daemon.scratch.appendingPathComponent("table.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let run = try ClientRun.jixiao(
            ["indicator", "import", "hongjiang", "2024", "dept", file.path],
            socket: daemon.socketPath
        )
        #expect(run.status == 0, "\(run.errors)")
        let rows = try daemon.connect().request("INDICATOR LIST hongjiang 2024 dept").cells
        #expect(rows.map { $0[3] } == ["i01", "i02", "i03"])
        #expect(rows.map { $0[5] } == ["数量指标", "数量指标", "质量指标"])
        #expect(rows[1][6] == "村（社区）级医保代办服务点个数，含新增")
        #expect(rows[1][11] == "超出目标，\"已分析\"")
        #expect(rows[2][9] == "10")
    }

    @Test func aBadCellIsNamedByRowAndColumnAndNothingIsSent() throws {
        let daemon = try seeded()
        let csv = "一级指标,二级指标,三级指标,年度指标值\n产出指标,数量指标,培训次数,≥2次\n产出指标,数量指标,,≥3次\n"
        let file = daemon.scratch.appendingPathComponent("bad.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let run = try ClientRun.jixiao(
            ["indicator", "import", "hongjiang", "2024", "dept", file.path],
            socket: daemon.socketPath
        )
        #expect(run.status == 1)
        #expect(run.errors.contains("第3行C列：三级指标为空"), "\(run.errors)")
        #expect(try daemon.connect().request("INDICATOR LIST hongjiang 2024 dept").rowLines.isEmpty)
    }

    @Test func anUnknownLevelNameIsRefusedNamingTheLine() throws {
        let daemon = try seeded()
        let csv = "一级指标,二级指标,三级指标,年度指标值\n产出指标,数量指数,培训次数,≥2次\n"
        let file = daemon.scratch.appendingPathComponent("typo.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let run = try ClientRun.jixiao(
            ["indicator", "import", "hongjiang", "2024", "dept", file.path],
            socket: daemon.socketPath
        )
        #expect(run.status == 1)
        #expect(run.errors.contains("第2行：ERR BAD_VALUE"), "\(run.errors)")
        #expect(run.errors.contains("bad level2 '数量指数'"))
    }
}
