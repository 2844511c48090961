import OrderedCollections

extension Checker {
    /// Figure lines: each total against its parts, printed shares and rates, funds by source
    /// and by level against the 年度资金总额 row, and unit slips.
    func checkLines(_ expenditure: Expenditure, key: ExpenditureKey) -> [Finding] {
        var findings: [Finding] = []
        let lines = expenditure.lines.values
        var children: [String: [FigureLine]] = [:]
        for line in lines {
            if let parent = line.item.parentCode { children[parent, default: []].append(line) }
        }
        for line in lines {
            let object = ObjectKey.part(key, .line(line.item))
            if let parts = children[line.item.text] {
                findings += sumFindings(line, parts: parts, key: key, rule: .sumMismatch)
            }
            findings += shareFindings(line, in: expenditure, key: key)
            if let printed = line.printedRate {
                // 执行数 over 全年 (or 年初 when 全年 is not printed); a 基础数据表 line's
                // 决算数 over its 预算数.
                let numerator = line.executed ?? line.actual
                let denominator = line.executed != nil ? (line.full ?? line.initial) : line.budget
                findings += rateFindings(
                    PrintedRate(
                        printed: printed,
                        numerator: numerator.map { Int128($0.fen) },
                        denominator: denominator.map { Int128($0.fen) },
                        basis: "\(Format.wan(numerator))/\(Format.wan(denominator))",
                        label: "\(line.displayLabel)执行率"
                    ),
                    object: object
                )
            }
            if let parentCode = line.item.parentCode, let parentItem = try? LineItem(parentCode),
                let parent = expenditure.line(parentItem)
            {
                for column in FigureLine.amountKeys {
                    findings += UnitSlip.check(
                        [
                            ("\(line.item).\(column)", line.amount(column)),
                            ("\(parent.item).\(column)", parent.amount(column)),
                        ],
                        object: object,
                        involved: [.part(key, .line(parent.item))]
                    )
                }
            }
        }
        for parent in children.keys.sorted() { findings += overspentFindings(children[parent]!, key: key) }
        findings += fundsFindings(expenditure, key: key, prefix: "source", rule: .fundsBySourceSum)
        findings += fundsFindings(expenditure, key: key, prefix: "level", rule: .fundsByLevelSum)
        return findings
    }

    /// A total against the sum of its parts in every column where both are entered; parts
    /// printed to 0.01万元 may each be off by half of that, so that much is tolerated.
    func sumFindings(_ total: FigureLine, parts: [FigureLine], key: ExpenditureKey, rule: CheckRule) -> [Finding] {
        var findings: [Finding] = []
        for column in FigureLine.amountKeys {
            guard let reported = total.amount(column) else { continue }
            let amounts = parts.compactMap { $0.amount(column) }
            guard !amounts.isEmpty else { continue }
            let sum = amounts.reduce(Money.zero) { Money(fen: $0.fen &+ $1.fen) }
            let tolerance = Int64(amounts.count + 1) * 5_000
            guard abs(sum.fen - reported.fen) > tolerance else { continue }
            let labels = parts.filter { $0.amount(column) != nil }.map {
                "\($0.displayLabel)\($0.amount(column)!.wanRounded)"
            }
            findings.append(
                Finding(
                    rule,
                    .part(key, .line(total.item)),
                    involved: parts.map { .part(key, .line($0.item)) },
                    reported: reported.wanRounded,
                    computed: sum.wanRounded,
                    difference: Format.difference(reported, sum),
                    zh:
                        "\(total.displayLabel)（\(column)）为\(Format.wan(reported))，各项之和\(labels.joined(separator: "+"))=\(Format.wan(sum))",
                    en:
                        "\(total.item) (\(column)) is \(Format.wan(reported)) but its parts add up to \(Format.wan(sum))"
                )
            )
        }
        return findings
    }

    private func shareFindings(_ line: FigureLine, in expenditure: Expenditure, key: ExpenditureKey) -> [Finding] {
        guard let printed = line.printedShare else { return [] }
        guard let parentCode = line.item.parentCode, let parentItem = try? LineItem(parentCode),
            let parent = expenditure.line(parentItem)
        else { return [] }
        for column in ["executed", "actual", "full", "budget", "initial"] {
            guard let amount = line.amount(column), let total = parent.amount(column) else { continue }
            guard let share = Ratio(numerator: Int128(amount.fen), denominator: Int128(total.fen)) else { return [] }
            if Printed.matches(printed, share) { return [] }
            return [
                Finding(
                    .shareMismatch,
                    .part(key, .line(line.item)),
                    involved: [.part(key, .line(parent.item))],
                    reported: "\(printed)%",
                    computed: "\(share.percentText)%",
                    zh:
                        "\(line.displayLabel)占比印为\(printed)%，\(Format.wan(amount))/\(Format.wan(total))应为\(share.percentText)%",
                    en:
                        "\(line.item) share printed \(printed)% but \(Format.wan(amount)) / \(Format.wan(total)) is \(share.percentText)%"
                )
            ]
        }
        return []
    }

