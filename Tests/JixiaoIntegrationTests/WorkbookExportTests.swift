import Foundation
import JixiaoClient
import Testing

/// `jixiao export-forms` and `jixiao table --xlsx`: the forms as a workbook, read back by
/// openpyxl (merged ranges, headings, figures as numbers, print setup), then edited there and
/// imported again.
@Suite struct WorkbookExportTests {
    /// A daemon with 洪江 2024 and a workbook of all its forms.
    private func exported() throws -> (DaemonProcess, URL) {
        let daemon = try DaemonProcess(arguments: ["--load-if-empty", ScoringCommandTests.fixture])
        let file = daemon.scratch.appendingPathComponent("hongjiang-2024.xlsx")
        let run = try ClientRun.jixiao(
            ["export-forms", "hongjiang", "2024", "-o", file.path, "--date", "2024-06-30"],
            socket: daemon.socketPath
        )
        #expect(run.status == 0, "\(run.errors)")
        return (daemon, file)
    }

    /// What openpyxl reads from a workbook, as JSON.
    static let describe = """
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        out = {"sheets": wb.sheetnames}
        for ws in wb.worksheets:
            cells = {}
            for row in ws.iter_rows():
                for c in row:
                    if c.value is not None:
                        cells[c.coordinate] = [c.value if not isinstance(c.value, float) else repr(c.value),
                                               type(c.value).__name__, c.number_format]
            out[ws.title] = {"merged": sorted(str(r) for r in ws.merged_cells.ranges), "cells": cells,
                             "paper": ws.page_setup.paperSize, "orientation": ws.page_setup.orientation,
                             "fit": ws.sheet_properties.pageSetUpPr.fitToPage, "fitWidth": ws.page_setup.fitToWidth,
                             "widths": {k: v.width for k, v in ws.column_dimensions.items()}}
        print(json.dumps(out, ensure_ascii=False))
        """

    private func read(_ file: URL) throws -> [String: Any] {
        let json = try PythonRun.run(Self.describe, [file.path])
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    private func cell(_ sheet: [String: Any], _ coordinate: String) -> [Any]? {
        (sheet["cells"] as? [String: [Any]])?[coordinate]
    }

    @Test func theWorkbookHasOneSheetPerFormWithChineseNames() throws {
        let (daemon, file) = try exported()
        defer { withExtendedLifetime(daemon) {} }
        let book = try read(file)
        let names = try #require(book["sheets"] as? [String])
        #expect(
            names == [
                "基础数据表", "部门整体支出自评表", "项目自评表-全市医疗机构稽查稽核工作经费", "项目自评表-医保基金征收管理经费", "项目自评表-离休干部医疗费",
                "绩效自评结果汇总表", "绩效运行监控表", "指标表-部门整体", "指标表-全市医疗机构稽查稽核工作经费", "指标表-医保基金征收管理经费", "指标表-离休干部医疗费",
            ]
        )
    }

    @Test func theSelfEvaluationSheetIsLaidOutAsTheTemplateWithFiguresAsNumbers() throws {
        let (daemon, file) = try exported()
        defer { withExtendedLifetime(daemon) {} }
        let sheet = try #require(try read(file)["部门整体支出自评表"] as? [String: Any])
        let merged = try #require(sheet["merged"] as? [String])
        #expect(merged.contains("A1:I1"), "the title spans the table")
        #expect(merged.contains("A3:A9"), "年度预算申请 spans the budget block: \(merged)")
        #expect(merged.contains("A12:A22"), "绩效指标 spans the indicator block")
        #expect(merged.contains("B13:B19"), "产出指标 spans its indicators")
        #expect(cell(sheet, "A1")?.first as? String == "部门整体支出绩效自评表（2024年度）")
        #expect(cell(sheet, "D3")?.first as? String == "年初预算数")
        #expect(cell(sheet, "B12")?.first as? String == "一级指标")
        // 年初预算数 506.48万元: a number shown with two decimals; the rate a percentage.
        #expect(cell(sheet, "D4").map { "\($0[0]) \($0[1]) \($0[2])" } == "506.48 float 0.00")
        #expect(cell(sheet, "H4").map { "\($0[0]) \($0[1]) \($0[2])" } == "1.6602 float 0.00%")
        #expect(cell(sheet, "I4").map { "\($0[0]) \($0[1])" } == "10 int")
        #expect(cell(sheet, "H14").map { "\($0[0]) \($0[1])" } == "4.59 float", "daiban's computed score")
        #expect(sheet["paper"] as? Int == 9, "A4")
        #expect(sheet["orientation"] as? String == "portrait")
        #expect(sheet["fit"] as? Bool == true && (sheet["fitWidth"] as? Int ?? 1) == 1, "one page wide")
        let widths = try #require(sheet["widths"] as? [String: Double])
        #expect((widths["D"] ?? 0) > (widths["A"] ?? 0), "三级指标 is wider than the label column: \(widths)")
    }

