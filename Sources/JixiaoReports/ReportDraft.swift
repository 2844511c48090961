import JixiaoCore

/// A draft of the year's 自评报告 in the seed reports' section order (基本情况, 绩效目标, 预算执行,
/// 绩效指标完成情况, 偏差原因, 问题, 改进措施, 结果应用), with the figures and the computed
/// sentences filled in (`全年预算数15.00万元，执行数15.00万元，执行率100.00%`) and 【待填写】 where
/// only the bureau can write, for the operator to edit.
public enum ReportDraft {
    /// The draft as Markdown.
    public static func markdown(_ forms: YearForms) -> String {
        var out = Writer()
        let unit = forms.unit
        let year = forms.year
        out.heading(1, "\(year.year)年度\(unit.name)部门整体支出绩效自评报告")

        out.heading(2, "一、基本情况")
        out.heading(3, "（一）部门（单位）基本情况")
        var basics = ""
        if let level = unit.level { basics += "\(unit.name)属于\(level)级单位。" }
        if !unit.offices.isEmpty { basics += "\(unit.name)内设机构包括：\(unit.offices.joined(separator: "、"))。" }
        let staffing = year.staffing
        var staff: [String] = []
        if let authorized = staffing.authorized { staff.append("单位编制人数\(authorized)人") }
        if let actual = staffing.actual { staff.append("年末实有人数\(actual)人") }
        if let welfare = staffing.publicWelfare { staff.append("公益性岗位人数\(welfare)人") }
        if !staff.isEmpty { basics += staff.joined(separator: "，") + "。" }
        if let retired = staffing.retired { basics += "本单位离退休人数\(retired)人。" }
        if staffing.authorized != nil, staffing.actual != nil {
            basics += "财政供养人员控制率\(Compare.rate(staffing.controlRate))（实有人数÷编制数）。"
        }
        out.paragraph(basics)
        out.paragraph("主要职能职责：【待填写】")

        out.heading(2, "二、绩效目标")
        out.heading(3, "（一）部门整体支出绩效目标")
        let goals = year.department.goalList.filter { $0.kind == "expected" }.map(\.text)
        if goals.isEmpty { out.paragraph("【待填写：年度总体目标】") }
        for goal in goals { out.paragraph(goal) }
        out.heading(3, "（二）项目支出绩效目标")
        if year.projectList.isEmpty { out.paragraph("本年度无项目支出。") }
        for (index, project) in year.projectList.enumerated() {
            let goals = project.expenditure.goalList.filter { $0.kind == "expected" }.map(\.text)
            out.paragraph("\(index + 1)、\(project.name)：\(goals.isEmpty ? "【待填写】" : goals.joined(separator: "；"))")
        }

        out.heading(2, "三、预算执行情况")
        out.heading(3, "（一）部门整体支出")
        out.paragraph(executionSentence(year.department.budget))
        for sentence in lineSentences(year.department) { out.paragraph(sentence) }
        out.heading(3, "（二）项目支出")
        out.paragraph(projectsSentence(year))
        for (index, project) in year.projectList.enumerated() {
            out.paragraph("\(index + 1)、\(project.name)：\(executionSentence(project.budget))")
        }

        out.heading(2, "四、绩效指标完成情况")
        for (number, (owner, score)) in forms.scores.enumerated() {
            let (name, expenditure) = describe(owner, in: year)
            out.heading(3, "（\(chineseNumber(number + 1))）\(name)")
            out.paragraph(scoreSentence(score))
            for (indicator, line) in zip(expenditure.indicatorList, score.indicators) {
                out.item(indicatorSentence(indicator, line))
            }
            out.endList()
        }

        out.heading(2, "五、偏差原因分析")
        var deviations: [String] = []
        for (owner, score) in forms.scores {
            let (name, expenditure) = describe(owner, in: year)
            for (indicator, line) in zip(expenditure.indicatorList, score.indicators) where needsReason(line) {
                let reason = indicator.deviation ?? "【待填写：偏差原因及改进措施】"
                deviations.append(
                    "\(name)·\(indicator.name)：年度指标值\(indicator.target?.text ?? "未填")，实际完成值\(indicator.actual?.text ?? "未填")。偏差原因：\(reason)"
                )
            }
        }
        out.list(deviations, empty: "各项指标均已达成，无偏差。")

        out.heading(2, "六、存在的主要问题")
        out.paragraph("【待填写】")
        let errors = forms.findings.filter { $0.severity == .error }
        if !errors.isEmpty {
            out.paragraph("审核发现的数字问题（供参考，报送前应更正）：")
            out.list(errors.map { "\($0.object)：\($0.messageZH)" }, empty: "")
        }

        out.heading(2, "七、改进措施")
        out.paragraph("【待填写】")

        out.heading(2, "八、绩效自评结果应用")
        out.paragraph("【待填写：自评结果在预算安排、政策调整和绩效管理中的应用】")
        out.paragraph("\(unit.name)")
        out.paragraph("\(year.year.value + 1)年  月  日")
        return out.text
    }

