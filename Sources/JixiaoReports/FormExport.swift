/// Forms as CSV (for spreadsheets), JSON (for scripts) and Markdown.
public enum FormExport {
    /// CSV, UTF-8 with a byte-order mark (so that spreadsheet programs read 汉字 right): each
    /// form's title lines, then its grid with a merged cell's text in its top-left position and
    /// the positions it covers empty, then its notes; a blank line between forms.
    public static func csv(_ forms: [Form], compare: Bool) -> String {
        var lines: [String] = []
        for (index, form) in forms.enumerated() {
            if index > 0 { lines.append("") }
            lines.append(csvRow([form.title]))
            if let subtitle = form.subtitle { lines.append(csvRow([subtitle])) }
            for line in form.preamble { lines.append(csvRow([line])) }
            for row in grid(form, compare: compare) { lines.append(csvRow(row)) }
            for note in form.notes + (compare ? form.review : []) { lines.append(csvRow([note])) }
            if let footer = form.footer { lines.append(csvRow([footer])) }
        }
        return "\u{FEFF}" + lines.joined(separator: "\n") + "\n"
    }

    /// One CSV record.
    public static func csvRow(_ cells: [String]) -> String {
        cells.map { cell in
            guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
            return "\"" + cell.replacing("\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }

    /// The grid as rows of texts: a merged cell's text at its top-left position.
    static func grid(_ form: Form, compare: Bool) -> [[String]] {
        var rows = Array(repeating: Array(repeating: "", count: form.columnCount), count: form.rowCount)
        for cell in form.cells { rows[cell.row][cell.column] = cell.display(compare: compare) }
        return rows
    }

    /// One JSON object per form and line: kind, owner, title, the grid's size, each cell with
    /// its position, spans, text, role, field, exact amount in 万元 (money cells) and (when
    /// compared) what was printed, and the notes.
    public static func json(_ forms: [Form], compare: Bool) -> String {
        forms.map { form in
            var object = JSONWriter()
            object.field("form", form.kind.rawValue)
            object.field("owner", form.owner)
            object.field("title", form.title)
            object.field("subtitle", form.subtitle ?? "")
            object.field("preamble", form.preamble)
            object.raw("columns", String(form.columnCount))
            object.raw("rows", String(form.rowCount))
            let cells = form.cells.map { cell in
                var item = JSONWriter()
                item.raw("row", String(cell.row))
                item.raw("col", String(cell.column))
                item.raw("rowspan", String(cell.rowSpan))
                item.raw("colspan", String(cell.columnSpan))
                item.field("text", cell.text)
                item.field("role", cell.role.rawValue)
                if let field = cell.field { item.field("field", field) }
                if let amount = cell.amount { item.field("amount", FormCells.exactWan(amount)) }
                if compare, let shown = cell.compareText { item.field("compare_text", shown) }
                if compare, let printed = cell.printed {
                    item.field("printed", printed)
                    item.raw("differs", cell.differs ? "true" : "false")
                }
                if compare, !cell.marks.isEmpty {
                    item.raw("marks", "[\(cell.marks.map(String.init).joined(separator: ","))]")
                }
                return item.text
            }
            object.raw("cells", "[" + cells.joined(separator: ",") + "]")
            object.field("notes", form.notes)
            if compare { object.field("review", form.review) }
            object.field("footer", form.footer ?? "")
            return object.text
        }.joined(separator: "\n") + "\n"
    }

    /// Markdown: each form's title as a heading, its grid as a pipe table whose first row is
    /// the header (Markdown cannot merge cells: a merged cell's text is in its top-left
    /// position), then its notes.
    public static func markdown(_ forms: [Form], compare: Bool) -> String {
        var lines: [String] = []
        for form in forms {
            lines.append("## \(form.title)\(form.subtitle.map { " \($0)" } ?? "")")
            lines.append("")
            for line in form.preamble { lines += [line, ""] }
            let rows = grid(form, compare: compare)
            for (index, row) in rows.enumerated() {
                lines.append("| " + row.map(markdownCell).joined(separator: " | ") + " |")
                if index == 0 { lines.append("|" + String(repeating: " --- |", count: form.columnCount)) }
            }
            lines.append("")
            for note in form.notes + (compare ? form.review : []) { lines.append("- \(markdownCell(note))") }
            if let footer = form.footer { lines += ["", footer] }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func markdownCell(_ text: String) -> String {
        text.replacing("|", with: "\\|").replacing("\n", with: "<br>")
    }
}

/// A JSON object written field by field.
struct JSONWriter {
    private(set) var body = ""

    var text: String { "{" + body + "}" }

    mutating func raw(_ key: String, _ value: String) {
        if !body.isEmpty { body += "," }
        body += Self.string(key) + ":" + value
    }

    mutating func field(_ key: String, _ value: String) { raw(key, Self.string(value)) }

    mutating func field(_ key: String, _ values: [String]) {
        raw(key, "[" + values.map(Self.string).joined(separator: ",") + "]")
    }

    /// A JSON string literal.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
