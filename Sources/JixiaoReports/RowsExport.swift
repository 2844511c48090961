/// Plain rows (a header and cells, as query replies carry them) as CSV, Markdown or HTML.
public enum RowsExport {
    /// CSV with a header line, UTF-8 with a byte-order mark.
    public static func csv(header: [String], rows: [[String]]) -> String {
        "\u{FEFF}" + ([header] + rows).map(FormExport.csvRow).joined(separator: "\n") + "\n"
    }

    /// A Markdown pipe table.
    public static func markdown(header: [String], rows: [[String]]) -> String {
        var lines = ["| " + header.map(FormExport.markdownCell).joined(separator: " | ") + " |"]
        lines.append("|" + String(repeating: " --- |", count: header.count))
        for row in rows { lines.append("| " + row.map(FormExport.markdownCell).joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A self-contained HTML page with one table.
    public static func html(title: String, header: [String], rows: [[String]]) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>\(FormHTML.escape(title))</title>
            <style>
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "SimHei", sans-serif; font-size: 10pt; }
            table { border-collapse: collapse; }
            th, td { border: .75pt solid #000; padding: .6mm 1.2mm; vertical-align: top; }
            th { background: #eee; }
            </style>
            </head>
            <body>
            <h1>\(FormHTML.escape(title))</h1>
            <table>
            <tr>
            """
        html += header.map { "<th>\(FormHTML.escape($0))</th>" }.joined() + "</tr>\n"
        for row in rows { html += "<tr>" + row.map { "<td>\(FormHTML.escape($0))</td>" }.joined() + "</tr>\n" }
        return html + "</table>\n</body>\n</html>\n"
    }
}
