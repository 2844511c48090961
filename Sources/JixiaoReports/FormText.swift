/// Draws forms for a terminal: box-drawing borders that leave merged cells merged (a merged
/// group's text is shown once), cell text wrapped to the column widths with 汉字 counting two
/// columns, numbers right-aligned and headings centred.
public enum FormText {
    /// The forms one after another, separated by a blank line.
    public static func render(_ forms: [Form], compare: Bool) -> String {
        forms.map { render($0, compare: compare) }.joined(separator: "\n")
    }

    /// One form: title, table, notes (and, in the compare view, the review notes), footer.
    public static func render(_ form: Form, compare: Bool) -> String {
        let table = draw(form, compare: compare)
        let width = table.first.map { DisplayWidth.of($0) } ?? 0
        var lines: [String] = []
        lines.append(centered(form.title, width))
        if let subtitle = form.subtitle { lines.append(centered(subtitle, width)) }
        lines += form.preamble
        lines += table
        lines += form.notes
        if compare { lines += form.review }
        if let footer = form.footer { lines.append(footer) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func centered(_ text: String, _ width: Int) -> String {
        let padding = max(0, (width - DisplayWidth.of(text)) / 2)
        return String(repeating: " ", count: padding) + text
    }

    /// Splits text into lines of at most `width` terminal columns, at newlines and wherever a
    /// line is full.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for character in paragraph {
                let size = DisplayWidth.of(String(character))
                if used + size > width, !line.isEmpty {
                    lines.append(line)
                    line = ""
                    used = 0
                }
                line.append(character)
                used += size
            }
            lines.append(line)
        }
        return lines
    }

    private struct Canvas {
        var slots: [[String]]
        var horizontal: [[Bool]]
        var vertical: [[Bool]]

        init(width: Int, height: Int) {
            slots = Array(repeating: Array(repeating: " ", count: width), count: height)
            horizontal = Array(repeating: Array(repeating: false, count: width), count: height)
            vertical = Array(repeating: Array(repeating: false, count: width), count: height)
        }

        mutating func put(_ text: String, line: Int, at start: Int) {
            var x = start
            for character in text {
                let size = DisplayWidth.of(String(character))
                guard size > 0, x + size <= slots[line].count else { continue }
                slots[line][x] = String(character)
                if size == 2 { slots[line][x + 1] = "" }
                x += size
            }
        }

        func rendered() -> [String] {
            var lines: [String] = []
            for y in slots.indices {
                var line = ""
                for x in slots[y].indices {
                    let h = horizontal[y][x]
                    let v = vertical[y][x]
                    if !h && !v {
                        line += slots[y][x]
                        continue
                    }
                    let up = y > 0 && vertical[y - 1][x] && v
                    let down = y + 1 < slots.count && vertical[y + 1][x] && v
                    let left = x > 0 && horizontal[y][x - 1] && h
                    let right = x + 1 < slots[y].count && horizontal[y][x + 1] && h
                    line += Self.box(up: up, down: down, left: left, right: right, h: h, v: v)
                }
                while line.hasSuffix(" ") { line.removeLast() }
                lines.append(line)
            }
            return lines
        }

        static func box(up: Bool, down: Bool, left: Bool, right: Bool, h: Bool, v: Bool) -> String {
            switch (up, down, left, right) {
            case (false, true, false, true): "┌"
            case (false, true, true, false): "┐"
            case (true, false, false, true): "└"
            case (true, false, true, false): "┘"
            case (true, true, false, true): "├"
            case (true, true, true, false): "┤"
            case (false, true, true, true): "┬"
            case (true, false, true, true): "┴"
            case (true, true, true, true): "┼"
            default: v && !h ? "│" : (h && !v ? "─" : (up || down ? "│" : "─"))
            }
        }
    }

    private static func draw(_ form: Form, compare: Bool) -> [String] {
        let widths = form.textWidths
        let columns = form.columnCount
        var cells = form.cells
        // Positions no cell covers are drawn as empty cells.
        for row in 0..<form.rowCount {
            for column in 0..<columns where !cells.contains(where: { $0.covers(row, column) }) {
                cells.append(FormCell(row: row, column: column, rowSpan: 1, columnSpan: 1, text: "", role: .text))
            }
        }
        var boundary = [0]
        for width in widths { boundary.append(boundary.last! + width + 3) }
        func contentWidth(_ cell: FormCell) -> Int {
            boundary[cell.column + cell.columnSpan] - boundary[cell.column] - 3
        }
        let texts = cells.map { wrap($0.display(compare: compare), width: max(1, contentWidth($0))) }
        var heights = Array(repeating: 1, count: form.rowCount)
        for (cell, lines) in zip(cells, texts) where cell.rowSpan == 1 {
            heights[cell.row] = max(heights[cell.row], lines.count)
        }
        for (cell, lines) in zip(cells, texts) where cell.rowSpan > 1 {
            let rows = cell.row..<(cell.row + cell.rowSpan)
            let available = rows.reduce(0) { $0 + heights[$1] } + cell.rowSpan - 1
            if lines.count > available { heights[rows.upperBound - 1] += lines.count - available }
        }
        var top = [0]
        for height in heights { top.append(top.last! + height + 1) }
        var canvas = Canvas(width: boundary.last! + 1, height: top.last! + 1)
        for (cell, lines) in zip(cells, texts) {
            let y0 = top[cell.row]
            let y1 = top[cell.row + cell.rowSpan]
            let x0 = boundary[cell.column]
            let x1 = boundary[cell.column + cell.columnSpan]
            for x in x0...x1 {
                canvas.horizontal[y0][x] = true
                canvas.horizontal[y1][x] = true
            }
            for y in y0...y1 {
                canvas.vertical[y][x0] = true
                canvas.vertical[y][x1] = true
            }
            let width = x1 - x0 - 3
            for (offset, line) in lines.enumerated() where y0 + 1 + offset < y1 {
                let free = width - DisplayWidth.of(line)
                let indent =
                    switch cell.role {
                    case .number: free
                    case .heading: free / 2
                    case .text: 0
                    }
                canvas.put(line, line: y0 + 1 + offset, at: x0 + 2 + max(0, indent))
            }
        }
        return canvas.rendered()
    }
}
