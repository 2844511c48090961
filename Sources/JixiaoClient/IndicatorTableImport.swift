import JixiaoCore
import JixiaoProtocol

/// Turns an indicator table from a spreadsheet — the 绩效指标表 Jixiao exports, the indicator
/// block of a 自评表, or a sheet an operator typed — into `INDICATOR CREATE` lines for new
/// indicators and `INDICATOR UPDATE` lines for the fields that changed in existing ones.
///
/// The header may sit under title rows; its headings are the official ones (一级指标, 二级指标,
/// 三级指标, 年度指标值, 实际完成值, 分值, 得分, 完成情况, 偏差原因分析及改进措施), with line breaks
/// and brackets as templates print them, or the protocol keys; a column it does not know is
/// refused by name. A blank or merged 一级/二级 cell repeats the one above; `产出指标（50分）`
/// is the group 产出指标 (its printed weight is kept when it is not the rows' sum). The table
/// ends at its 总分/合计 row. An indicator is found by its 指标代码 column, else by its three
/// levels; new ones are numbered `i01`, `i02`, … after the codes in use.
public enum IndicatorTableImport {
    /// The columns read, official headings first.
    public static let columns: [ImportColumns.Column] = [
        .init("code", ["指标代码", "代码", "编码", "code"]),
        .init("level1", ["一级指标", "level1"], required: true),
        .init("level2", ["二级指标", "level2"], required: true),
        .init("name", ["三级指标", "指标名称", "name"], required: true),
        .init("target", ["年度指标值", "指标值", "目标值", "target"], required: true),
        .init("actual", ["实际完成值", "实际完成", "完成值", "actual"]),
        .init("weight", ["分值", "权重", "weight"]),
        .init("score", ["得分", "score"]),
        .init("completion", ["完成情况", "completion"]),
        .init("deviation", ["偏差原因分析及改进措施", "偏差原因分析", "偏差原因", "deviation"]),
    ]

    /// Headings that may stand in the header and are not read: a row counter, and the
    /// 自评表's 绩效指标 label column.
    public static let ignored = ["序号", "绩效指标"]

    /// What the daemon holds now, to tell updates from new rows.
    public struct Existing: Sendable {
        /// Each indicator's fields by key, from `INDICATOR LIST`.
        public var indicators: [[String: String]] = []
        /// Each indicator's computed value and final score by code, from `SCORE`: a 得分 or
        /// 实际完成值 cell that only repeats them is not an entry.
        public var computed: [String: (actual: String, score: String)] = [:]
        /// Printed group weights by `level1/level2`, from `GROUP LIST`.
        public var groupWeights: [String: String] = [:]
        /// Whether a 得分 cell updates an existing indicator's printed score. Off by default:
        /// Jixiao's own sheets carry its computed scores there, which are not a report's.
        public var printedScores = false

        /// Nothing yet.
        public init() {}
    }