    @Test func anAmountKeepsItsFenInTheCellAndShowsTwoDecimals() throws {
        let daemon = try DaemonProcess(arguments: ["--load-if-empty", ScoringCommandTests.fixture])
        let connection = try daemon.connect()
        let create = try connection.request(
            "PROJECT CREATE hongjiang 2024 tiny name=小额项目 budget_initial=31.58元 budget_full=31.58元 executed=31.58元"
        )
        #expect(create.isOK, "\(create.statusLine)")
        let file = daemon.scratch.appendingPathComponent("tiny.xlsx")
        let run = try ClientRun.jixiao(
            ["table", "hongjiang", "2024", "tiny", "--xlsx", file.path],
            socket: daemon.socketPath
        )
        #expect(run.status == 0, "\(run.errors)")
        let book = try read(file)
        #expect(book["sheets"] as? [String] == ["项目自评表-小额项目"])
        let sheet = try #require(book["项目自评表-小额项目"] as? [String: Any])
        #expect(cell(sheet, "D6").map { "\($0[0]) \($0[2])" } == "0.003158 0.00", "31.58元 in 万元, exactly")
    }

    @Test func theMonitoringAndIndicatorSheetsCarryTheFiguresAndCodes() throws {
        let (daemon, file) = try exported()
        defer { withExtendedLifetime(daemon) {} }
        let book = try read(file)
        let monitor = try #require(book["绩效运行监控表"] as? [String: Any])
        #expect(cell(monitor, "B2")?.first as? String == nil)
        #expect(cell(monitor, "A2")?.first as? String == "（截至2024年6月30日）")
        #expect(cell(monitor, "E4")?.first as? String == "执行率")
        #expect(cell(monitor, "F5").map { "\($0[0]) \($0[2])" } == "0.4973 0.00%", "序时进度 182/366")
        #expect(monitor["orientation"] as? String == "landscape")
        let indicators = try #require(book["指标表-部门整体"] as? [String: Any])
        let header = (1...10).map { column in
            cell(indicators, "\(UnicodeScalar(UInt8(64 + column)))4")?.first as? String ?? ""
        }
        #expect(
            header == ["一级指标", "二级指标", "三级指标", "指标代码", "年度指标值", "实际完成值", "分值", "得分", "完成情况", "偏差原因分析及改进措施"]
        )
        #expect(cell(indicators, "D6")?.first as? String == "daiban")
        #expect(cell(indicators, "A5")?.first as? String == "产出指标（50分）")
    }

    @Test func actualValuesFilledInTheExportedWorkbookChangeTheScoresWhenImported() throws {
        let (daemon, file) = try exported()
        let edited = daemon.scratch.appendingPathComponent("edited.xlsx")
        _ = try PythonRun.run(
            """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb["指标表-部门整体"]
            for row in ws.iter_rows(min_row=5):
                if row[3].value == "daiban":
                    row[5].value = "190个"
                    row[9].value = "已按计划压减代办点"
            wb.save(sys.argv[2])
            """,
            [file.path, edited.path]
        )
        func daiban() throws -> (score: String, total: String) {
            let rows = try daemon.connect().request("SCORE hongjiang 2024 dept")
            let column = try #require(rows.columns.firstIndex(of: "final_score"))
            let score = try #require(rows.cells.first { $0[4] == "daiban" })[column]
            let total = try #require(rows.cells.first { $0[3] == "total" })[column]
            return (score, total)
        }
        #expect(try daiban() == ("4.59", "85.61"))
        let run = try ClientRun.jixiao(
            ["import", "indicators", "hongjiang", "2024", "dept", edited.path],
            socket: daemon.socketPath
        )
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("更新1条、未改动9条"), "\(run.output)")
        #expect(try daiban() == ("5", "86.02"), "≤200个 met by 190个: full marks")
        let list = try daemon.connect().request("INDICATOR GET hongjiang 2024 dept daiban")
        #expect(list.rowLines.first?.contains("已按计划压减代办点") == true)
        // Importing the same workbook again changes nothing and journals nothing.
        let before = try daemon.connect().request("EXPORT").rowLines
        let again = try ClientRun.jixiao(
            ["import", "indicators", "hongjiang", "2024", "dept", edited.path],
            socket: daemon.socketPath
        )
        #expect(again.status == 0)
        #expect(again.output.contains("没有要改动的"), "\(again.output)")
        #expect(try daemon.connect().request("EXPORT").rowLines == before)
    }
}
