/// One sheet of a spreadsheet as rows of cell texts, each row with the number the
/// spreadsheet shows for it, whatever file it came from: a CSV or a tab-separated paste (no
/// merged cells), or an .xlsx sheet, whose merged cells are flattened as a person reads them
/// — a cell merged down a column (the 一级指标 of several rows) gives its text to every row
/// it covers, a cell merged across columns only to its first column.
public struct SheetTable: Sendable, Equatable {
    /// The sheet's tab name, or the file's name.
    public var name: String
    /// The rows that hold something, in order.
    public var rows: [Row]

    /// A spreadsheet row.
    public struct Row: Sendable, Equatable {
        /// The row's number as the spreadsheet shows it (1 for the first).
        public var number: Int
        /// The cells from column A on.
        public var cells: [String]

        /// Creates a row.
        public init(number: Int, cells: [String]) {
            self.number = number
            self.cells = cells
        }

        /// The cell in a 0-based column, or "".
        public subscript(column: Int) -> String { column < cells.count ? cells[column] : "" }
    }

    /// Creates a table.
    public init(name: String, rows: [Row]) {
        self.name = name
        self.rows = rows
    }

    /// The rows of delimited text (CSV or TSV), numbered as the spreadsheet numbers them.
    /// - Throws: ``CSVReader/Failure``.
    public static func delimited(_ text: String, name: String) throws(CSVReader.Failure) -> SheetTable {
        let records = try CSVReader.rows(text, separator: CSVReader.separator(of: text))
        let rows = records.enumerated().map { Row(number: $0.offset + 1, cells: $0.element) }
        return SheetTable(name: name, rows: rows.filter { !$0.cells.allSatisfy(\.isEmpty) })
    }

    /// The column letters a spreadsheet shows for a 0-based column: A, B, …, Z, AA.
    public static func columnLetters(_ column: Int) -> String {
        var number = column + 1
        var letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }
}
