/// Finds a table's header in a sheet as operators lay sheets out — title rows, a 填报单位 line
/// and a blank row above it, headings with line breaks (`年度\n指标值`), units and weights in
/// brackets (`分值（分）`, `金额（元）`, `一级指标（50分）`) — and maps its columns to field
/// keys. Every heading must be known: a column Jixiao would not read is refused by name, so
/// that no figure is dropped without a word.
public struct ImportColumns: Sendable {
    /// A column the import reads.
    public struct Column: Sendable {
        /// The field key: `weight`.
        public var key: String
        /// The headings that name it, official first: `分值`, `权重`, `weight`.
        public var headings: [String]
        /// Whether the table needs it.
        public var required: Bool

        /// Creates a column.
        public init(_ key: String, _ headings: [String], required: Bool = false) {
            self.key = key
            self.headings = headings
            self.required = required
        }
    }

    /// The row (index into the table's rows) that holds the headings.
    public let headerIndex: Int
    /// Each key's 0-based column.
    public let positions: [String: Int]
    /// What a heading said in its brackets, by key: `元` for `金额（元）`.
    public let units: [String: String]

    /// Looks for the header among the first rows: the first row that names every required
    /// column.
    /// - Parameters:
    ///   - table: the sheet.
    ///   - columns: the columns the import reads.
    ///   - ignored: headings that may be present and are not read (序号).
    /// - Throws: ``ImportFailure`` when no row names the required columns, or the header
    ///   row has a heading that is not known.
    public init(in table: SheetTable, columns: [Column], ignored: [String] = []) throws(ImportFailure) {
        var lookup: [String: String] = [:]
        for column in columns {
            for heading in column.headings { lookup[Self.normalized(heading).name] = column.key }
        }
        let ignoredNames = Set(ignored.map { Self.normalized($0).name })
        let required = columns.filter(\.required).map(\.key)
        for (index, row) in table.rows.prefix(30).enumerated() {
            var positions: [String: Int] = [:]
            var units: [String: String] = [:]
            var unknown: [(Int, String)] = []
            for (column, cell) in row.cells.enumerated() {
                let heading = Self.normalized(cell)
                guard !heading.name.isEmpty else { continue }
                if let key = lookup[heading.name] {
                    if positions[key] == nil {
                        positions[key] = column
                        if let unit = heading.bracket { units[key] = unit }
                    } else {
                        unknown.append((column, cell))
                    }
                } else if !ignoredNames.contains(heading.name) {
                    unknown.append((column, cell))
                }
            }
            guard required.allSatisfy({ positions[$0] != nil }) else { continue }
            if !unknown.isEmpty {
                let named = unknown.map { "\(SheetTable.columnLetters($0.0))列「\(Self.oneLine($0.1))」" }
                let known = columns.map { $0.headings[0] }.joined(separator: "、")
                throw ImportFailure(
                    row: row.number,
                    "表头有不认识的列：\(named.joined(separator: "、"))；能导入的列：\(known)；请删除或改名后再导入"
                )
            }
            self.headerIndex = index
            self.positions = positions
            self.units = units
            return
        }
        let names = columns.filter(\.required).map { $0.headings[0] }.joined(separator: "、")
        throw ImportFailure(row: nil, "\(table.name)：找不到表头——需要有 \(names) 这几列的一行")
    }

    /// A heading reduced to what names it: no blanks, line breaks or `*` marks, a bracket at
    /// its end split off (`分值（分）` → `分值` and `分`).
    static func normalized(_ heading: String) -> (name: String, bracket: String?) {
        var text = String(heading.filter { !$0.isWhitespace && $0 != "\u{3000}" && $0 != "*" && $0 != "＊" })
        var bracket: String?
        if let last = text.last, last == "）" || last == ")",
            let open = text.lastIndex(where: { $0 == "（" || $0 == "(" })
        {
            bracket = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            text = String(text[..<open])
        }
        return (text.lowercased(), bracket)
    }

    /// A cell as one line for a message.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}

/// An import refused: the row (as the spreadsheet numbers it) and column, and why.
public struct ImportFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The row number the spreadsheet shows, if the failure is in a row.
    public let row: Int?
    /// The 0-based column, if the failure is in a cell.
    public let column: Int?
    /// What is wrong, in Chinese.
    public let reason: String

    /// Creates a failure.
    public init(row: Int?, column: Int? = nil, _ reason: String) {
        self.row = row
        self.column = column
        self.reason = reason
    }

    public var description: String {
        var place = ""
        if let row { place = "第\(row)行" }
        if let column { place += "\(SheetTable.columnLetters(column))列" }
        return place.isEmpty ? reason : "\(place)：\(reason)"
    }
}

/// The lines an import sends, each with the spreadsheet row it came from.
public struct ImportPlan: Sendable, Equatable {
    /// A protocol line and its row.
    public struct Step: Sendable, Equatable {
        /// The spreadsheet row.
        public var row: Int
        /// The protocol line.
        public var line: String
    }

    /// The lines, in order.
    public var steps: [Step] = []
    /// How many rows create something, update something, or change nothing.
    public var created = 0
    public var updated = 0
    public var unchanged = 0

    /// Creates an empty plan.
    public init() {}
}
