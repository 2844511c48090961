public import JixiaoCore

extension YearForms {
    /// The 部门整体支出绩效自评表 or a project's 项目支出绩效自评表, laid out as the templates
    /// in the seed reports: header, 年度资金总额 block, 年度总体目标, the indicator table with
    /// merged 一级/二级 cells, 总分, and the signature line.
    public func evaluationForm(_ owner: Owner) -> Form? {
        guard let score = score(owner) else { return nil }
        let key = ExpenditureKey(unit.code, year.year, owner)
        let expenditure: Expenditure
        let title: String
        var subtitle: String? = nil
        switch owner {
        case .department:
            expenditure = year.department
            title = "部门整体支出绩效自评表（\(year.year)年度）"
        case .project(let code):
            guard let project = year.projectList.first(where: { $0.code == code }) else { return nil }
            expenditure = project.expenditure
            title = "项目支出绩效自评表"
            subtitle = "（\(year.year)年度）"
        }
        var grid = FormGrid(
            Form(
                kind: owner == .department ? .department : .project,
                owner: owner.description,
                title: title,
                subtitle: subtitle,
                columnCount: 9,
                widths: [7, 9, 10, 15, 11, 11, 6, 11, 20],
                textWidths: [6, 16, 16, 20, 12, 12, 6, 14, 18],
                footer: "填表人：          填报日期：          联系电话：          单位负责人签字："
            )
        )
        var marks = MarkTargets()
        switch owner {
        case .department:
            grid.newRow()
            grid.add("预算部门名称", .heading)
            grid.add(unit.name, columns: 8, field: "unit.name")
            budgetBlock(&grid, &marks, expenditure, score, label: "年度预算申请（万元）", rows: 7)
            departmentSplit(&grid, expenditure)
        case .project(let code):
            let project = year.projectList.first { $0.code == code }!
            grid.newRow()
            grid.add("项目支出名称", .heading)
            grid.add(project.name, columns: 8, field: "project.name")
            grid.newRow()
            grid.add("主管部门", .heading)
            grid.add(project.supervisor ?? unit.supervisor ?? "", columns: 3, field: "project.supervisor")
            grid.add("实施单位", .heading, columns: 2)
            grid.add(project.implementer ?? unit.name, columns: 3, field: "project.implementer")
            budgetBlock(&grid, &marks, expenditure, score, label: "项目资金（万元）", rows: 5)
            for (code, label) in [
                ("source.current", "其中：当年财政拨款"), ("source.carryover", "上年结转资金"), ("source.other", "其他资金"),
            ] {
                let line = expenditure.line(try! LineItem(code))
                grid.newRow()
                marks.lines[code] = grid.add(label, .heading, columns: 2)
                for column in ["initial", "full", "executed"] {
                    grid.add(
                        Compare.money(line?.amount(column)),
                        .number,
                        field: "line/\(code)/\(column)",
                        amount: line?.amount(column)
                    )
                }
                for _ in 0..<3 { grid.add("", .number) }
            }
        }
        goals(&grid, expenditure)
        indicators(&grid, &marks, expenditure, score)
        var form = grid.form
        form.name = owner == .department ? "部门整体支出" : year.projectList.first { .project($0.code) == owner }?.name
        form.notes = notes(score)
        form.review = review(&form, marks, key: key, score: score)
        return form
    }

    /// Where findings about an expenditure are marked.
    struct MarkTargets {
        var rate: Int?
        var score: Int?
        var budget: Int?
        var total: Int?
        var weightTotal: Int?
        var lines: [String: Int] = [:]
        var indicators: [Code: Int] = [:]
        var groups: [IndicatorGroup: Int] = [:]
    }

