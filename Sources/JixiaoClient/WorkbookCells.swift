import JixiaoProtocol

/// Reads what `jixiao-xlsx read` prints — `sheet NAME`, `cell ROW COL TEXT`,
/// `merge R1 C1 R2 C2` lines, tab-separated and escaped as TSV rows — into sheet tables.
public enum WorkbookCells {
    /// A line that is none of these.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The line's text.
        public let line: String

        public var description: String { "jixiao-xlsx printed an unexpected line: \(line.prefix(80))" }
    }

    /// The sheets, with merged ranges flattened (``SheetTable``).
    /// - Throws: ``Failure`` for a line that cannot be read.
    public static func sheets(_ output: String) throws(Failure) -> [SheetTable] {
        var sheets: [(name: String, cells: [Int: [Int: String]], merges: [[Int]])] = []
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(ReplyEncoder.unescapeTSV)
            switch fields.first {
            case "sheet" where fields.count == 2:
                sheets.append((fields[1], [:], []))
            case "cell" where fields.count == 4 && !sheets.isEmpty:
                guard let row = Int(fields[1]), let column = Int(fields[2]), row > 0, column > 0 else {
                    throw Failure(line: String(line))
                }
                sheets[sheets.count - 1].cells[row, default: [:]][column - 1] = fields[3]
            case "merge" where fields.count == 5 && !sheets.isEmpty:
                let numbers = fields.dropFirst().compactMap { Int($0) }
                guard numbers.count == 4 else { throw Failure(line: String(line)) }
                sheets[sheets.count - 1].merges.append(numbers)
            default:
                throw Failure(line: String(line))
            }
        }
        return sheets.map { sheet in
            var cells = sheet.cells
            for merge in sheet.merges {
                let (top, left, bottom) = (merge[0], merge[1] - 1, merge[2])
                guard let text = cells[top]?[left], bottom > top else { continue }
                for row in (top + 1)...bottom where cells[row]?[left] == nil {
                    cells[row, default: [:]][left] = text
                }
            }
            let rows = cells.keys.sorted().map { number in
                let byColumn = cells[number]!
                let width = (byColumn.keys.max() ?? -1) + 1
                return SheetTable.Row(number: number, cells: (0..<width).map { byColumn[$0] ?? "" })
            }
            return SheetTable(name: sheet.name, rows: rows)
        }
    }
}