    /// The lines for a table.
    /// - Parameters:
    ///   - table: the sheet.
    ///   - address: `unit year owner`.
    ///   - existing: the indicators there now.
    /// - Throws: ``ImportFailure`` naming the row and column of the first bad cell.
    public static func plan(
        _ table: SheetTable,
        address: [String],
        existing: Existing = Existing()
    ) throws(ImportFailure) -> ImportPlan {
        let header = try ImportColumns(in: table, columns: columns, ignored: ignored)
        let byCode = Dictionary(existing.indicators.map { ($0["code"] ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        var usedCodes = Set(byCode.keys)
        var plan = ImportPlan()
        var inherited: [String: String] = [:]
        var groupWeights: [String: (row: Int, weight: String, sum: ExactNumber?)] = [:]
        var groupOrder: [String] = []
        var seenCodes: Set<String> = []
        for row in table.rows.dropFirst(header.headerIndex + 1) {
            let cells = header.positions.mapValues { normalized(row[$0]) }
            if row.cells.contains(where: { ["总分", "合计", "总计"].contains(normalized($0)) }) { break }
            if cells.values.allSatisfy(\.isEmpty) { continue }
            var fields: [String: String] = [:]
            for key in ["level1", "level2"] {
                let (name, weight) = groupCell(cells[key] ?? "")
                if name.isEmpty {
                    fields[key] = inherited[key] ?? ""
                } else {
                    if key == "level1", name != inherited["level1"] { inherited["level2"] = nil }
                    fields[key] = name
                    inherited[key] = name
                    let group = key == "level1" ? name + "/" : (inherited["level1"] ?? "") + "/" + name
                    if let weight {
                        if groupWeights[group] == nil { groupOrder.append(group) }
                        groupWeights[group] = (row.number, weight, groupWeights[group]?.sum)
                    }
                }
            }
            // A row with only its group cells is a group's heading row.
            let indicatorKeys = ["code", "name", "target", "actual", "weight", "score", "deviation"]
            if indicatorKeys.allSatisfy({ (cells[$0] ?? "").isEmpty }) { continue }
            for key in ["name", "target", "actual", "weight", "score", "completion", "deviation", "code"] {
                if let value = cells[key] { fields[key] = value }
            }
            for key in ["weight", "score"] where fields[key]?.hasSuffix("分") == true { fields[key]?.removeLast() }
            for key in ["level1", "level2", "name", "target"] where (fields[key] ?? "").isEmpty {
                let heading = columns.first { $0.key == key }!.headings[0]
                throw ImportFailure(row: row.number, column: header.positions[key], "\(heading)为空")
            }
            for key in ["weight", "score"] {
                if let value = fields[key], !value.isEmpty, ExactNumber(parsing: value) == nil {
                    let heading = columns.first { $0.key == key }!.headings[0]
                    throw ImportFailure(row: row.number, column: header.positions[key], "\(heading)「\(value)」不是数")
                }
            }
            var found = fields["code"].flatMap { $0.isEmpty ? nil : byCode[$0] }
            if found == nil, (fields["code"] ?? "").isEmpty {
                found = existing.indicators.first {
                    $0["level1"] == fields["level1"] && $0["level2"] == fields["level2"] && $0["name"] == fields["name"]
                }
            }
            for group in [fields["level1"]! + "/", fields["level1"]! + "/" + fields["level2"]!] {
                guard let entry = groupWeights[group] else { continue }
                let weight = ExactNumber(parsing: fields["weight"] ?? "") ?? nil
                groupWeights[group]?.sum = weight.map { (entry.sum ?? ExactNumber.zero).adding($0) } ?? entry.sum
            }
            let code: String
            if let found {
                code = found["code"] ?? ""
                let changes = changed(
                    fields,
                    from: found,
                    computed: existing.computed[code],
                    printedScores: existing.printedScores
                )
                if changes.isEmpty {
                    plan.unchanged += 1
                } else {
                    plan.steps.append(.init(row: row.number, line: line("UPDATE", address, code, changes)))
                    plan.updated += 1
                }
            } else {
                if let given = fields["code"], !given.isEmpty {
                    code = given
                } else {
                    var number = usedCodes.count + 1
                    while usedCodes.contains(codeText(number)) { number += 1 }
                    code = codeText(number)
                }
                var assignments: [(String, String)] = []
                for key in [
                    "level1", "level2", "name", "target", "actual", "weight", "score", "completion", "deviation",
                ] {
                    if let value = fields[key], !value.isEmpty { assignments.append((key, value)) }
                }
                plan.steps.append(.init(row: row.number, line: line("CREATE", address, code, assignments)))
                plan.created += 1
            }
            guard seenCodes.insert(code).inserted else {
                throw ImportFailure(row: row.number, column: header.positions["code"], "指标代码 \(code) 在表中出现了两次")
            }
            usedCodes.insert(code)
        }
        for group in groupOrder {
            let entry = groupWeights[group]!
            let parts = group.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard ExactNumber(parsing: entry.weight) != entry.sum, existing.groupWeights[group] != entry.weight else {
                continue
            }
            var words = ["GROUP", "SET"] + address.map(WordQuoting.quote) + [WordQuoting.keyed("level1", parts[0])]
            if !parts[1].isEmpty { words.append(WordQuoting.keyed("level2", parts[1])) }
            words.append(WordQuoting.keyed("weight", entry.weight))
            plan.steps.append(.init(row: entry.row, line: words.joined(separator: " ")))
        }
        return plan
    }

    /// The fields of a row that differ from the indicator's: a cleared cell clears the field;
    /// 得分 only when asked (`printedScores`: Jixiao's own sheets fill it with its computed
    /// score, which is no report's), and a 实际完成值 that only repeats what Jixiao computes (a
    /// department measure) is not an entry.
    static func changed(
        _ fields: [String: String],
        from found: [String: String],
        computed: (actual: String, score: String)?,
        printedScores: Bool
    ) -> [(String, String)] {
        var changes: [(String, String)] = []
        for key in ["level1", "level2", "name", "target", "actual", "weight", "score", "completion", "deviation"] {
            guard let value = fields[key] else { continue }
            let current = found[key] ?? ""
            if same(value, current, key) { continue }
            if key == "score", !printedScores || value.isEmpty { continue }
            if key == "actual", let computed, !computed.actual.isEmpty, computed.actual != current,
                same(value, computed.actual, key)
            {
                continue
            }
            changes.append((key, value))
        }
        return changes
    }

    /// Whether two cell texts say the same: points compared as numbers (`5` and `5.0`).
    static func same(_ a: String, _ b: String, _ key: String) -> Bool {
        if a == b { return true }
        guard key == "weight" || key == "score", let x = ExactNumber(parsing: a), let y = ExactNumber(parsing: b) else {
            return false
        }
        return x == y
    }

    static func line(_ verb: String, _ address: [String], _ code: String, _ assignments: [(String, String)]) -> String {
        (["INDICATOR", verb] + (address + [code]).map(WordQuoting.quote)
            + assignments.map { WordQuoting.keyed($0.0, $0.1) })
            .joined(separator: " ")
    }

    static func codeText(_ number: Int) -> String { "i" + (number < 10 ? "0\(number)" : "\(number)") }

    /// `产出指标（50分）` → `产出指标` and `50`: the weight printed in a group cell is not its name.
    static func groupCell(_ cell: String) -> (name: String, weight: String?) {
        guard let open = cell.firstIndex(where: { $0 == "（" || $0 == "(" }) else { return (cell, nil) }
        let name = String(cell[..<open])
        var inside = cell[cell.index(after: open)...]
        if inside.last == "）" || inside.last == ")" { inside = inside.dropLast() }
        if inside.hasSuffix("分") { inside = inside.dropLast() }
        return (name, ExactNumber(parsing: String(inside)) != nil ? String(inside) : nil)
    }

    /// A cell without surrounding blanks (including the ideographic space word processors
    /// leave) and without the line breaks of wrapped template cells.
    static func normalized(_ cell: String) -> String {
        let joined = String(cell.filter { $0 != "\n" && $0 != "\r" })
        let isBlank: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{3000}" || $0 == "\u{00A0}" }
        return String(joined.drop(while: isBlank).reversed().drop(while: isBlank).reversed())
    }
}
