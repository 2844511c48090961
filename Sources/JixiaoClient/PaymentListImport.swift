import JixiaoCore
import JixiaoProtocol

/// Turns a payment list from a spreadsheet (支付明细, a voucher list from the finance
/// software) into `PAYMENT ADD` lines, or `PAYMENT UPDATE` for rows that carry an existing
/// payment's 编号.
///
/// Headings: 日期 (支付日期, 付款日期, 记账日期), 金额 (支付金额, 付款金额; its unit in the heading,
/// `金额（元）`/`金额（万元）`, or in each cell), 资金来源 (a line code such as `source.current`
/// or its label 当年财政拨款/上年结转资金/其他资金), 摘要 (用途, 说明, 事由), 凭证号 (kept at the
/// front of the note), 编号 (a payment's id, to update it). Dates as spreadsheets write them:
/// 2024-03-15, 2024/3/15, 2024.3.15, 2024年3月15日, 20240315.
public enum PaymentListImport {
    /// The columns read, official headings first.
    public static let columns: [ImportColumns.Column] = [
        .init("id", ["编号", "支付编号", "id"]),
        .init("date", ["日期", "支付日期", "付款日期", "记账日期", "date"], required: true),
        .init("amount", ["金额", "支付金额", "付款金额", "支出金额", "amount"], required: true),
        .init("line", ["资金来源", "经费来源", "来源", "line"]),
        .init("voucher", ["凭证号", "凭证编号", "voucher"]),
        .init("note", ["摘要", "用途", "说明", "事由", "note"]),
    ]

    /// Headings that may stand in the header and are not read.
    public static let ignored = ["序号"]

    /// Funding-line labels as a list names them.
    static let lineLabels = [
        "当年财政拨款": "source.current", "财政拨款": "source.current", "上年结转资金": "source.carryover",
        "上年结转": "source.carryover", "其他资金": "source.other",
    ]

    /// The lines for a list.
    /// - Parameters:
    ///   - table: the sheet.
    ///   - address: `unit year owner`.
    ///   - existing: the payments there now by id, each field's value by key (`amount` with
    ///     its unit), from the 支付明细 (`TABLE … form=payments format=cells`): a row that
    ///     says the same sends nothing.
    /// - Throws: ``ImportFailure`` naming the row and column of the first bad cell.
    public static func plan(
        _ table: SheetTable,
        address: [String],
        existing: [String: [String: String]] = [:]
    ) throws(ImportFailure) -> ImportPlan {
        let header = try ImportColumns(in: table, columns: columns, ignored: ignored)
        let unit = header.units["amount"]
        if let unit, unit != "元", unit != "万元" {
            throw ImportFailure(
                row: table.rows[header.headerIndex].number,
                column: header.positions["amount"],
                "金额的单位「\(unit)」不是元或万元"
            )
        }
        var plan = ImportPlan()
        for row in table.rows.dropFirst(header.headerIndex + 1) {
            let cells = header.positions.mapValues { IndicatorTableImport.normalized(row[$0]) }
            if cells.values.allSatisfy(\.isEmpty) { continue }
            if row.cells.contains(where: { ["合计", "总计", "小计"].contains(IndicatorTableImport.normalized($0)) }) {
                break
            }
            func fail(_ key: String, _ reason: String) -> ImportFailure {
                ImportFailure(row: row.number, column: header.positions[key], reason)
            }
            guard let date = date(cells["date"] ?? "") else {
                throw fail("date", cells["date"]?.isEmpty != false ? "日期为空" : "日期「\(cells["date"]!)」读不出：请写成 2024-03-15")
            }
            let amount = try money(cells["amount"] ?? "", unit: unit, fail: { fail("amount", $0) })
            var assignments = [("date", date), ("amount", amount)]
            if let line = cells["line"], !line.isEmpty {
                let code = lineLabels[line] ?? line
                guard (try? LineItem(code)) != nil else {
                    throw fail("line", "资金来源「\(line)」不是经费行的代码或名称（如 source.current、当年财政拨款）")
                }
                assignments.append(("line", code))
            }
            let note = [cells["voucher"].flatMap { $0.isEmpty ? nil : "凭证号\($0)" }, cells["note"]]
                .compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: "；")
            if !note.isEmpty { assignments.append(("note", note)) }
            let keyed = assignments.map { WordQuoting.keyed($0.0, $0.1) }
            if let id = cells["id"], !id.isEmpty {
                guard Int(id) != nil else { throw fail("id", "编号「\(id)」不是支付记录的编号") }
                guard let found = existing[id] else { throw fail("id", "没有编号为 \(id) 的支付记录") }
                // The row says the whole payment: what its columns leave empty is cleared.
                var keys = ["date", "amount"]
                if header.positions["line"] != nil { keys.append("line") }
                if header.positions["note"] != nil || header.positions["voucher"] != nil { keys.append("note") }
                let wanted = Dictionary(uniqueKeysWithValues: assignments)
                let same = keys.allSatisfy { key in
                    let new = wanted[key] ?? ""
                    let value = found[key] ?? ""
                    if key == "amount" { return (try? Money(parsing: new)) == (try? Money(parsing: value)) }
                    return new == value
                }
                if same {
                    plan.unchanged += 1
                    continue
                }
                let fields = keys.map { WordQuoting.keyed($0, wanted[$0] ?? "") }
                let words = ["PAYMENT", "UPDATE"] + (address + [id]).map(WordQuoting.quote) + fields
                plan.steps.append(.init(row: row.number, line: words.joined(separator: " ")))
                plan.updated += 1
            } else {
                let words = ["PAYMENT", "ADD"] + address.map(WordQuoting.quote) + keyed
                plan.steps.append(.init(row: row.number, line: words.joined(separator: " ")))
                plan.created += 1
            }
        }
        return plan
    }

    /// An amount with its unit: the heading's (`金额（元）`) or the cell's; thousands
    /// separators and ¥ signs dropped.
    static func money(
        _ cell: String,
        unit: String?,
        fail: (String) -> ImportFailure
    ) throws(ImportFailure) -> String {
        var text = String(cell.filter { $0 != "," && $0 != "，" && $0 != "¥" && $0 != "￥" && !$0.isWhitespace })
        guard !text.isEmpty else { throw fail("金额为空") }
        if !(text.hasSuffix("元") || text.hasSuffix("万")) {
            guard let unit else { throw fail("金额「\(cell)」没有单位：请把列名写成「金额（元）」或「金额（万元）」，或在金额后写元/万元") }
            text += unit
        }
        do {
            let money = try Money(parsing: text)
            guard money != .zero else { throw fail("金额为零") }
        } catch let failure as ImportFailure {
            throw failure
        } catch {
            throw fail("金额「\(cell)」读不出：\(error)")
        }
        return text
    }

    /// A date as spreadsheets write it, as `YYYY-MM-DD`; `nil` if it is not one.
    static func date(_ cell: String) -> String? {
        var parts: [String] = []
        var current = ""
        for character in cell {
            if character.isASCII, character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                parts.append(current)
                current = ""
            }
        }
        if !current.isEmpty { parts.append(current) }
        if parts.count == 1, parts[0].count == 8 {
            let digits = parts[0]
            parts = [String(digits.prefix(4)), String(digits.dropFirst(4).prefix(2)), String(digits.suffix(2))]
        }
        guard parts.count == 3, parts[0].count == 4, let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        let text = "\(parts[0])-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        return (try? CivilDate(parsing: text)) != nil ? text : nil
    }
}