    private func budgetBlock(
        _ grid: inout FormGrid,
        _ marks: inout MarkTargets,
        _ expenditure: Expenditure,
        _ score: ExpenditureScore,
        label: String,
        rows: Int
    ) {
        grid.newRow()
        grid.add(label, .heading, rows: rows)
        grid.add("", .heading, columns: 2)
        for heading in ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"] { grid.add(heading, .heading) }
        grid.newRow()
        marks.budget = grid.add("年度资金总额", .heading, columns: 2)
        let budget = expenditure.budget
        grid.add(Compare.money(budget.initial), .number, field: "budget.initial", amount: budget.initial)
        grid.add(Compare.money(budget.full), .number, field: "budget.full", amount: budget.full)
        grid.add(Compare.money(budget.executed), .number, field: "budget.executed", amount: budget.executed)
        let execution = score.execution
        grid.add(execution.weight?.plain ?? "", .number, field: "execution.weight")
        let rate = budget.executionRate.map {
            Ratio(numerator: Int128($0.numerator), denominator: Int128($0.denominator))!
        }
        let (printedRate, rateDiffers) = Compare.rate(expenditure.printedRate, rate)
        let rateText = execution.computedValue ?? (budget.executed == nil ? "" : "不适用")
        marks.rate = grid.add(
            rateText,
            .number,
            printed: printedRate,
            differs: rateDiffers,
            field: "execution.rate"
        )
        let (printedScore, scoreDiffers) = Compare.score(expenditure.printedScore, execution.final)
        marks.score = grid.add(
            execution.final?.plain ?? "",
            .number,
            printed: printedScore ?? (execution.final == nil ? nil : ""),
            differs: scoreDiffers || (printedScore == nil && execution.final != nil),
            field: "execution.score"
        )
    }

    private func departmentSplit(_ grid: inout FormGrid, _ expenditure: Expenditure) {
        func amount(_ code: String) -> String {
            guard let line = expenditure.line(try! LineItem(code)),
                let money = line.full ?? line.initial ?? line.budget ?? line.executed
            else { return "" }
            return "\(money.wanRounded)万元"
        }
        let left = [
            ("按收入性质分：", ""), ("其中：一般公共预算：", "income.general"), ("政府性基金拨款：", "income.fund"),
            ("纳入专户管理的非税收入拨款：", "income.special"), ("其他资金：", "income.other"),
        ]
        let right = [("按支出性质分：", ""), ("其中：基本支出：", "spend.basic"), ("项目支出：", "spend.project"), ("", ""), ("", "")]
        for ((leftLabel, leftCode), (rightLabel, rightCode)) in zip(left, right) {
            grid.newRow()
            grid.add(
                leftLabel + (leftCode.isEmpty ? "" : amount(leftCode)),
                columns: 4,
                field: leftCode.isEmpty ? nil : "line/\(leftCode)"
            )
            grid.add(
                rightLabel + (rightCode.isEmpty ? "" : amount(rightCode)),
                columns: 4,
                field: rightCode.isEmpty ? nil : "line/\(rightCode)"
            )
        }
    }

    private func goals(_ grid: inout FormGrid, _ expenditure: Expenditure) {
        func text(_ kind: String) -> String {
            let items = expenditure.goalList.filter { $0.kind == kind }.map(\.text)
            return items.joined(separator: "\n")
        }
        grid.newRow()
        grid.add("年度总体目标", .heading, rows: 2)
        grid.add("预期目标", .heading, columns: 4)
        grid.add("实际完成情况", .heading, columns: 4)
        grid.newRow()
        grid.add(text("expected"), columns: 4, field: "goals.expected")
        grid.add(text("achieved"), columns: 4, field: "goals.achieved")
    }

