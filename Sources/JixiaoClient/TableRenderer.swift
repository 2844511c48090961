import JixiaoReports

/// Lays rows out as an aligned table for a terminal, counting double-width characters
/// as two columns so that Chinese names line up.
///
/// A table wider than the terminal is cut into groups of whole columns, each as wide as
/// fits, one under the other; the columns that name a row (`keyColumns`) begin every group,
/// so each group reads on its own, instead of lines the terminal folds into garbage.
public enum TableRenderer {
    /// The space between two columns.
    static let gap = 2

    /// Renders a header and rows. Cells that look like numbers are right-aligned.
    /// - Parameters:
    ///   - header: the column headings.
    ///   - rows: the cells.
    ///   - width: the terminal's width, or `nil` for one block however wide.
    ///   - keyColumns: the columns repeated at the start of each group when wrapping.
    /// - Returns: the table's lines joined with `\n`, ending with one.
    public static func render(
        header: [String],
        rows: [[String]],
        width: Int? = nil,
        keyColumns: [Int] = []
    ) -> String {
        let columnCount = header.count
        var widths = header.map { DisplayWidth.of($0) }
        var numeric = [Bool](repeating: true, count: columnCount)
        for row in rows {
            for index in 0..<min(columnCount, row.count) {
                widths[index] = max(widths[index], DisplayWidth.of(row[index]))
                if !row[index].isEmpty, !looksNumeric(row[index]) { numeric[index] = false }
            }
        }
        let groups = self.groups(widths: widths, width: width, keyColumns: keyColumns.filter { $0 < columnCount })
        var output = ""
        for (number, group) in groups.enumerated() {
            if number > 0 { output += "\n" }
            func line(_ cells: [String], isHeader: Bool) -> String {
                var parts: [String] = []
                for index in group {
                    let cell = index < cells.count ? cells[index] : ""
                    let padding = String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
                    parts.append(numeric[index] && !isHeader ? padding + cell : cell + padding)
                }
                var text = parts.joined(separator: String(repeating: " ", count: gap))
                while text.hasSuffix(" ") { text.removeLast() }
                return text
            }
            output += line(header, isHeader: true) + "\n"
            output += group.map { String(repeating: "-", count: widths[$0]) }.joined(separator: "  ") + "\n"
            for row in rows { output += line(row, isHeader: false) + "\n" }
        }
        return output
    }

    /// The columns of each block: all of them when they fit (or no width is known); else
    /// from the left, as many as fit, each later block starting with the key columns.
    static func groups(widths: [Int], width: Int?, keyColumns: [Int]) -> [[Int]] {
        let all = Array(widths.indices)
        func span(_ columns: [Int]) -> Int {
            columns.map { widths[$0] }.reduce(0, +) + gap * max(columns.count - 1, 0)
        }
        guard let width, span(all) > width else { return [all] }
        let keys = keyColumns.sorted()
        var groups: [[Int]] = []
        var current: [Int] = []
        for index in all {
            // Key columns lead the table, so the first block has them in place.
            if !groups.isEmpty, keys.contains(index) { continue }
            if current.isEmpty, !groups.isEmpty { current = keys }
            let own = current.filter { groups.isEmpty || !keys.contains($0) }
            if span(current + [index]) > width, !own.isEmpty {
                groups.append(current)
                current = keys + [index]
            } else {
                current.append(index)
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }

    private static func looksNumeric(_ text: String) -> Bool {
        text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2C }
    }
}
