public import JixiaoCore

extension ModelTables {
    /// `FUNDS`: the funds of an expenditure by source and by government level, each part with
    /// its share of the computed total, its execution rate and what is still to be received;
    /// a computed total row per group, and the 年度资金总额 row for comparison.
    public static func funds(_ expenditure: Expenditure, key: ExpenditureKey) -> RowTable {
        var table = RowTable(columns: [
            "group", "line", "label", "initial", "full", "executed", "share", "rate", "due", "received", "to_receive",
        ])
        let budget = expenditure.budget
        table.rows.append([
            "total", "", "年度资金总额", cell(budget.initial), cell(budget.full), cell(budget.executed), "",
            cell(budget.executionRate), "", "", "",
        ])
        for group in ["source", "level"] {
            let parts = expenditure.lineList.filter { $0.item.parentCode == group }
            guard !parts.isEmpty else { continue }
            func sum(_ key: String) -> Money? {
                let amounts = parts.compactMap { $0.amount(key) }
                return amounts.isEmpty ? nil : amounts.reduce(Money.zero) { Money(fen: $0.fen &+ $1.fen) }
            }
            let base =
                sum("executed").map { ("executed", $0) } ?? sum("full").map { ("full", $0) }
                ?? sum("initial").map { ("initial", $0) }
            for line in parts {
                let share = base.flatMap { column, total in line.amount(column).flatMap { Rate($0, over: total) } }
                table.rows.append([
                    group, line.item.text, line.displayLabel, cell(line.initial), cell(line.full), cell(line.executed),
                    cell(share),
                    cell(line.executed.flatMap { executed in line.full.flatMap { Rate(executed, over: $0) } }),
                    cell(line.due), cell(line.received), cell(toReceive(line)),
                ])
            }
            table.rows.append([
                group, "", group == "source" ? "合计(按来源)" : "合计(按级次)", cell(sum("initial")), cell(sum("full")),
                cell(sum("executed")), base == nil ? "" : "100.00",
                cell(sum("executed").flatMap { executed in sum("full").flatMap { Rate(executed, over: $0) } }),
                cell(sum("due")), cell(sum("received")),
                cell(sum("due").flatMap { due in sum("received").map { Money(fen: due.fen &- $0.fen) } }),
            ])
        }
        return table
    }

    /// `ROLLUP`: a unit-year's department figures summed with those of its subordinate units
    /// (recursively), line by line and for the 年度资金总额 row.
    public static func rollup(_ state: ModelState, unit: Code, year: FiscalYear) throws(DomainError) -> RowTable {
        var members: [Unit] = [try state.unit(unit)]
        var index = 0
        while index < members.count {
            members += state.subordinates(of: members[index].code)
            index += 1
        }
        let years = members.compactMap { member in member.year(year).map { (member.code, $0) } }
        var table = RowTable(columns: ["line", "label", "units"] + FigureLine.amountKeys)
        var order: [LineItem] = []
        var sums: [LineItem: [String: Money]] = [:]
        var labels: [LineItem: String] = [:]
        var counts: [LineItem: Int] = [:]
        for (_, unitYear) in years {
            for line in unitYear.department.lineList {
                if sums[line.item] == nil { order.append(line.item) }
                labels[line.item] = labels[line.item] ?? line.displayLabel
                counts[line.item, default: 0] += 1
                for key in FigureLine.amountKeys {
                    if let amount = line.amount(key) {
                        sums[line.item, default: [:]][key] = Money(fen: (sums[line.item]?[key]?.fen ?? 0) &+ amount.fen)
                    }
                }
            }
        }
        var budget: [String: Money] = [:]
        for (_, unitYear) in years {
            let row = unitYear.department.budget
            for (key, amount) in [("initial", row.initial), ("full", row.full), ("executed", row.executed)] {
                if let amount { budget[key] = Money(fen: (budget[key]?.fen ?? 0) &+ amount.fen) }
            }
        }
        table.rows.append(["", "年度资金总额", String(years.count)] + FigureLine.amountKeys.map { cell(budget[$0]) })
        for item in order {
            table.rows.append(
                [item.text, labels[item] ?? item.text, String(counts[item] ?? 0)]
                    + FigureLine.amountKeys.map { cell(sums[item]?[$0]) }
            )
        }
        return table
    }
}