    private func indicators(
        _ grid: inout FormGrid,
        _ marks: inout MarkTargets,
        _ expenditure: Expenditure,
        _ score: ExpenditureScore
    ) {
        let indicators = expenditure.indicatorList
        grid.newRow()
        grid.add("绩效指标", .heading, rows: indicators.count + 1)
        for heading in ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"] {
            grid.add(heading, .heading)
        }
        let groups = Dictionary(score.groups.map { ($0.group, $0) }, uniquingKeysWith: { first, _ in first })
        func heading(_ group: IndicatorGroup) -> (String, String?, Bool) {
            let name = group.level2.isEmpty ? group.level1 : group.level2
            guard let found = groups[group] else { return (name, nil, false) }
            let text = "\(name)（\(found.weight.plain)分）"
            guard let printed = found.printedWeight else { return (text, nil, false) }
            return (text, "\(name)（\(printed.plain)分）", printed != found.weight)
        }
        for (index, indicator) in indicators.enumerated() {
            grid.newRow()
            if index == 0 || indicators[index - 1].level1 != indicator.level1 {
                let span = indicators[index...].prefix { $0.level1 == indicator.level1 }.count
                let group = IndicatorGroup(level1: indicator.level1)
                let (text, printed, differs) = heading(group)
                marks.groups[group] = grid.add(text, .heading, rows: span, printed: printed, differs: differs)
            }
            if index == 0 || indicators[index - 1].group != indicator.group {
                let span = indicators[index...].prefix { $0.group == indicator.group }.count
                let (text, printed, differs) = indicator.level2.isEmpty ? ("", nil, false) : heading(indicator.group)
                marks.groups[indicator.group] = grid.add(text, .heading, rows: span, printed: printed, differs: differs)
            }
            let line = score.line(indicator.code)
            let field = "indicator/\(indicator.code)"
            marks.indicators[indicator.code] = grid.add(indicator.name, field: "\(field)/name")
            grid.add(indicator.target?.text ?? "", field: "\(field)/target")
            if let computed = line?.computedValue {
                let entered = indicator.actual?.text
                grid.add(
                    computed,
                    printed: entered,
                    differs: entered != nil && entered != computed,
                    field: "\(field)/actual"
                )
            } else {
                grid.add(indicator.actual?.text ?? "", field: "\(field)/actual")
            }
            grid.add(indicator.weight?.plain ?? "", .number, field: "\(field)/weight")
            let final = line?.final
            let (printed, differs) = Compare.score(indicator.score, final)
            var shown = final?.plain ?? ""
            if line?.isApplicable == false { shown = "不适用" }
            grid.add(
                shown,
                .number,
                printed: printed,
                differs: differs && line?.isApplicable != false,
                field: "\(field)/score"
            )
            grid.add(indicator.deviation ?? "", field: "\(field)/deviation")
        }
        grid.newRow()
        grid.add("总分", .heading, columns: 6)
        marks.weightTotal = grid.add(score.weightTotal.plain, .number, field: "weight_total")
        let total = score.isComplete ? score.total : nil
        let (printed, differs) = Compare.score(score.printedTotal, total)
        marks.total = grid.add(total?.plain ?? "", .number, printed: printed, differs: differs, field: "total")
        if !score.isComplete {
            let missing = score.lines.filter { $0.isApplicable && $0.final == nil }.count
            let rescaled = score.lines.contains { !$0.isApplicable }
            grid.setCompareText(
                marks.total!,
                (rescaled ? "" : "≥\(score.sum.plain)") + "（缺\(missing)项）",
                printed: printed
            )
        }
        grid.add("", .text)
    }

    private func notes(_ score: ExpenditureScore) -> [String] {
        var notes: [String] = []
        if let grade = score.grade, let total = score.total {
            notes.append("自评等级：\(grade)（总分\(total.plain)；\(rules.grades.explanation)）")
        } else {
            notes.append("自评等级：\(score.gradeNote)")
        }
        for line in score.indicators {
            if let override = line.override, line.isApplicable {
                var text = "人工评分：\(line.name) \(override.plain)分"
                if let completion = line.completion { text += "（\(completion.rawValue)）" }
                if let computed = line.computed { text += "，计算得分\(computed.plain)" }
                text += "；理由：\(line.overrideReason ?? "")"
                notes.append(text)
            } else if line.isApplicable, line.final == nil {
                notes.append("待评分：\(line.name)（\(line.status.reason)）")
            } else if !line.isApplicable {
                notes.append("不适用：\(line.name)，不计分，总分按适用分值折算为百分制")
            }
        }
        notes.append("评分规则：\(rules.name)\(rules.label.map { "（\($0)）" } ?? "")")
        return notes
    }

    private func review(
        _ form: inout Form,
        _ marks: MarkTargets,
        key: ExpenditureKey,
        score: ExpenditureScore
    )
        -> [String]
    {
        var review: [String] = []
        for (offset, finding) in findings(of: key).enumerated() {
            let number = offset + 1
            review.append(Self.note(number, finding))
            var target: Int?
            switch finding.object {
            case .part(_, .indicator(let code)): target = marks.indicators[code]
            case .part(_, .group(let group)): target = marks.groups[group]
            case .part(_, .line(let item)): target = marks.lines[item.text] ?? marks.budget
            case .expenditure:
                switch finding.rule {
                case .rateMisreported, .rateAbove100, .lowExecution: target = marks.rate
                case .totalMismatch, .gradeMismatch: target = marks.total
                case .weightsSum: target = marks.weightTotal
                default: target = marks.budget
                }
            default: target = nil
            }
            if let target, !form.cells[target].marks.contains(number) { form.cells[target].marks.append(number) }
        }
        for warning in score.warnings { review.append("评分提示：\(warning)") }
        review.append("计分：\(score.totalArithmetic)；\(score.gradeNote)")
        return review
    }
}
