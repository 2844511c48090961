import JixiaoCore

/// Forms as rows of data (`TABLE … format=cells`): every title line, column width and cell
/// of each form with its position, spans, role, text, exact amount and field. The daemon
/// sends forms this way so that a program beside the client (the workbook writer, a web
/// front) lays them out without a copy of the model; ``forms(columns:rows:)`` reads them
/// back into the same ``Form`` values.
public enum FormCells {
    /// The column keys of the rows.
    public static let columns = [
        "form", "kind", "owner", "item", "row", "col", "rowspan", "colspan", "role", "text", "amount", "field",
        "width", "text_width",
    ]

    /// What a row describes.
    enum Item: String {
        case name, title, subtitle, preamble, column, cell, note, review, footer
    }

    /// A malformed row.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The 1-based row.
        public let row: Int
        /// What is wrong.
        public let reason: String

        public var description: String { "form cells row \(row): \(reason)" }
    }

    /// The rows of forms, in ``columns``' order.
    public static func rows(_ forms: [Form]) -> [[String]] {
        var rows: [[String]] = []
        for (index, form) in forms.enumerated() {
            func add(
                _ item: Item,
                text: String = "",
                row: Int? = nil,
                col: Int? = nil,
                spans: (Int, Int)? = nil,
                role: String = "",
                amount: Money? = nil,
                field: String? = nil,
                widths: (Int, Int)? = nil
            ) {
                rows.append([
                    String(index), form.kind.rawValue, form.owner, item.rawValue, row.map(String.init) ?? "",
                    col.map(String.init) ?? "", spans.map { String($0.0) } ?? "", spans.map { String($0.1) } ?? "",
                    role, text, amount.map(exactWan) ?? "", field ?? "", widths.map { String($0.0) } ?? "",
                    widths.map { String($0.1) } ?? "",
                ])
            }
            if let name = form.name { add(.name, text: name) }
            add(.title, text: form.title)
            if let subtitle = form.subtitle { add(.subtitle, text: subtitle) }
            for line in form.preamble { add(.preamble, text: line) }
            for column in 0..<form.columnCount {
                add(.column, col: column, widths: (form.widths[column], form.textWidths[column]))
            }
            for cell in form.cells {
                add(
                    .cell,
                    text: cell.text,
                    row: cell.row,
                    col: cell.column,
                    spans: (cell.rowSpan, cell.columnSpan),
                    role: cell.role.rawValue,
                    amount: cell.amount,
                    field: cell.field
                )
            }
            for note in form.notes { add(.note, text: note) }
            for note in form.review { add(.review, text: note) }
            if let footer = form.footer { add(.footer, text: footer) }
        }
        return rows
    }

    /// Reads rows (with the column keys they came with) back into forms.
    /// - Throws: ``Failure`` for a row that is not a form's part.
    public static func forms(columns: [String], rows: [[String]]) throws(Failure) -> [Form] {
        var position: [String: Int] = [:]
        for (index, key) in columns.enumerated() { position[key] = index }
        for key in ["form", "kind", "item"] where position[key] == nil {
            throw Failure(row: 0, reason: "no column \(key)")
        }
        var forms: [Form] = []
        for (number, row) in rows.enumerated() {
            func value(_ key: String) -> String {
                guard let index = position[key], index < row.count else { return "" }
                return row[index]
            }
            func int(_ key: String) throws(Failure) -> Int {
                guard let count = Int(value(key)), count >= 0 else {
                    throw Failure(row: number + 1, reason: "\(key) is not a count: '\(value(key))'")
                }
                return count
            }
            guard let index = Int(value("form")), index == forms.count || index == forms.count - 1 else {
                throw Failure(row: number + 1, reason: "forms out of order")
            }
            guard let item = Item(rawValue: value("item")) else {
                throw Failure(row: number + 1, reason: "unknown item '\(value("item"))'")
            }
            if index == forms.count {
                guard let kind = Form.Kind(rawValue: value("kind")) else {
                    throw Failure(row: number + 1, reason: "unknown form kind '\(value("kind"))'")
                }
                forms.append(
                    Form(kind: kind, owner: value("owner"), title: "", columnCount: 0, widths: [], textWidths: [])
                )
            }
            var form = forms[index]
            switch item {
            case .name: form.name = value("text")
            case .title: form.title = value("text")
            case .subtitle: form.subtitle = value("text")
            case .preamble: form.preamble.append(value("text"))
            case .column:
                form.columnCount += 1
                form.widths.append(try int("width"))
                form.textWidths.append(try int("text_width"))
            case .cell:
                let role = FormCell.Role(rawValue: value("role")) ?? .text
                var amount: Money? = nil
                if !value("amount").isEmpty {
                    do {
                        amount = try Money(parsing: value("amount") + "万元")
                    } catch {
                        throw Failure(row: number + 1, reason: "amount is not money: '\(value("amount"))'")
                    }
                }
                var cell = FormCell(
                    row: try int("row"),
                    column: try int("col"),
                    rowSpan: max(1, try int("rowspan")),
                    columnSpan: max(1, try int("colspan")),
                    text: value("text"),
                    role: role
                )
                cell.field = value("field").isEmpty ? nil : value("field")
                cell.amount = amount
                guard cell.column + cell.columnSpan <= form.columnCount else {
                    throw Failure(row: number + 1, reason: "a cell beyond the form's \(form.columnCount) columns")
                }
                form.rowCount = max(form.rowCount, cell.row + cell.rowSpan)
                form.cells.append(cell)
            case .note: form.notes.append(value("text"))
            case .review: form.review.append(value("text"))
            case .footer: form.footer = value("text")
            }
            forms[index] = form
        }
        return forms
    }

    /// An amount in 万元 to the 分, without its unit: `0.003158`.
    static func exactWan(_ money: Money) -> String {
        let text = money.exactWan
        return String(text.dropLast(2))
    }
}
