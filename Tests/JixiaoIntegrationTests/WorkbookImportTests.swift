import Foundation
import JixiaoClient
import Testing

/// `jixiao import indicators|payments` from files as operators make them: workbooks written by
/// openpyxl with title rows, merged cells and headings with line breaks; GBK CSV; pastes.
/// A file with a bad row changes nothing: the model, its revision and the journal stay as
/// they were.
@Suite struct WorkbookImportTests {
    private func seeded() throws -> DaemonProcess {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in [
            "UNIT CREATE hongjiang name=洪江市医疗保障局", "YEAR CREATE hongjiang 2024",
            "PROJECT CREATE hongjiang 2024 peixun name=医保政策培训 budget_initial=10万元 budget_full=10万元",
        ] {
            #expect(try connection.request(line).isOK, "\(line)")
        }
        return daemon
    }

    private func jixiao(_ arguments: [String], _ daemon: DaemonProcess) throws -> ClientRun {
        try ClientRun.jixiao(arguments, socket: daemon.socketPath)
    }

    private func indicators(_ daemon: DaemonProcess, owner: String = "peixun") throws -> [[String: String]] {
        let reply = try daemon.connect().request("INDICATOR LIST hongjiang 2024 \(owner)")
        return reply.cells.map { Dictionary(uniqueKeysWithValues: zip(reply.columns, $0)) }
    }

    /// The model and the journal, to show an import that was refused changed neither.
    private func state(_ daemon: DaemonProcess) throws -> [String] {
        let export = try daemon.connect().request("EXPORT").rowLines
        let sizes = try daemon.journalFiles.map {
            try FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int ?? -1
        }
        return export + sizes.map { "journal bytes \($0)" }
    }