    /// The draft as plain text: the Markdown without its markup.
    public static func text(_ forms: YearForms) -> String {
        markdown(forms).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = Substring(line)
            while line.hasPrefix("#") { line = line.dropFirst() }
            if line.hasPrefix(" ") { line = line.dropFirst() }
            return String(line)
        }.joined(separator: "\n")
    }

    /// `全年预算数15.00万元，执行数15.00万元，执行率100.00%`.
    static func executionSentence(_ budget: BudgetFigures) -> String {
        var parts: [String] = []
        if let initial = budget.initial, budget.full == nil || budget.full != initial {
            parts.append("年初预算数\(initial.wanRounded)万元")
        }
        if let full = budget.full { parts.append("全年预算数\(full.wanRounded)万元") }
        if let executed = budget.executed { parts.append("执行数\(executed.wanRounded)万元") }
        guard !parts.isEmpty else { return "预算数和执行数【待填写】。" }
        if budget.executed != nil, budget.rateBase != nil {
            let rate = budget.executionRate.map { "\($0.percentText)%" } ?? "不适用（预算数为0）"
            parts.append("执行率\(rate)")
        }
        return parts.joined(separator: "，") + "。"
    }

    private static func projectsSentence(_ year: UnitYear) -> String {
        let count = year.projectCount
        guard count > 0 else { return "本年度无项目支出。" }
        var text = "\(year.year)年度共有\(count)个项目"
        if let full = try? year.total(\.full) { text += "，全年预算数合计\(full.wanRounded)万元" }
        if let executed = try? year.total(\.executed) { text += "，执行数合计\(executed.wanRounded)万元" }
        if let rate = try? year.executionRate() { text += "，执行率\(rate.percentText)%" }
        return text + "。其中："
    }

    /// Income and expenditure lines of the department as the reports word them.
    private static func lineSentences(_ department: Expenditure) -> [String] {
        func amount(_ line: FigureLine) -> Money? { line.executed ?? line.actual ?? line.full ?? line.initial }
        var sentences: [String] = []
        for (parent, heading) in [("income", "收入合计"), ("spend", "支出合计")] {
            let children = department.lineList.filter { $0.item.parentCode == parent }.compactMap { line in
                amount(line).map { (line, $0) }
            }
            let total = department.line(try! LineItem(parent)).flatMap(amount)
            guard total != nil || !children.isEmpty else { continue }
            let nature = parent == "income" ? "按收入性质分：" : "按支出性质分："
            var text = total.map { "\(heading)\($0.wanRounded)万元" } ?? nature
            if !children.isEmpty {
                text +=
                    (total == nil ? "" : "，其中：")
                    + children.map { line, money in
                        var part = "\(line.displayLabel)\(money.wanRounded)万元"
                        if let total, let share = Rate(money, over: total) { part += "，占比\(share.percentText)%" }
                        return part
                    }.joined(separator: "；")
            }
            sentences.append(text + "。")
        }
        if let sangong = department.line(try! LineItem("sangong")) {
            var parts: [String] = []
            if let actual = sangong.actual { parts.append("决算数\(actual.wanRounded)万元") }
            if let budget = sangong.budget { parts.append("预算数\(budget.wanRounded)万元") }
            if let prior = sangong.priorActual { parts.append("上年决算数\(prior.wanRounded)万元") }
            if !parts.isEmpty { sentences.append("“三公”经费" + parts.joined(separator: "，") + "。") }
        }
        return sentences
    }

    private static func describe(_ owner: Owner, in year: UnitYear) -> (String, Expenditure) {
        switch owner {
        case .department: ("部门整体支出", year.department)
        case .project(let code):
            year.projectList.first { $0.code == code }.map { ($0.name, $0.expenditure) } ?? (code.text, Expenditure())
        }
    }

    private static func scoreSentence(_ score: ExpenditureScore) -> String {
        var text = ""
        let execution = score.execution
        if let final = execution.final, let weight = execution.weight {
            text += "预算执行率\(execution.computedValue ?? "")，执行率得分\(final.plain)分（分值\(weight.plain)分"
            text += execution.arithmetic.contains("capped") ? "；执行率超过100%，得分以分值封顶）。" : "）。"
        } else {
            text += "预算执行率得分：\(execution.status.reason)。"
        }
        if let total = score.total {
            text += "自评总分\(total.plain)分" + (score.isComplete ? "" : "（尚有指标未评分）")
        } else {
            text += "自评总分待定"
        }
        if let printed = score.printedTotal, printed != score.total { text += "（原报告填报\(printed.plain)分）" }
        if let grade = score.grade {
            text += "，等级为“\(grade)”。"
        } else {
            text += "，\(score.gradeNote)。"
        }
        return text
    }

    private static func indicatorSentence(_ indicator: Indicator, _ line: ScoreLine) -> String {
        var text = "\(indicator.name)："
        if !line.isApplicable { return text + "不适用，不计分。" }
        if let value = line.computedValue, indicator.measure != nil {
            text += "计算值\(value)"
        } else {
            text += "年度指标值\(indicator.target?.text ?? "未填")，实际完成值\(indicator.actual?.text ?? "未填")"
        }
        let judged: String
        switch line.rule {
        case .metFull: judged = "达成"
        case .positiveRatio, .reverseRatio, .reverseDeviation, .zeroTarget: judged = "未达成"
        default: judged = line.completion?.rawValue ?? ""
        }
        if !judged.isEmpty { text += "，\(judged)" }
        let weight = indicator.weight.map { "分值\($0.plain)" } ?? "未填分值"
        if let override = line.override {
            text += "，人工评分\(override.plain)分（\(weight)；理由：\(line.overrideReason ?? "")）"
        } else if let computed = line.computed {
            text += "，得分\(computed.plain)（\(weight)）"
        } else {
            text += "，待评分（\(line.status.reason)）"
        }
        if let printed = indicator.score, printed != line.final { text += "；原报告填报得分\(printed.plain)" }
        return text + "。"
    }

    private static func needsReason(_ line: ScoreLine) -> Bool {
        guard line.isApplicable else { return false }
        switch line.rule {
        case .positiveRatio, .reverseRatio, .reverseDeviation, .zeroTarget: return true
        default: return line.completion == .partly || line.completion == .unmet
        }
    }

    private static func chineseNumber(_ value: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        if value <= 10 { return digits[value] }
        if value < 20 { return "十" + digits[value - 10] }
        return String(value)
    }

    private struct Writer {
        var text = ""

        mutating func heading(_ level: Int, _ title: String) {
            text += String(repeating: "#", count: level) + " " + title + "\n\n"
        }

        mutating func paragraph(_ line: String) { text += line + "\n\n" }

        mutating func item(_ line: String) { text += "- " + line + "\n" }

        mutating func endList() { if text.hasSuffix("\n"), !text.hasSuffix("\n\n") { text += "\n" } }

        mutating func list(_ items: [String], empty: String) {
            if items.isEmpty {
                if !empty.isEmpty { paragraph(empty) }
                return
            }
            for (index, item) in items.enumerated() { text += "\(index + 1). \(item)\n" }
            text += "\n"
        }
    }
}
