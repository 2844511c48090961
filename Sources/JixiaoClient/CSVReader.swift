/// Reads CSV as spreadsheets export it (RFC 4180): comma-separated (or tab-separated, as a
/// paste from Excel or its "Unicode 文本" is), fields in double quotes may hold the
/// separator, newlines and doubled quotes; a UTF-8 byte-order mark is skipped; lines end in
/// `\n` or `\r\n`. Each record is one spreadsheet row, so row numbers are the records'.
public enum CSVReader {
    /// A malformed cell.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The 1-based row.
        public let row: Int
        /// The 1-based column.
        public let column: Int
        /// What is wrong.
        public let reason: String

        public var description: String { "row \(row), column \(column): \(reason)" }
    }

    /// The rows of a CSV text, each a list of cells.
    /// - Throws: ``Failure`` for an unclosed quote or text after a closing quote.
    public static func rows(_ text: String, separator: Unicode.Scalar = ",") throws(Failure) -> [[String]] {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var rows: [[String]] = []
        var row: [String] = []
        var cell = String.UnicodeScalarView()
        var inQuotes = false
        var afterQuote = false
        var rowNumber = 1
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func finishCell() {
            row.append(String(cell))
            cell = String.UnicodeScalarView()
            afterQuote = false
        }
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        cell.append("\"")
                    } else {
                        inQuotes = false
                        afterQuote = true
                        pending = next
                    }
                } else {
                    if scalar == "\n" { rowNumber += 1 }
                    cell.append(scalar)
                }
                continue
            }
            switch scalar {
            case separator:
                finishCell()
            case "\r":
                continue
            case "\n":
                finishCell()
                rows.append(row)
                row = []
                rowNumber += 1
            case "\"" where cell.isEmpty && !afterQuote:
                inQuotes = true
            default:
                if afterQuote {
                    throw Failure(row: rowNumber, column: row.count + 1, reason: "text after a closing quote")
                }
                cell.append(scalar)
            }
        }
        if inQuotes { throw Failure(row: rowNumber, column: row.count + 1, reason: "a quoted cell is not closed") }
        if !cell.isEmpty || !row.isEmpty || afterQuote {
            finishCell()
            rows.append(row)
        }
        return rows
    }

    /// The separator of a delimited text: a tab when its first lines (title rows above the
    /// header have neither) hold more tabs than commas — a paste, or Excel's "Unicode 文本" —
    /// else a comma.
    public static func separator(of text: String) -> Unicode.Scalar {
        let head = text.split(separator: "\n").prefix(30)
        let tabs = head.reduce(0) { $0 + $1.filter { $0 == "\t" }.count }
        let commas = head.reduce(0) { $0 + $1.filter { $0 == "," }.count }
        return tabs > commas ? "\t" : ","
    }
}
