/// Writes replies in the wire format of protocol v1.
///
/// - `OK [words] [rows=N]` or `ERR CODE message`, one line;
/// - with `rows=N` in TSV format: one header line of column keys, then N lines, values
///   separated by tabs, with `\\`, tab, newline and carriage return escaped as `\\\\`,
///   `\\t`, `\\n`, `\\r`;
/// - with `rows=N` in JSON format: N lines, each one JSON object keyed by column.
public enum ReplyEncoder {
    /// Appends one reply's bytes (every line ended by `\n`) to `output`.
    public static func encode(_ reply: Reply, format: RowFormat, into output: inout String) {
        switch reply.status {
        case .error(let error):
            output += "ERR \(error.code.rawValue) \(oneLine(error.message))\n"
            return
        case .ok(let words):
            output += "OK"
            for word in words { output += " " + word }
            if let table = reply.table { output += " rows=\(table.rows.count)" }
            output += "\n"
        }
        guard let table = reply.table else { return }
        switch format {
        case .tsv:
            // Appended cell by cell: no array of escaped cells and no joined line per row
            // (they were a tenth of a GET's time in the profile).
            appendTSVLine(table.columns, to: &output)
            for row in table.rows { appendTSVLine(row, to: &output) }
        case .json:
            for row in table.rows {
                output += "{"
                for (index, column) in table.columns.enumerated() {
                    if index > 0 { output += "," }
                    JSONText.appendString(column, to: &output)
                    output += ":"
                    JSONText.appendString(index < row.count ? row[index] : "", to: &output)
                }
                output += "}\n"
            }
        }
    }

    /// The reply as a string.
    public static func encode(_ reply: Reply, format: RowFormat) -> String {
        var output = ""
        encode(reply, format: format, into: &output)
        return output
    }

    private static func appendTSVLine(_ cells: [String], to output: inout String) {
        var first = true
        for cell in cells {
            if !first { output += "\t" }
            first = false
            output += escapeTSV(cell)
        }
        output += "\n"
    }

    /// Escapes a value for a TSV cell.
    public static func escapeTSV(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x5C }) else { return value }
        var result = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Reverses ``escapeTSV(_:)``.
    public static func unescapeTSV(_ cell: Substring) -> String {
        guard cell.contains("\\") else { return String(cell) }
        var result = ""
        var escaping = false
        for scalar in cell.unicodeScalars {
            if escaping {
                switch scalar {
                case "t": result += "\t"
                case "n": result += "\n"
                case "r": result += "\r"
                default: result.unicodeScalars.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// An error message on one line, with every control character (tab, newline, carriage
    /// return, escape, …) written one way, `\u{9}`, as ``excerpt(_:limit:)`` writes them:
    /// the status line shows what was received without a raw control byte in it.
    private static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
