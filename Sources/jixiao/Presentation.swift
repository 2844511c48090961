import JixiaoClient
import JixiaoProtocol

#if canImport(Glibc)
import Glibc
#endif

/// How rows are shown to whoever reads them: an aligned table with Chinese headings,
/// Chinese status words and China time for people (a terminal, or `--table`), the
/// protocol's tab-separated rows for scripts.
struct Presentation: Sendable {
    /// Whether rows are laid out as an aligned table for people.
    var aligned: Bool
    /// The unit amounts are in (for the headings).
    var amounts: AmountFormat = .wan
    /// The width tables are wrapped to: `COLUMNS`, else the terminal's, else none.
    var width: Int? = Presentation.terminalWidth

    /// The same presentation with amounts in `amounts`.
    func with(_ amounts: AmountFormat) -> Presentation {
        var copy = self
        copy.amounts = amounts
        return copy
    }

    /// Rows as an aligned table for people, wrapped to ``width`` by column groups.
    func table(columns: [String], rows: [[String]]) -> String {
        var headings = Language.current == .zh ? ColumnLabels.labels(for: columns) : columns
        if amounts == .yuan { headings = headings.map { $0.replacing("(万元)", with: "(元)") } }
        if Language.current == .en, amounts == .yuan {
            headings = zip(columns, ColumnLabels.labels(for: columns)).map { key, label in
                label.hasSuffix("(万元)") ? key + "(元)" : key
            }
        }
        let cells = rows.map { row in
            row.enumerated().map { index, value in
                index < columns.count ? StatusWords.cell(value, column: columns[index]) : value
            }
        }
        return TableRenderer.render(
            header: headings,
            rows: cells,
            width: width,
            keyColumns: Self.keyColumns(columns, rows: rows)
        )
    }

    /// The leading columns that name a row (and differ between rows): repeated in each
    /// group of a wrapped table so that every part can be read on its own.
    static func keyColumns(_ columns: [String], rows: [[String]]) -> [Int] {
        let identity: Set<String> = [
            "unit", "year", "owner", "code", "line", "id", "month", "group", "key", "rule", "seq", "command",
        ]
        var keys: [Int] = []
        for (index, column) in columns.enumerated() {
            guard identity.contains(column) else { break }
            let values = Set(rows.map { index < $0.count ? $0[index] : "" })
            if values.count > 1 { keys.append(index) }
        }
        if keys.isEmpty, let first = columns.first, identity.contains(first) { keys = [0] }
        return keys
    }

    /// `COLUMNS` when set, else the terminal's width, else `nil` (no wrapping).
    static var terminalWidth: Int? {
        if let value = getenv("COLUMNS"), let columns = Int(String(cString: value)), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return nil
    }
}