    @Test func aWorkbookWithTitleRowsMergedCellsAndBrokenHeadingsImports() throws {
        let daemon = try seeded()
        let file = daemon.scratch.appendingPathComponent("filled.xlsx")
        _ = try PythonRun.run(
            """
            import sys, openpyxl
            from openpyxl.styles import Alignment
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = "绩效目标"
            ws["A1"] = "2024年度医保政策培训项目绩效目标表"
            ws.merge_cells("A1:H1")
            ws["A2"] = "填报单位：洪江市医疗保障局（盖章）"
            ws.append([])
            ws.append(["一级指标", "二级指标", "三级\\n指标", "年度\\n指标值", "实际\\n完成值", "分值（分）", "得分", "偏差原因分析\\n及改进措施"])
            ws.append(["产出指标（30分）", "数量指标", "培训场次", "≥4场", "5场", 10, None, None])
            ws.append([None, None, "参训人次", "≥300人次", "280人次", 10, None, "部分乡镇延期"])
            ws.append([None, "质量指标", "培训合格率", "≥90%", 0.95, 10, None, None])
            ws["E7"].number_format = "0%"
            ws.merge_cells("A5:A7")
            ws.merge_cells("B5:B6")
            ws.append(["满意度指标（10分）", "服务对象满意度指标", "参训人员满意度", "≥85%", "92%", 10, None, None])
            ws.append(["合计", None, None, None, None, 40, None, None])
            ws.append(["填表人：张三"])
            wb.save(sys.argv[1])
            """,
            [file.path]
        )
        let run = try jixiao(["import", "indicators", "hongjiang", "2024", "peixun", file.path], daemon)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("新建4条"), "\(run.output)")
        let rows = try indicators(daemon)
        #expect(rows.map { $0["code"]! } == ["i01", "i02", "i03", "i04"])
        #expect(rows.map { $0["level1"]! } == ["产出指标", "产出指标", "产出指标", "满意度指标"])
        #expect(rows.map { $0["level2"]! } == ["数量指标", "数量指标", "质量指标", "服务对象满意度指标"])
        #expect(rows.map { $0["weight"]! } == ["10", "10", "10", "10"], "分值（分） is the weight")
        #expect(rows[2]["actual"] == "95%", "a percent-formatted number reads as the percentage shown")
        #expect(rows[1]["deviation"] == "部分乡镇延期")
        // 产出指标（30分） is the rows' sum: no printed group weight is recorded.
        #expect(try daemon.connect().request("GROUP LIST hongjiang 2024 peixun").rowLines.isEmpty)
    }

    @Test func aGBKCSVWithATitleRowImports() throws {
        let daemon = try seeded()
        let text =
            "医保政策培训项目绩效指标表\n填报单位：洪江市医疗保障局,,,,,\n"
            + "一级指标,二级指标,三级指标,\"年度\n指标值\",实际完成值,分值（分）\n"
            + "产出指标,数量指标,培训场次,≥4场,5场,10分\n,,参训人次,≥300人次,,10\n"
        let file = daemon.scratch.appendingPathComponent("gbk.csv")
        // As Excel's plain "CSV" writes it on a Chinese Windows: GBK.
        _ = try PythonRun.run(
            "import sys; open(sys.argv[1], 'wb').write(sys.argv[2].encode('gbk'))",
            [file.path, text]
        )
        #expect(String(data: try Data(contentsOf: file), encoding: .utf8) == nil, "the file is not UTF-8")
        let run = try jixiao(["import", "indicators", "hongjiang", "2024", "peixun", file.path], daemon)
        #expect(run.status == 0, "\(run.errors)")
        let rows = try indicators(daemon)
        #expect(rows.map { $0["name"]! } == ["培训场次", "参训人次"])
        #expect(rows.map { $0["target"]! } == ["≥4场", "≥300人次"])
        #expect(rows.map { $0["weight"]! } == ["10", "10"])
    }

    @Test func aTabSeparatedPasteImports() throws {
        let daemon = try seeded()
        let file = daemon.scratch.appendingPathComponent("paste.txt")
        try "一级指标\t二级指标\t三级指标\t年度指标值\t分值\n产出指标\t数量指标\t培训场次\t≥4场\t10\n".write(
            to: file,
            atomically: true,
            encoding: .utf8
        )
        let run = try jixiao(["import", "indicators", "hongjiang", "2024", "peixun", file.path], daemon)
        #expect(run.status == 0, "\(run.errors)")
        #expect(try indicators(daemon).map { $0["name"]! } == ["培训场次"])
    }

    @Test func aFileInNeitherUTF8NorGBKIsRefusedWithSaveAsCSVUTF8() throws {
        let daemon = try seeded()
        let file = daemon.scratch.appendingPathComponent("bad.csv")
        try Data([0x81, 0x30, 0xFF, 0xFF, 0x0A]).write(to: file)
        let run = try jixiao(["import", "indicators", "hongjiang", "2024", "peixun", file.path], daemon)
        #expect(run.status == 65)
        #expect(run.errors.contains("CSV UTF-8"), "\(run.errors)")
    }

    @Test func anUnknownHeadingIsRefusedByNameAndNothingIsSent() throws {
        let daemon = try seeded()
        let before = try state(daemon)
        let file = daemon.scratch.appendingPathComponent("extra.csv")
        try "一级指标,二级指标,三级指标,年度指标值,分值（分）,备注\n产出指标,数量指标,培训场次,≥4场,10,重点\n".write(
            to: file,
            atomically: true,
            encoding: .utf8
        )
        let run = try jixiao(["import", "indicators", "hongjiang", "2024", "peixun", file.path], daemon)
        #expect(run.status == 1)
        #expect(run.errors.contains("第1行：表头有不认识的列：F列「备注」"), "\(run.errors)")
        #expect(try state(daemon) == before)
    }

    @Test func aBadCellIsNamedByTheRowTheSpreadsheetShowsAndNothingIsSent() throws {
        let daemon = try seeded()
        let before = try state(daemon)
        let file = daemon.scratch.appendingPathComponent("empty-name.csv")
        try "标题行\n\n一级指标,二级指标,三级指标,年度指标值\n产出指标,数量指标,培训场次,≥4场\n产出指标,数量指标,,≥3次\n".write(
            to: file,
            atomically: true,
            encoding: .utf8
        )
        let run = try jixiao(["import", "indicators", "hongjiang", "2024", "peixun", file.path], daemon)
        #expect(run.status == 1)
        #expect(run.errors.contains("第5行C列：三级指标为空"), "\(run.errors)")
        #expect(try state(daemon) == before)
    }

    @Test func aRowTheDaemonRefusesRollsBackTheWholeFile() throws {
        let daemon = try seeded()
        let before = try state(daemon)
        let file = daemon.scratch.appendingPathComponent("typo.xlsx")
        _ = try PythonRun.run(
            """
            import sys, openpyxl
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.append(["项目绩效指标表"])
            ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "分值"])
            ws.append(["产出指标", "数量指标", "培训场次", "≥4场", 10])
            ws.append(["产出指标", "数量指标", "参训人次", "≥300人次", 10])
            ws.append(["产出指标", "数量指数", "培训课时", "≥20课时", 10])
            wb.save(sys.argv[1])
            """,
            [file.path]
        )
        let run = try jixiao(["import", "indicators", "hongjiang", "2024", "peixun", file.path], daemon)
        #expect(run.status == 1)
        #expect(run.errors.contains("第5行：ERR BAD_VALUE"), "\(run.errors)")
        #expect(run.errors.contains("没有做任何修改"))
        #expect(try state(daemon) == before, "the two good rows before it were not made either")
    }

    @Test func aPaymentListWithDatesAndYuanImportsExactly() throws {
        let daemon = try seeded()
        let file = daemon.scratch.appendingPathComponent("payments.xlsx")
        _ = try PythonRun.run(
            """
            import sys, datetime, openpyxl
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = "支付明细"
            ws.append(["医保政策培训项目支付明细（2024年）"])
            ws.append(["序号", "日期", "凭证号", "摘要", "资金来源", "金额\\n（元）"])
            ws.append([1, datetime.date(2024, 3, 15), "记-12", "培训场地费", "当年财政拨款", 1234.56])
            ws.append([2, "2024/6/3", "记-40", "讲义印刷", "source.current", "31.58"])
            ws.append(["合计", None, None, None, None, 1266.14])
            wb.save(sys.argv[1])
            """,
            [file.path]
        )
        let run = try jixiao(["import", "payments", "hongjiang", "2024", "peixun", file.path], daemon)
        #expect(run.status == 0, "\(run.errors)")
        let lines = try daemon.connect().request("EXPORT hongjiang 2024").cells.map { $0[0] }.filter {
            $0.hasPrefix("PAYMENT")
        }
        #expect(
            lines == [
                "PAYMENT ADD hongjiang 2024 peixun date=2024-03-15 amount=0.123456万元 line=source.current note=凭证号记-12；培训场地费",
                "PAYMENT ADD hongjiang 2024 peixun date=2024-06-03 amount=0.003158万元 line=source.current note=凭证号记-40；讲义印刷",
            ]
        )
    }

    @Test func theExportedPaymentListCorrectedInExcelUpdatesAndAddsPayments() throws {
        let daemon = try seeded()
        let connection = try daemon.connect()
        for line in [
            "PAYMENT ADD hongjiang 2024 peixun date=2024-03-15 amount=1234.56元 line=source.current note=场地费",
            "PAYMENT ADD hongjiang 2024 peixun date=2024-04-01 amount=500元 note=讲义",
        ] {
            #expect(try connection.request(line).isOK)
        }
        let file = daemon.scratch.appendingPathComponent("all.xlsx")
        let export = try jixiao(["export-forms", "hongjiang", "2024", "peixun", "-o", file.path], daemon)
        #expect(export.status == 0, "\(export.errors)")
        let edited = daemon.scratch.appendingPathComponent("edited.xlsx")
        let sheet = try PythonRun.run(
            """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb["支付明细-医保政策培训"]
            header = [c.value for c in ws[4]]
            rows = [[c.value for c in row] for row in ws.iter_rows(min_row=5, max_row=6)]
            print(header, rows)
            ws["C6"] = 520.5
            ws.insert_rows(7)
            ws["B7"] = "2024-05-20"
            ws["C7"] = 88
            ws["E7"] = "交通费"
            wb.save(sys.argv[2])
            """,
            [file.path, edited.path]
        )
        #expect(
            sheet.hasPrefix(
                "['编号', '日期', '金额（元）', '资金来源', '摘要'] [[1, '2024-03-15', 1234.56, 'source.current', '场地费'], [2, '2024-04-01', 500, None, '讲义']]"
            ),
            "\(sheet)"
        )
        let run = try jixiao(
            ["import", "payments", "hongjiang", "2024", "peixun", edited.path, "--sheet", "支付明细-医保政策培训"],
            daemon
        )
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("新建1条、更新1条、未改动1条"), "\(run.output)")
        let lines = try daemon.connect().request("EXPORT hongjiang 2024").cells.map { $0[0] }.filter {
            $0.hasPrefix("PAYMENT")
        }
        #expect(
            lines == [
                "PAYMENT ADD hongjiang 2024 peixun date=2024-03-15 amount=0.123456万元 line=source.current note=场地费",
                "PAYMENT ADD hongjiang 2024 peixun date=2024-04-01 amount=0.05205万元 note=讲义",
                "PAYMENT ADD hongjiang 2024 peixun date=2024-05-20 amount=0.0088万元 note=交通费",
            ]
        )
    }

    @Test func aPaymentWithoutAUnitOrWithABadDateIsRefusedAndNothingIsAdded() throws {
        let daemon = try seeded()
        let before = try state(daemon)
        for (name, text, message) in [
            ("nounit.csv", "日期,金额,摘要\n2024-03-15,1234.56,场地费\n", "第2行B列：金额「1234.56」没有单位"),
            ("baddate.csv", "日期,金额（元）,摘要\n2024-03-15,100,场地费\n2024-13-01,50,印刷\n", "第3行A列：日期「2024-13-01」读不出"),
        ] {
            let file = daemon.scratch.appendingPathComponent(name)
            try text.write(to: file, atomically: true, encoding: .utf8)
            let run = try jixiao(["import", "payments", "hongjiang", "2024", "peixun", file.path], daemon)
            #expect(run.status == 1)
            #expect(run.errors.contains(message), "\(run.errors)")
        }
        #expect(try state(daemon) == before)
    }
}