    /// Funds by source (`source.*`) or level (`level.*`) against the 年度资金总额 row.
    private func fundsFindings(
        _ expenditure: Expenditure,
        key: ExpenditureKey,
        prefix: String,
        rule: CheckRule
    )
        -> [Finding]
    {
        let parts = expenditure.lines.values.filter { $0.item.parentCode == prefix }
        guard !parts.isEmpty else { return [] }
        var row = FigureLine(item: try! LineItem(prefix), revision: 0)
        row.initial = expenditure.budget.initial
        row.full = expenditure.budget.full
        row.executed = expenditure.budget.executed
        row.label = "年度资金总额"
        if prefix == "level" { row = levelTotal(row, parts: parts, in: expenditure) }
        var slips: [Finding] = []
        for column in ["initial", "full", "executed"] {
            let amounts = parts.compactMap { $0.amount(column) }
            guard let total = row.amount(column), !amounts.isEmpty else { continue }
            let sum = amounts.reduce(Money.zero) { Money(fen: $0.fen &+ $1.fen) }
            slips += UnitSlip.check(
                [("年度资金总额(\(column))", total), ("\(prefix).*合计(\(column))", sum)],
                object: .expenditure(key),
                involved: parts.map { .part(key, .line($0.item)) }
            )
        }
        return slips
            + sumFindings(row, parts: parts, key: key, rule: rule).map { finding in
                Finding(
                    finding.rule,
                    .expenditure(key),
                    involved: finding.involved.filter { $0 != finding.object },
                    reported: finding.reported,
                    computed: finding.computed,
                    difference: finding.difference,
                    zh: finding.messageZH,
                    en: finding.messageEN
                )
            }
    }

    /// What the funds by level add up to: the 年度资金总额, or, where the 上年结转资金 is not
    /// split by level (a report listing the year's grants by level and the carry-over
    /// beside them, as seeds 001 and 004 do), the 当年财政拨款 alone.
    private func levelTotal(_ row: FigureLine, parts: [FigureLine], in expenditure: Expenditure) -> FigureLine {
        guard let current = expenditure.line(try! LineItem("source.current")),
            let carryover = expenditure.line(try! LineItem("source.carryover"))
        else { return row }
        var total = row
        for column in ["initial", "full", "executed"] {
            let amounts = parts.compactMap { $0.amount(column) }
            guard !amounts.isEmpty, let grants = current.amount(column), let carried = carryover.amount(column),
                carried != .zero
            else { continue }
            let sum = amounts.reduce(Int64(0)) { $0 &+ $1.fen }
            guard sum == grants.fen else { continue }
            switch column {
            case "initial": total.initial = grants
            case "full": total.full = grants
            default: total.executed = grants
            }
            total.label = "当年财政拨款"
        }
        return total
    }

    /// A line executed above its budget (全年, else 年初) while a sibling underspends: money
    /// spent on one line that was budgeted on another.
    private func overspentFindings(_ siblings: [FigureLine], key: ExpenditureKey) -> [Finding] {
        let budgeted = siblings.compactMap { line in
            line.executed.flatMap { executed in (line.full ?? line.initial).map { (line, executed, $0) } }
        }
        guard budgeted.contains(where: { $0.1 < $0.2 }) else { return [] }
        return budgeted.filter { $0.1 > $0.2 }.map { line, executed, budget in
            let under = budgeted.filter { $0.1 < $0.2 }.map { $0.0.displayLabel }
            return Finding(
                .lineOverspent,
                .part(key, .line(line.item)),
                involved: budgeted.map { .part(key, .line($0.0.item)) },
                reported: executed.wanRounded,
                computed: budget.wanRounded,
                difference: Format.difference(executed, budget),
                zh:
                    "\(line.displayLabel)执行\(Format.wan(executed))，超过其预算\(Format.wan(budget))，而\(under.joined(separator: "、"))未用完",
                en:
                    "\(line.item) spent \(Format.wan(executed)), above its budget of \(Format.wan(budget)), while \(under.count) other line(s) underspend"
            )
        }
    }
}
