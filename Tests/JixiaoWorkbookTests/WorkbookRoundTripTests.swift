import Foundation
import JixiaoCore
import JixiaoWorkbook
import Testing

@testable import JixiaoReports

/// The writer (libxlsxwriter) and the reader (ZIPFoundation, SWXMLHash) against each other,
/// and the pieces that decide what a cell becomes.
@Suite struct WorkbookRoundTripTests {
    private func form() throws -> Form {
        var form = Form(
            kind: .project,
            owner: "peixun",
            title: "项目支出绩效自评表",
            subtitle: "（2024年度）",
            columnCount: 3,
            widths: [30, 30, 40],
            textWidths: [10, 10, 20]
        )
        form.name = "医保政策培训"
        form.cells = [
            FormCell(row: 0, column: 0, rowSpan: 2, columnSpan: 1, text: "产出指标（20分）", role: .heading),
            FormCell(row: 0, column: 1, rowSpan: 1, columnSpan: 1, text: "0.00", role: .number),
            FormCell(row: 0, column: 2, rowSpan: 1, columnSpan: 1, text: "166.02%", role: .number),
            FormCell(row: 1, column: 1, rowSpan: 1, columnSpan: 2, text: "不适用", role: .number),
        ]
        form.cells[1].amount = try Money(parsing: "31.58元")
        form.rowCount = 2
        form.notes = ["自评等级：优"]
        return form
    }

    @Test func aWrittenFormReadsBackWithItsCellsAndMerges() throws {
        let path = NSTemporaryDirectory() + "jixiao-roundtrip-\(getpid()).xlsx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try WorkbookWriter.write([try form()], to: path, title: "test")
        let sheets = try WorkbookReader.sheets(path: path)
        #expect(sheets.map(\.name) == ["项目自评表-医保政策培训"])
        let sheet = try #require(sheets.first)
        func at(_ row: Int, _ column: Int) -> String? {
            sheet.cells.first { $0.key.row == row && $0.key.column == column }?.value
        }
        #expect(at(1, 1) == "项目支出绩效自评表")
        #expect(at(2, 1) == "（2024年度）")
        #expect(at(3, 1) == "产出指标（20分）")
        #expect(at(3, 2) == "0.003158", "the exact amount, not the 0.00 shown")
        #expect(at(3, 3) == "166.02%", "a percent-formatted number reads as the percentage")
        #expect(at(4, 2) == "不适用")
        #expect(at(5, 1) == "自评等级：优")
        let merges = sheet.merges.map { "\($0.top.row),\($0.top.column):\($0.bottom.row),\($0.bottom.column)" }
        #expect(Set(merges).isSuperset(of: ["1,1:1,3", "3,1:4,1", "4,2:4,3"]), "\(merges)")
    }

    @Test func aFileThatIsNotAWorkbookIsRefused() throws {
        let path = NSTemporaryDirectory() + "jixiao-not-\(getpid()).xlsx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("一级指标,二级指标\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: WorkbookReader.Failure.self) { try WorkbookReader.sheets(path: path) }
    }

    @Test(arguments: [
        ("12.35", CellContent.number(12.35, format: "0.00")), ("5", .number(5, format: "0")),
        ("166.02%", .number(1.6602, format: "0.00%")), ("不适用", .text("不适用")), ("——", .text("——")),
        ("-3.5", .number(-3.5, format: "0.0")),
    ])
    func aNumberCellBecomesANumberWithTheDecimalsShown(text: String, content: CellContent) {
        #expect(
            CellContent(FormCell(row: 0, column: 0, rowSpan: 1, columnSpan: 1, text: text, role: .number)) == content
        )
    }

    @Test func aTextCellStaysTextEvenWhenItLooksLikeANumber() {
        let cell = FormCell(row: 0, column: 0, rowSpan: 1, columnSpan: 1, text: "100%", role: .text)
        #expect(CellContent(cell) == .text("100%"), "an 实际完成值 is what the bureau wrote")
    }

    @Test func sheetNamesAreShortUniqueAndWithoutTheCharactersExcelForbids() {
        var long = Form(kind: .project, owner: "a", title: "", columnCount: 1, widths: [1], textWidths: [1])
        long.name = "县级医疗保障基金监管[专项]:2024/稽查*复核?项目经费支出安排"
        let names = SheetNames.names([long, long])
        #expect(names[0].count <= 31 && names[1].count <= 31)
        #expect(!names[0].contains { "[]:*?/\\".contains($0) })
        #expect(names[0] != names[1] && names[1].hasSuffix("(2)"))
    }
}
