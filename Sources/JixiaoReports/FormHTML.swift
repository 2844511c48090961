/// Forms as one self-contained HTML page (no external files, fonts or scripts) that prints
/// on A4 like the paper forms: each form on its own sheet, borders of 0.75 pt, 宋体-style
/// body text and 黑体-style headings, merged cells as in the templates. On screen the sheets
/// are drawn as pages.
public enum FormHTML {
    /// The page.
    /// - Parameters:
    ///   - forms: the forms, one sheet each.
    ///   - title: the document's title.
    ///   - compare: whether printed figures are shown struck through beside Jixiao's, with
    ///     the review notes.
    public static func page(_ forms: [Form], title: String, compare: Bool) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="generator" content="jixiao">
            <title>\(escape(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>

            """
        for form in forms { html += sheet(form, compare: compare) }
        html += "</body>\n</html>\n"
        return html
    }

    static let style = """
        @page { size: A4 portrait; margin: 14mm 12mm; }
        html { background: #e6e6e6; }
        body { margin: 0; color: #000; font-size: 10.5pt;
          font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "STSong", serif; }
        .sheet { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 6mm auto; padding: 14mm 12mm;
          background: #fff; box-shadow: 0 0 2mm rgba(0, 0, 0, .3); }
        h1 { margin: 0 0 1.5mm; text-align: center; font-size: 16pt; font-weight: bold; letter-spacing: .08em;
          font-family: "Noto Sans CJK SC", "Source Han Sans SC", "SimHei", "STHeiti", sans-serif; }
        .subtitle { margin: 0 0 3mm; text-align: center; font-size: 12pt; }
        .preamble { margin: 0 0 1.5mm; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; }
        td { border: .75pt solid #000; padding: .8mm 1.2mm; vertical-align: middle; line-height: 1.35;
          overflow-wrap: anywhere; white-space: pre-wrap; }
        td.heading { text-align: center; }
        td.number { text-align: center; }
        td.vertical { text-align: center; line-height: 1.5; }
        .notes, .review { margin: 2mm 0 0; padding-left: 5mm; font-size: 9pt; }
        .review { color: #a40000; }
        .footer { margin-top: 4mm; white-space: pre; }
        .printed { display: block; color: #777; text-decoration: line-through; }
        .computed { color: #c00000; font-weight: bold; }
        sup.mark { color: #c00000; font-size: 7pt; }
        @media print {
          html { background: none; }
          body { font-size: 10pt; }
          td { padding: .5mm 1mm; line-height: 1.25; }
          .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; break-after: page; }
          .sheet:last-child { break-after: auto; }
        }
        """

    private static func sheet(_ form: Form, compare: Bool) -> String {
        var html = "<section class=\"sheet form-\(form.kind.rawValue)\">\n"
        html += "<h1>\(escape(form.title))</h1>\n"
        if let subtitle = form.subtitle { html += "<p class=\"subtitle\">\(escape(subtitle))</p>\n" }
        for line in form.preamble { html += "<p class=\"preamble\">\(escape(line))</p>\n" }
        html += "<table>\n<colgroup>"
        for width in form.widths { html += "<col style=\"width:\(width)%\">" }
        html += "</colgroup>\n"
        for row in 0..<form.rowCount {
            html += "<tr>"
            for cell in form.cells.filter({ $0.row == row }).sorted(by: { $0.column < $1.column }) {
                var classes = [cell.role.rawValue]
                if cell.column == 0, cell.rowSpan >= 3, cell.role == .heading { classes.append("vertical") }
                html += "<td class=\"\(classes.joined(separator: " "))\""
                if cell.rowSpan > 1 { html += " rowspan=\"\(cell.rowSpan)\"" }
                if cell.columnSpan > 1 { html += " colspan=\"\(cell.columnSpan)\"" }
                if let field = cell.field { html += " data-field=\"\(escape(field))\"" }
                // Written downwards one character a line, as the paper forms do (not with
                // writing-mode, which would make the cell unbreakable across pages).
                let shown =
                    classes.contains("vertical")
                    ? cell.text.map { escape(String($0)) }.joined(separator: "<br>") : content(cell, compare: compare)
                html += ">" + shown + "</td>"
            }
            html += "</tr>\n"
        }
        html += "</table>\n"
        let notes = form.notes
        if !notes.isEmpty {
            html += "<ul class=\"notes\">" + notes.map { "<li>\(escape($0))</li>" }.joined() + "</ul>\n"
        }
        if compare, !form.review.isEmpty {
            html += "<ul class=\"review\">" + form.review.map { "<li>\(escape($0))</li>" }.joined() + "</ul>\n"
        }
        if let footer = form.footer { html += "<p class=\"footer\">\(escape(footer))</p>\n" }
        return html + "</section>\n"
    }

    private static func content(_ cell: FormCell, compare: Bool) -> String {
        let text = compare ? cell.compareText ?? cell.text : cell.text
        var html = escape(text)
        if compare, let printed = cell.printed, cell.differs || cell.compareText != nil {
            html =
                "<span class=\"printed\">\(escape(printed.isEmpty ? "（空）" : printed))</span>"
                + "<span class=\"computed\">\(escape(text.isEmpty ? "？" : text))</span>"
        } else if compare, cell.compareText != nil {
            html = "<span class=\"computed\">\(escape(text))</span>"
        }
        if compare, !cell.marks.isEmpty {
            html += "<sup class=\"mark\">" + cell.marks.map { "※\($0)" }.joined() + "</sup>"
        }
        return html
    }

    /// Text made safe for HTML.
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
