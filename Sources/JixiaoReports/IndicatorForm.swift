public import JixiaoCore

extension YearForms {
    /// The 绩效指标表 of one expenditure: its three-level indicator table with each
    /// indicator's code, 年度指标值, 实际完成值, 分值, the score Jixiao computes, 完成情况 and
    /// 偏差原因 — the sheet a bureau fills through the year and imports again
    /// (`jixiao import indicators`): the code finds the row to update.
    public func indicatorForm(_ owner: Owner) -> Form? {
        guard let score = score(owner) else { return nil }
        let expenditure: Expenditure
        let label: String
        switch owner {
        case .department:
            expenditure = year.department
            label = "部门整体支出"
        case .project(let code):
            guard let project = year.projectList.first(where: { $0.code == code }) else { return nil }
            expenditure = project.expenditure
            label = project.name
        }
        var grid = FormGrid(
            Form(
                kind: .indicators,
                owner: owner.description,
                title: "绩效指标表",
                subtitle: "（\(year.year)年度）",
                preamble: ["单位：\(unit.name)    \(owner == .department ? "" : "项目：")\(label)（\(owner.description)）"],
                columnCount: 10,
                widths: [9, 9, 17, 6, 10, 10, 5, 5, 8, 21],
                textWidths: [12, 12, 30, 8, 14, 14, 6, 7, 10, 30],
                footer: "填表说明：指标代码用于导入时找到要更新的指标；得分由 Jixiao 按评分规则计算，导入时不作为报告得分。"
            )
        )
        grid.newRow()
        for heading in ["一级指标", "二级指标", "三级指标", "指标代码", "年度指标值", "实际完成值", "分值", "得分", "完成情况", "偏差原因分析及改进措施"] {
            grid.add(heading, .heading)
        }
        let indicators = expenditure.indicatorList
        let weights = Dictionary(score.groups.map { ($0.group, $0.weight) }, uniquingKeysWith: { first, _ in first })
        func heading(_ group: IndicatorGroup) -> String {
            let name = group.level2.isEmpty ? group.level1 : group.level2
            return weights[group].map { "\(name)（\($0.plain)分）" } ?? name
        }
        for (index, indicator) in indicators.enumerated() {
            grid.newRow()
            if index == 0 || indicators[index - 1].level1 != indicator.level1 {
                let span = indicators[index...].prefix { $0.level1 == indicator.level1 }.count
                grid.add(heading(IndicatorGroup(level1: indicator.level1)), .heading, rows: span)
            }
            if index == 0 || indicators[index - 1].group != indicator.group {
                let span = indicators[index...].prefix { $0.group == indicator.group }.count
                grid.add(indicator.level2.isEmpty ? "" : heading(indicator.group), .heading, rows: span)
            }
            let line = score.line(indicator.code)
            let field = "indicator/\(indicator.code)"
            grid.add(indicator.name, field: "\(field)/name")
            grid.add(indicator.code.text, field: "\(field)/code")
            grid.add(indicator.target?.text ?? "", field: "\(field)/target")
            grid.add(indicator.actual?.text ?? "", field: "\(field)/actual")
            grid.add(indicator.weight?.plain ?? "", .number, field: "\(field)/weight")
            let shown = line?.isApplicable == false ? "不适用" : line?.final?.plain ?? ""
            grid.add(shown, .number, field: "\(field)/score")
            grid.add(indicator.completion?.rawValue ?? "", field: "\(field)/completion")
            grid.add(indicator.deviation ?? "", field: "\(field)/deviation")
        }
        grid.newRow()
        grid.add("合计", .heading, columns: 6)
        grid.add(score.weightTotal.plain, .number, field: "weight_total")
        grid.add(score.isComplete ? score.total?.plain ?? "" : "", .number, field: "total")
        grid.add("", columns: 2)
        var form = grid.form
        form.name = label
        return form
    }
}
