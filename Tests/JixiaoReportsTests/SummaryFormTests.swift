import Foundation
import JixiaoCore
import JixiaoProtocol
import Testing

@testable import JixiaoReports

/// The 部门绩效自评结果公开汇总表 drawn from `Tests/Fixtures/changan-2023-summary.jx` (长安区
/// 医疗保障局 2023, the Hebei 附件6): the official headings, one row per project, the figures
/// every other form shows, and the checker's findings in the compare view.
@Suite struct SummaryFormTests {
    static let path: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(2)
        return parts.joined(separator: "/") + "/Fixtures/changan-2023-summary.jx"
    }()

    private func state() throws -> ModelState {
        var state = ModelState()
        var sequence: Int64 = 0
        for line in try String(contentsOfFile: Self.path, encoding: .utf8).split(separator: "\n") {
            guard case .change(let change)? = try CommandParser.parse(String(line)) else { continue }
            sequence += 1
            try state.apply(change, sequence: sequence)
        }
        return state
    }

    private func forms(_ state: ModelState? = nil) throws -> YearForms {
        let state = try state ?? self.state()
        let unit = try state.unit(try Code("changan"))
        let year = try state.year(unit.code, try FiscalYear(2023))
        let rules = try state.ruleSet(of: year)
        return YearForms(
            unit: unit,
            year: year,
            rules: rules,
            findings: Checker().check(year, of: unit.code, rules: rules)
        )
    }

    @Test func theFormHasTheOfficialHeadingsInTheirOrder() throws {
        let form = try forms().summaryForm()
        #expect(form.kind == .summary)
        #expect(form.title == "部门绩效自评结果公开汇总表")
        #expect(form.subtitle == "（2023年度）")
        #expect(form.preamble == ["主管部门：石家庄市长安区医疗保障局    单位：万元"])
        let headings = form.cells.filter { $0.role == .heading }.map(\.text)
        #expect(
            headings == [
                "序号", "项目名称", "项目实施单位", "预算数（调整后）", "执行数", "结余数", "结余交回财政数", "自评得分", "自评结果应用意见", "中央", "省级", "市级",
                "区级",
            ]
        )
        let budget = try #require(form.cells.first { $0.text == "预算数（调整后）" })
        #expect(budget.columnSpan == 4 && budget.rowSpan == 1)
        #expect(form.cells.first { $0.text == "执行数" }?.rowSpan == 2)
    }

    @Test func eachProjectIsARowWithItsLevelBudgetExecutionBalanceAndScore() throws {
        let form = try forms().summaryForm()
        #expect(form.rowCount == 2 + 11)
        func cell(_ field: String) -> FormCell? { form.cells.first { $0.field == field } }
        // Row 9: 中央 86.031, 执行 1.976, 结余 84.055, 得分 80.
        #expect(cell("project/p09/line/level.central/full")?.text == "86.03")
        #expect(cell("project/p09/line/level.central/full")?.amount == Money(fen: 86_031_000))
        #expect(cell("project/p09/line/level.county/full")?.text == "")
        #expect(cell("project/p09/executed")?.text == "1.98")
        #expect(cell("project/p09/balance")?.text == "84.06")
        #expect(cell("project/p09/balance")?.amount == Money(fen: 84_055_000))
        #expect(cell("project/p09/balance")?.differs == false)
        #expect(cell("project/p09/score")?.text == "80")
        #expect(cell("project/p09/implementer")?.text == "长安区医疗保障局")
        // Row 7 is 省级, row 1 区级 (the fourth column).
        #expect(cell("project/p07/line/level.province/full")?.text == "30.54")
        #expect(cell("project/p01/line/level.county/full")?.text == "3543.21")
        let numbers = form.cells.filter { $0.column == 0 && $0.row >= 2 }.map(\.text)
        #expect(numbers == (1...11).map(String.init))
    }

    @Test func theTerminalTableIsAlignedWithDoubleWidthCharacters() throws {
        let text = FormText.render([try forms().summaryForm()], compare: false)
        let table = text.split(separator: "\n").filter {
            $0.hasPrefix("┌") || $0.hasPrefix("│") || $0.hasPrefix("├") || $0.hasPrefix("└")
        }
        #expect(!table.isEmpty)
        let widths = Set(table.map { DisplayWidth.of($0) })
        #expect(widths.count == 1, "every line of the table is as wide as the others: \(widths)")
        #expect(table.filter { $0.contains("预算数（调整后）") }.count == 1, "the merged heading once")
        #expect(table.contains { $0.contains("结余交回财政数") }, "the heading is not wrapped")
        #expect(text.contains("单位：万元"))
        #expect(table.contains { $0.contains("离休干部医药费项目") && $0.contains("348.06") })
    }

    @Test func theCompareViewShowsAWrongBalanceAndTheFindingsMarkedOnTheirRows() throws {
        var state = try state()
        try state.apply(
            .update(
                .project(try Code("changan"), try FiscalYear(2023), try Code("p08")),
                [FieldAssignment("balance", "33.925万元")]
            ),
            sequence: state.sequence + 1
        )
        let form = try forms(state).summaryForm()
        let balance = try #require(form.cells.first { $0.field == "project/p08/balance" })
        #expect(balance.differs)
        #expect(balance.display(compare: true).hasPrefix("33.93→23.93"))
        #expect(!balance.marks.isEmpty)
        #expect(form.review.contains { $0.contains("balance-mismatch") && $0.contains("结余数印为33.93万元") })
        let score = try #require(form.cells.first { $0.field == "project/p09/score" })
        #expect(!score.marks.isEmpty, "score-high-on-low-execution is marked on row 9's 自评得分")
        #expect(form.review.contains { $0.contains("score-high-on-low-execution") })
        let text = FormText.render([form], compare: true)
        #expect(text.contains("33.93→"), "the printed 结余数 before Jixiao's in the table")
    }

    @Test func csvAndCellsCarryTheSummaryLikeTheOtherForms() throws {
        let form = try forms().summaryForm()
        let csv = FormExport.csv([form], compare: false)
        #expect(csv.contains("序号,项目名称,项目实施单位,预算数（调整后）"))
        let back = try FormCells.forms(columns: FormCells.columns, rows: FormCells.rows([form]))
        #expect(back.first?.kind == .summary)
        #expect(back.first?.cells.count == form.cells.count)
    }

    @Test func aProjectHasNoSummaryOfItsOwn() throws {
        let forms = try forms()
        #expect(try forms.forms(owner: nil, selection: .summary).map(\.kind) == [.summary])
        #expect(try forms.forms(owner: .department, selection: .summary).map(\.kind) == [.summary])
        #expect(throws: DomainError.self) {
            try forms.forms(owner: .project(try Code("p01")), selection: .summary)
        }
    }
}
