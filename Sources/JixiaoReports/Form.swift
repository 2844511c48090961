public import JixiaoCore

/// One official form (基础数据表, 部门整体支出绩效自评表, 项目支出绩效自评表) as a grid of cells
/// with merged cells, in the templates' row order: the one layout every renderer (terminal,
/// CSV, JSON, HTML, Markdown) draws.
public struct Form: Sendable, Equatable {
    /// Which form.
    public enum Kind: String, Sendable {
        /// 部门整体支出绩效评价基础数据表.
        case base
        /// 部门整体支出绩效自评表.
        case department
        /// 项目支出绩效自评表.
        case project
        /// 绩效运行监控表: each expenditure's execution against time progress on a date.
        case monitor
        /// 绩效指标表: one expenditure's indicators with their codes, to fill and import again.
        case indicators
        /// 支付明细: one expenditure's payments with their ids, to correct and import again.
        case payments
        /// 部门绩效自评结果公开汇总表: one row per project, its budget by level, 执行数, 结余数,
        /// 结余交回财政数 and 自评得分.
        case summary
    }

    /// Which form.
    public var kind: Kind
    /// `dept`, or the project's code.
    public var owner: String
    /// What the form is of, in words (the project's name, 部门整体支出), for a workbook's
    /// sheet tab; `nil` for the year's forms.
    public var name: String?
    /// The heading: 项目支出绩效自评表.
    public var title: String
    /// The line under it: （2024年度）.
    public var subtitle: String?
    /// Lines above the table: 填报单位：….
    public var preamble: [String] = []
    /// How many grid columns.
    public var columnCount: Int
    /// Each column's share of the page width, in percent (HTML).
    public var widths: [Int]
    /// Each column's width in terminal columns (text).
    public var textWidths: [Int]
    /// The cells, each at its top-left grid position.
    public var cells: [FormCell] = []
    /// How many grid rows.
    public var rowCount = 0
    /// Notes shown in every view: the template's 说明, the grade, the operators' scores.
    public var notes: [String] = []
    /// Notes for the compare view: the checker's findings (numbered as the cells' marks) and
    /// the scorer's warnings.
    public var review: [String] = []
    /// The signature line under the table.
    public var footer: String?

    /// The cell covering a grid position.
    public func cell(at row: Int, _ column: Int) -> FormCell? {
        cells.first { $0.covers(row, column) }
    }
}

/// A cell of a form.
public struct FormCell: Sendable, Equatable {
    /// What the cell is, for styling.
    public enum Role: String, Sendable {
        /// A column or row heading printed by the template.
        case heading
        /// A figure.
        case number
        /// Text entered by the bureau.
        case text
    }

    /// The top grid row.
    public var row: Int
    /// The left grid column.
    public var column: Int
    /// How many rows it spans.
    public var rowSpan: Int
    /// How many columns it spans.
    public var columnSpan: Int
    /// The text: Jixiao's figure (computed score, computed rate) or the entered text.
    public var text: String
    /// What kind of cell.
    public var role: Role
    /// What the report printed here, when it is compared with ``text``.
    public var printed: String?
    /// Whether the printed figure differs from Jixiao's.
    public var differs = false
    /// What the compare view shows in place of ``text`` (a partial total: `≥90（缺2项）`).
    public var compareText: String?
    /// The numbers of the review notes (findings) about this cell.
    public var marks: [Int] = []
    /// What the cell holds, for scripts: `budget.executed`, `indicator/peixun/score`.
    public var field: String?
    /// A money cell's exact amount: its ``text`` is rounded to the form's unit (万元, two
    /// decimals), a spreadsheet gets the figure to the 分.
    public var amount: Money?

    /// Whether the cell covers a grid position.
    public func covers(_ row: Int, _ column: Int) -> Bool {
        row >= self.row && row < self.row + rowSpan && column >= self.column && column < self.column + columnSpan
    }

    /// The text for a view: in the compare view a differing printed figure is shown before
    /// Jixiao's (`8→6.02`), and the marks after (`※1`).
    public func display(compare: Bool) -> String {
        guard compare else { return text }
        let text = compareText ?? self.text
        var shown = text
        if let printed, differs || compareText != nil {
            shown = "\(printed.isEmpty ? "（空）" : printed)→\(text.isEmpty ? "？" : text)"
        }
        if !marks.isEmpty { shown += marks.map { "※\($0)" }.joined() }
        return shown
    }
}

/// Places cells row by row the way HTML tables do: each cell goes to the next column of
/// the current row not covered by a cell above that spans down.
struct FormGrid {
    private(set) var form: Form
    private var occupied: Set<Int> = []
    private var row = -1
    private var column = 0

    init(_ form: Form) { self.form = form }

    /// Starts the next row.
    mutating func newRow() {
        row += 1
        column = 0
        form.rowCount = max(form.rowCount, row + 1)
    }

    /// Adds a cell at the next free position of the current row.
    @discardableResult
    mutating func add(
        _ text: String,
        _ role: FormCell.Role = .text,
        rows: Int = 1,
        columns: Int = 1,
        printed: String? = nil,
        differs: Bool = false,
        field: String? = nil,
        amount: Money? = nil
    ) -> Int {
        while occupied.contains(row * 1000 + column) { column += 1 }
        // A layout bug must show in tests, never stop the daemon: in a release build the
        // cell is cut to the row.
        assert(column + columns <= form.columnCount, "\(form.title): row \(row) overflows at '\(text)'")
        let columns = max(1, min(columns, form.columnCount - column))
        for r in row..<(row + rows) {
            for c in column..<(column + columns) { occupied.insert(r * 1000 + c) }
        }
        form.cells.append(
            FormCell(
                row: row,
                column: column,
                rowSpan: rows,
                columnSpan: columns,
                text: text,
                role: role,
                printed: printed,
                differs: differs,
                field: field,
                amount: amount
            )
        )
        form.rowCount = max(form.rowCount, row + rows)
        column += columns
        return form.cells.count - 1
    }

    /// Sets what the compare view shows in a cell.
    mutating func setCompareText(_ index: Int, _ text: String, printed: String?) {
        form.cells[index].compareText = text
        form.cells[index].printed = printed
    }

    /// Adds a review mark to a cell.
    mutating func mark(_ index: Int, _ number: Int) {
        if !form.cells[index].marks.contains(number) { form.cells[index].marks.append(number) }
    }
}
