import JixiaoCore
import Testing

@testable import JixiaoReports

/// `TABLE … format=cells`: the forms as rows, read back into the same forms.
@Suite struct FormCellsTests {
    @Test func everyFormOfTheYearReadsBackFromItsRowsUnchanged() throws {
        let year = try Seed002.forms()
        let date = try CivilDate(parsing: "2024-06-30")
        let forms = try year.forms(owner: nil, selection: .workbook(date))
        #expect(
            forms.map(\.kind) == [.base, .department, .project, .project, .project, .summary, .monitor]
                + Array(repeating: .indicators, count: 4)
        )
        let back = try FormCells.forms(columns: FormCells.columns, rows: FormCells.rows(forms))
        // The compare view's marks and printed figures are not part of the official cells.
        let official = forms.map { form in
            var form = form
            form.cells = form.cells.map { cell in
                var plain = FormCell(
                    row: cell.row,
                    column: cell.column,
                    rowSpan: cell.rowSpan,
                    columnSpan: cell.columnSpan,
                    text: cell.text,
                    role: cell.role
                )
                plain.field = cell.field
                plain.amount = cell.amount
                return plain
            }
            return form
        }
        #expect(back == official)
    }

    @Test func aMoneyCellCarriesItsExactAmount() throws {
        let form = try #require(try Seed002.forms().evaluationForm(.department))
        let executed = try #require(form.cells.first { $0.field == "budget.executed" })
        #expect(executed.text == "840.87")
        #expect(executed.amount == (try Money(parsing: "840.87万元")))
        let row = try #require(FormCells.rows([form]).first { $0[11] == "budget.executed" })
        #expect(row[10] == "840.87")
    }

    @Test func rowsOutOfOrderOrWithAnUnknownItemAreRefused() {
        #expect(throws: FormCells.Failure.self) {
            try FormCells.forms(
                columns: FormCells.columns,
                rows: [["1", "base", "dept", "title", "", "", "", "", "", "x", "", "", "", ""]]
            )
        }
        #expect(throws: FormCells.Failure.self) {
            try FormCells.forms(
                columns: FormCells.columns,
                rows: [["0", "base", "dept", "chart", "", "", "", "", "", "x", "", "", "", ""]]
            )
        }
    }

    @Test func aProjectHasNoBaseDataTable() throws {
        #expect(throws: DomainError.self) {
            try Seed002.forms().forms(owner: .project(try Code("jicha")), selection: .base)
        }
    }
}
