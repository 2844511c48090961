import JixiaoProtocol

/// Turns an indicator table exported from a spreadsheet (the columns of the official
/// 绩效自评表) into `INDICATOR CREATE` lines.
///
/// The header row names the columns by their official headings (一级指标, 二级指标, 三级指标,
/// 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施) or by the protocol keys
/// (level1, level2, name, target, actual, weight, score, deviation; optional code). A blank
/// 一级/二级 cell repeats the one above, as merged cells flatten. Codes are `i01`, `i02`, …
/// unless a `code`/`代码` column gives them.
public enum IndicatorTableImport {
    /// Headings accepted for each key.
    static let headings: [String: [String]] = [
        "code": ["code", "代码", "编码"],
        "level1": ["level1", "一级指标"],
        "level2": ["level2", "二级指标"],
        "name": ["name", "三级指标", "指标名称"],
        "target": ["target", "年度指标值", "指标值"],
        "actual": ["actual", "实际完成值", "实际完成"],
        "weight": ["weight", "分值", "权重"],
        "score": ["score", "得分"],
        "deviation": ["deviation", "偏差原因分析及改进措施", "偏差原因"],
    ]

    /// The protocol lines for a CSV table.
    /// - Parameters:
    ///   - text: the CSV text.
    ///   - prefix: the address words: `unit year owner`.
    /// - Throws: ``CSVReader/Failure`` naming the row and column of a bad cell.
    public static func lines(
        csv text: String,
        unit: String,
        year: String,
        owner: String
    ) throws(CSVReader.Failure)
        -> [String]
    {
        let rows = try CSVReader.rows(text)
        guard let header = rows.first else { return [] }
        var columns: [String: Int] = [:]
        for (index, cell) in header.enumerated() {
            let heading = normalized(cell)
            if let key = headings.first(where: { $0.value.contains(heading) })?.key { columns[key] = index }
        }
        for key in ["level1", "level2", "name", "target"] where columns[key] == nil {
            throw CSVReader.Failure(
                row: 1,
                column: header.count + 1,
                reason: "no column for \(key) (\(headings[key]!.dropFirst().joined(separator: "/")))"
            )
        }
        var lines: [String] = []
        var inherited: [String: String] = [:]
        var number = 0
        for (rowIndex, row) in rows.enumerated().dropFirst() {
            if row.allSatisfy({ normalized($0).isEmpty }) { continue }
            number += 1
            var words = ["INDICATOR", "CREATE", unit, year, owner]
            var code = "i" + (number < 10 ? "0\(number)" : "\(number)")
            var keyed: [String] = []
            for key in ["code", "level1", "level2", "name", "target", "actual", "weight", "score", "deviation"] {
                guard let column = columns[key] else { continue }
                var value = column < row.count ? normalized(row[column]) : ""
                if key == "level1" || key == "level2" {
                    value = stripWeight(value)
                    if value.isEmpty { value = inherited[key] ?? "" } else { inherited[key] = value }
                }
                if key == "weight" || key == "score", value.hasSuffix("分") { value.removeLast() }
                if ["level1", "level2", "name", "target"].contains(key), value.isEmpty {
                    throw CSVReader.Failure(row: rowIndex + 1, column: column + 1, reason: "\(key) is empty")
                }
                if key == "code" {
                    if !value.isEmpty { code = value }
                } else if !value.isEmpty {
                    keyed.append(WordQuoting.keyed(key, value))
                }
            }
            words.append(code)
            lines.append((words.map(WordQuoting.quote) + keyed).joined(separator: " "))
        }
        return lines
    }

    /// A cell without surrounding blanks (including the ideographic space word processors
    /// leave) and without line breaks from merged cells.
    static func normalized(_ cell: String) -> String {
        let joined = String(cell.filter { $0 != "\n" && $0 != "\r" })
        let isBlank: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{3000}" || $0 == "\u{00A0}" }
        return String(joined.drop(while: isBlank).reversed().drop(while: isBlank).reversed())
    }

    /// `产出指标（50分）` → `产出指标`: the weight printed in a group cell is not its name.
    static func stripWeight(_ name: String) -> String {
        guard let open = name.firstIndex(where: { $0 == "（" || $0 == "(" }) else { return name }
        return String(name[..<open])
    }
}
