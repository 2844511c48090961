public import JixiaoCore

extension ModelTables {
    /// The rows of one kind of part of an expenditure; with `identity`, only the part with that
    /// code, line or id (a GET builds the one row it answers, not all of them and then one).
    public static func parts(
        _ kind: PartKind,
        of expenditure: Expenditure,
        key: ExpenditureKey,
        only identity: String? = nil
    ) -> RowTable {
        func kept(_ text: String) -> Bool { identity == nil || text == identity }
        let address = ["unit", "year", "owner"]
        let values = [key.unit.text, key.year.description, key.owner.description]
        switch kind {
        case .line:
            return lines(
                expenditure.lineList.filter { kept($0.item.text) },
                in: expenditure,
                address: address,
                values: values
            )
        case .indicator:
            return table(
                identity.map { identity in expenditure.indicator(identity).map { [$0] } ?? [] }
                    ?? expenditure.indicatorList,
                leading: address + ["code"],
                { values + [$0.code.text] },
                trailing: [("revision", { String($0.revision) })]
            )
        case .fact:
            return table(
                expenditure.factList.filter { kept($0.code.text) },
                leading: address + ["code"],
                { values + [$0.code.text] },
                trailing: [("revision", { String($0.revision) })]
            )
        case .adjustment:
            return table(
                expenditure.adjustmentList.filter { kept(String($0.id)) },
                leading: address + ["id"],
                { values + [String($0.id)] },
                trailing: [("revision", { String($0.revision) })]
            )
        case .payment:
            return table(
                expenditure.paymentList.filter { kept(String($0.id)) },
                leading: address + ["id"],
                { values + [String($0.id)] },
                trailing: [("revision", { String($0.revision) })]
            )
        case .goal:
            return table(
                expenditure.goalList.filter { kept(String($0.id)) },
                leading: address + ["id"],
                { values + [String($0.id)] },
                trailing: [("revision", { String($0.revision) })]
            )
        case .group:
            return groups(expenditure, address: address, values: values)
        }
    }

    /// Figure lines with their computed share of the parent line and execution rate.
    static func lines(
        _ lines: [FigureLine],
        in expenditure: Expenditure,
        address: [String],
        values: [String]
    )
        -> RowTable
    {
        table(
            lines,
            leading: address + ["line"],
            { values + [$0.item.text] },
            trailing: [
                ("display_label", { $0.displayLabel }),
                ("share", { line in cell(share(of: line, in: expenditure)) }),
                (
                    "rate",
                    { line in cell(line.executed.flatMap { executed in line.full.flatMap { Rate(executed, over: $0) } })
                    }
                ),
                ("change_rate", { line in changeRate(line).map { $0.percentText } ?? "" }),
                ("to_receive", { line in cell(toReceive(line)) }),
                (
                    "received_rate",
                    { line in line.due.map { due in cell(line.received.flatMap { Rate($0, over: due) }) } ?? "" }
                ),
                ("revision", { String($0.revision) }),
            ]
        )
    }

    /// 变动率 against last year: (本年决算数 − 上年决算数) / 上年决算数, signed; `nil` without
    /// both figures or with a zero 上年决算数 (the basis is the 决算 of both years).
    public static func changeRate(_ line: FigureLine) -> Ratio? {
        guard let actual = line.actual, let prior = line.priorActual else { return nil }
        return Ratio(numerator: Int128(actual.fen) - Int128(prior.fen), denominator: Int128(prior.fen))
    }

    /// Funds still to be received: 应到位 − 实际到位, when both are entered.
    public static func toReceive(_ line: FigureLine) -> Money? {
        guard let due = line.due, let received = line.received else { return nil }
        return Money(fen: due.fen &- received.fen)
    }

    /// A line's share of its parent line, in the first column both have (执行数, 决算数,
    /// 全年预算数, 预算数, 年初预算数); `nil` without a parent or a common column.
    public static func share(of line: FigureLine, in expenditure: Expenditure) -> Rate? {
        guard let parentCode = line.item.parentCode, let parentItem = try? LineItem(parentCode),
            let parent = expenditure.line(parentItem)
        else { return nil }
        for key in ["executed", "actual", "full", "budget", "initial"] {
            if let amount = line.amount(key), let total = parent.amount(key) { return Rate(amount, over: total) }
        }
        return nil
    }

    /// Printed group weights beside the sum of the weights of the indicators in the group.
    static func groups(_ expenditure: Expenditure, address: [String], values: [String]) -> RowTable {
        var table = RowTable(columns: address + ["level1", "level2", "weight", "indicator_weights", "score"])
        for (group, weight) in expenditure.groupList {
            let members = expenditure.indicatorList.filter {
                $0.level1 == group.level1 && (group.level2.isEmpty || $0.level2 == group.level2)
            }
            let sum = members.compactMap(\.weight).reduce(ExactNumber.zero) { $0.adding($1) }
            table.rows.append(
                values + [
                    group.level1, group.level2, weight.description, members.isEmpty ? "" : sum.description,
                    expenditure.printedScore(of: group)?.description ?? "",
                ]
            )
        }
        return table
    }

    /// The allocation rule with what each level owes.
    public static func allocation(_ rule: Allocation?, key: ExpenditureKey) -> RowTable {
        table(
            rule.map { [$0] } ?? [],
            leading: ["unit", "year", "owner"],
            { _ in [key.unit.text, key.year.description, key.owner.description] },
            trailing: Allocation.levels.map { level in ("owed_\(level.key)", { cell($0.owed(by: level.key)) }) }
                + [("share_total", { $0.shareTotal?.description ?? "" }), ("revision", { String($0.revision) })]
        )
    }
}
