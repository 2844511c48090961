import JixiaoClient
import Testing

/// The import pieces without a daemon: decoding, headers, plans.
@Suite struct ImportTests {
    private func table(_ rows: [[String]], from first: Int = 1) -> SheetTable {
        SheetTable(
            name: "表",
            rows: rows.enumerated().map { SheetTable.Row(number: first + $0.offset, cells: $0.element) }
        )
    }

    @Test func gbkBytesDecodeAndUTF8WithABOMToo() throws {
        // 培训 in GBK.
        let gbk = try TextDecoding.decode([0xC5, 0xE0, 0xD1, 0xB5, 0x2C, 0x31])
        #expect(gbk.text == "培训,1" && gbk.encoding == .gb18030)
        let utf8 = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("培训".utf8))
        #expect(utf8.text == "培训" && utf8.encoding == .utf8)
        let utf16 = try TextDecoding.decode([0xFF, 0xFE, 0xF9, 0x57, 0xAD, 0x8B])
        #expect(utf16.text == "培训" && utf16.encoding == .utf16LittleEndian)
        #expect(throws: TextDecoding.Failure.self) { try TextDecoding.decode([0x81, 0x30, 0xFF]) }
    }

    @Test func aPasteIsTabSeparatedAndRowsKeepTheirSpreadsheetNumbers() throws {
        let sheet = try SheetTable.delimited("标题\n\n一级指标\t二级指标\n\"产出\n指标\"\t数量\n", name: "paste")
        #expect(sheet.rows.map(\.number) == [1, 3, 4])
        #expect(sheet.rows[2].cells == ["产出\n指标", "数量"])
    }

    @Test func aCellMergedDownFillsItsRowsAndOneMergedAcrossOnlyItsFirstColumn() throws {
        let sheets = try WorkbookCells.sheets(
            "sheet\t表1\ncell\t1\t1\t标题\ncell\t2\t1\t产出指标\ncell\t2\t2\t甲\ncell\t3\t2\t乙\nmerge\t1\t1\t1\t3\nmerge\t2\t1\t3\t1\n"
        )
        #expect(sheets.count == 1)
        #expect(sheets[0].rows.map(\.cells) == [["标题"], ["产出指标", "甲"], ["产出指标", "乙"]])
    }

    @Test func theHeaderIsFoundUnderTitleRowsWithLineBreaksAndUnitsInBrackets() throws {
        let sheet = table([["2024年度绩效指标表"], ["填报单位：洪江"], ["一级指标", "二级指标", "三级\n指标", "年度 指标值", "分值（分）"]])
        let columns = try ImportColumns(in: sheet, columns: IndicatorTableImport.columns)
        #expect(columns.headerIndex == 2)
        #expect(columns.positions["weight"] == 4 && columns.units["weight"] == "分")
    }

    @Test func aHeadingWithItsWeightInBracketsIsItsColumn() throws {
        let sheet = table([["一级指标（50分）", "二级指标（20分）", "三级指标", "年度指标值"]])
        let columns = try ImportColumns(in: sheet, columns: IndicatorTableImport.columns)
        #expect(columns.positions["level1"] == 0 && columns.units["level1"] == "50分")
    }

    @Test func anUnknownHeadingIsRefusedByNameWithItsColumn() {
        let sheet = table([["一级指标", "二级指标", "三级指标", "年度指标值", "分值（分）", "备注"]], from: 4)
        #expect(
            throws: ImportFailure(
                row: 4,
                "表头有不认识的列：F列「备注」；能导入的列：指标代码、一级指标、二级指标、三级指标、年度指标值、实际完成值、分值、得分、完成情况、偏差原因分析及改进措施；请删除或改名后再导入"
            )
        ) {
            try ImportColumns(in: sheet, columns: IndicatorTableImport.columns)
        }
    }

    @Test func anExistingIndicatorGetsOnlyItsChangedFieldsAndTheTotalRowEndsTheTable() throws {
        let sheet = table([
            ["一级指标", "二级指标", "三级指标", "指标代码", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标（10分）", "数量指标（10分）", "培训次数", "peixun", "≥2次", "3次", "5", "5"],
            ["产出指标（10分）", "数量指标（10分）", "检查次数", "", "≥4次", "", "5", ""],
            ["合计", "", "", "", "", "", "10", "5"],
            ["填表人：", "", "", "", "", "", "", ""],
        ])
        var existing = IndicatorTableImport.Existing()
        existing.indicators = [
            [
                "code": "peixun", "level1": "产出指标", "level2": "数量指标", "name": "培训次数", "target": "≥2次", "actual": "2次",
                "weight": "5.0", "score": "",
            ]
        ]
        existing.computed = ["peixun": ("2次", "5")]
        let plan = try IndicatorTableImport.plan(sheet, address: ["u", "2024", "p"], existing: existing)
        #expect(
            plan.steps.map(\.line) == [
                "INDICATOR UPDATE u 2024 p peixun actual=3次",
                "INDICATOR CREATE u 2024 p i02 level1=产出指标 level2=数量指标 name=检查次数 target=≥4次 weight=5",
            ]
        )
        #expect(plan.steps.map(\.row) == [2, 3])
        #expect((plan.created, plan.updated, plan.unchanged) == (1, 1, 0))
    }

    @Test func aGroupWeightThatIsNotTheRowsSumIsKeptAsPrinted() throws {
        let sheet = table([
            ["一级指标", "二级指标", "三级指标", "年度指标值", "分值"],
            ["产出指标（50分）", "数量指标", "培训次数", "≥2次", "5"],
        ])
        let plan = try IndicatorTableImport.plan(sheet, address: ["u", "2024", "p"])
        #expect(plan.steps.last?.line == "GROUP SET u 2024 p level1=产出指标 weight=50")
    }

    @Test(arguments: [
        ("2024-03-15", "2024-03-15"), ("2024/3/5", "2024-03-05"), ("2024年3月15日", "2024-03-15"),
        ("2024.12.31", "2024-12-31"),
        ("20240315", "2024-03-15"),
    ])
    func paymentDatesAreReadAsSpreadsheetsWriteThem(cell: String, date: String) throws {
        let sheet = table([["日期", "金额（元）"], [cell, "1,234.56"]])
        let plan = try PaymentListImport.plan(sheet, address: ["u", "2024", "p"])
        #expect(plan.steps.map(\.line) == ["PAYMENT ADD u 2024 p date=\(date) amount=1234.56元"])
    }

    @Test func aPaymentOnAnImpossibleDayIsRefusedNamingTheCell() {
        let sheet = table([["日期", "金额（万元）"], ["2024-02-30", "1"]])
        #expect(throws: ImportFailure(row: 2, column: 0, "日期「2024-02-30」读不出：请写成 2024-03-15")) {
            try PaymentListImport.plan(sheet, address: ["u", "2024", "p"])
        }
    }
}
