import CXlsxWriter
import JixiaoReports

/// One form laid out on one worksheet.
struct SheetLayout {
    let form: Form
    let sheet: UnsafeMutablePointer<lxw_worksheet>

    /// A row's height in points for one line of body text, and the least height of a row.
    static let lineHeight = 13.5
    static let minimumRowHeight = 18.0

    /// How wide the columns are together, in Excel's units: what an A4 page holds at 100 %
    /// between the margins, upright or on its side.
    var pageWidth: Double { form.columnCount >= 10 ? 150 : 100 }

    /// Each column's width in Excel's units (about one Latin character; a 汉字 takes two):
    /// the form's terminal widths (which count a 汉字 as two columns too), scaled to fill the
    /// page, so that the sheet prints at about 100 % and reads as the template does.
    var columnWidths: [Double] {
        let total = Double(form.textWidths.reduce(0, +))
        let scale = total > 0 ? min(1.2, pageWidth / total) : 1
        return form.textWidths.map { (Double($0) * scale * 10).rounded() / 10 }
    }

    /// Writes the form.
    func write(_ formats: inout FormatCache) {
        let widths = columnWidths
        for (column, width) in widths.enumerated() {
            worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil)
        }
        let lastColumn = max(0, form.columnCount - 1)
        var row = 0
        func line(_ text: String, _ style: FormatCache.Style, height: Double) {
            merge(row, 0, row, lastColumn, text, formats.format(style))
            worksheet_set_row(sheet, lxw_row_t(row), height, nil)
            row += 1
        }
        line(form.title, .title, height: 30)
        if let subtitle = form.subtitle { line(subtitle, .subtitle, height: 20) }
        for text in form.preamble { line(text, .preamble, height: 20) }
        let gridStart = row
        // A first column whose headings are indented with spaces is a list of row labels.
        let labels = form.cells.contains { $0.column == 0 && $0.role == .heading && $0.text.hasPrefix(" ") }
        var covered = Set<Int>()
        var heights = Array(repeating: Self.minimumRowHeight, count: form.rowCount)
        for cell in form.cells {
            let top = gridStart + cell.row
            let bottom = top + cell.rowSpan - 1
            let right = cell.column + cell.columnSpan - 1
            for r in cell.row..<(cell.row + cell.rowSpan) {
                for c in cell.column...right { covered.insert(r * 1000 + c) }
            }
            var content = CellContent(cell)
            let style: FormatCache.Style
            switch (cell.role, content) {
            case (.heading, _) where labels && cell.column == 0:
                let spaces = cell.text.prefix { $0 == " " || $0 == "\u{3000}" }.count
                style = .label(indent: (spaces + 1) / 3)
                content = .text(String(cell.text.dropFirst(spaces)))
            case (.heading, _): style = .heading
            case (_, .number(_, let numberFormat)): style = .number(numberFormat)
            case (.number, .text): style = .number("General")
            case (.text, .text): style = .text
            }
            let format = formats.format(style)
            if cell.rowSpan > 1 || cell.columnSpan > 1 {
                worksheet_merge_range(
                    sheet,
                    lxw_row_t(top),
                    lxw_col_t(cell.column),
                    lxw_row_t(bottom),
                    lxw_col_t(right),
                    "",
                    format
                )
            }
            switch content {
            case .number(let value, _):
                worksheet_write_number(sheet, lxw_row_t(top), lxw_col_t(cell.column), value, format)
            case .text(let text): worksheet_write_string(sheet, lxw_row_t(top), lxw_col_t(cell.column), text, format)
            }
            let width = widths[cell.column...right].reduce(0, +)
            let needed = Self.height(of: cell.text, width: width) / Double(cell.rowSpan)
            for r in cell.row..<(cell.row + cell.rowSpan) { heights[r] = max(heights[r], needed) }
        }
        for r in 0..<form.rowCount {
            for c in 0..<form.columnCount where !covered.contains(r * 1000 + c) {
                worksheet_write_blank(sheet, lxw_row_t(gridStart + r), lxw_col_t(c), formats.format(.text))
            }
            worksheet_set_row(sheet, lxw_row_t(gridStart + r), heights[r], nil)
        }
        row = gridStart + form.rowCount
        let fullWidth = widths.reduce(0, +)
        for note in form.notes {
            line(note, .note, height: max(16, Self.height(of: note, width: fullWidth) - 2))
        }
        if let footer = form.footer {
            row += 1
            line(footer, .preamble, height: max(20, Self.height(of: footer, width: fullWidth)))
        }
        printSetup(lastRow: row - 1, lastColumn: lastColumn, headingRow: gridStart)
    }

    /// A4, one page wide, centred; the heading row repeated on each page of a long list.
    private func printSetup(lastRow: Int, lastColumn: Int, headingRow: Int) {
        worksheet_set_paper(sheet, 9)
        if form.columnCount >= 10 { worksheet_set_landscape(sheet) } else { worksheet_set_portrait(sheet) }
        worksheet_set_margins(sheet, 0.5, 0.5, 0.6, 0.6)
        worksheet_center_horizontally(sheet)
        worksheet_fit_to_pages(sheet, 1, 0)
        worksheet_print_area(sheet, 0, 0, lxw_row_t(max(0, lastRow)), lxw_col_t(lastColumn))
        if [.monitor, .indicators, .payments, .summary].contains(form.kind) {
            // The 汇总表's heading is two rows: 预算数（调整后） over its four levels.
            let lastHeading = form.kind == .summary ? headingRow + 1 : headingRow
            worksheet_repeat_rows(sheet, lxw_row_t(headingRow), lxw_row_t(lastHeading))
        }
        worksheet_set_footer(sheet, "&C第 &P 页，共 &N 页")
    }

    private func merge(
        _ top: Int,
        _ left: Int,
        _ bottom: Int,
        _ right: Int,
        _ text: String,
        _ format: UnsafeMutablePointer<lxw_format>?
    ) {
        if bottom > top || right > left {
            worksheet_merge_range(
                sheet,
                lxw_row_t(top),
                lxw_col_t(left),
                lxw_row_t(bottom),
                lxw_col_t(right),
                text,
                format
            )
        } else {
            worksheet_write_string(sheet, lxw_row_t(top), lxw_col_t(left), text, format)
        }
    }

    /// The height wrapped text needs in a cell `width` units wide: its lines times the line
    /// height, with a margin.
    static func height(of text: String, width: Double) -> Double {
        // A 10 pt 汉字 is about 1.85 units of the default font's digit, a Latin letter 0.92.
        let usable = max(1, width - 0.6)
        var lines = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let columns = Double(DisplayWidth.of(line)) * 0.92
            lines += max(1, Int((columns / usable).rounded(.up)))
        }
        return Double(lines) * lineHeight + 6
    }
}
