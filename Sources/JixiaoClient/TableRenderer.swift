import JixiaoReports

/// Lays rows out as an aligned table for a terminal, counting double-width characters
/// as two columns so that Chinese names line up.
public enum TableRenderer {
    /// Renders a header and rows. Cells that look like numbers are right-aligned.
    /// - Parameters:
    ///   - header: the column headings.
    ///   - rows: the cells.
    /// - Returns: the table's lines joined with `\n`, ending with one.
    public static func render(header: [String], rows: [[String]]) -> String {
        let columnCount = header.count
        var widths = header.map { DisplayWidth.of($0) }
        var numeric = [Bool](repeating: true, count: columnCount)
        for row in rows {
            for index in 0..<min(columnCount, row.count) {
                widths[index] = max(widths[index], DisplayWidth.of(row[index]))
                if !row[index].isEmpty, !looksNumeric(row[index]) { numeric[index] = false }
            }
        }
        func line(_ cells: [String], isHeader: Bool) -> String {
            var parts: [String] = []
            for index in 0..<columnCount {
                let cell = index < cells.count ? cells[index] : ""
                let padding = String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
                parts.append(numeric[index] && !isHeader ? padding + cell : cell + padding)
            }
            var text = parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var output = line(header, isHeader: true) + "\n"
        output += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { output += line(row, isHeader: false) + "\n" }
        return output
    }

    private static func looksNumeric(_ text: String) -> Bool {
        text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2C }
    }
}
