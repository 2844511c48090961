public import JixiaoCore

extension YearForms {
    /// The 绩效运行监控表 of the year on a date ("双监控"): each expenditure's budget, what is
    /// paid, the execution rate against 序时进度, how far behind, the indicators met and the
    /// warning, as ``Monitor`` computes them for `MONITOR` — the same figures, laid out as a
    /// form.
    public func monitorForm(on date: CivilDate) -> Form {
        let rows = Monitor(settings: year.monitor).rows(year, of: unit.code, on: date)
        let progress = TimeProgress.of(date, basis: year.monitor.basis)
        var grid = FormGrid(
            Form(
                kind: .monitor,
                owner: "dept",
                title: "\(year.year)年度绩效运行监控表",
                subtitle: "（截至\(date.year)年\(date.month)月\(date.day)日）",
                preamble: ["单位：\(unit.name)    序时进度：\(progress.percentText)%"],
                columnCount: 10,
                widths: [5, 20, 10, 10, 8, 8, 8, 8, 6, 17],
                textWidths: [6, 28, 14, 14, 10, 10, 12, 10, 8, 40],
                footer: "说明：执行率＝截至监控日的支付数÷预算数（年初预算数加监控日前的调整，无调整时为全年预算数）；落后进度为序时进度减执行率的百分点。"
            )
        )
        grid.newRow()
        for heading in ["序号", "项目名称", "预算数（万元）", "已支付（万元）", "执行率", "序时进度", "落后进度（百分点）", "指标完成", "预警", "说明"] {
            grid.add(heading, .heading)
        }
        for (index, row) in rows.enumerated() {
            grid.newRow()
            let field = "monitor/\(row.key.owner.description)"
            grid.add(String(index + 1), .number)
            grid.add(row.name, field: "\(field)/name")
            grid.add(Compare.money(row.budget), .number, field: "\(field)/budget", amount: row.budget)
            grid.add(Compare.money(row.paid), .number, field: "\(field)/paid", amount: row.paid)
            grid.add(row.rate.map { "\($0.percentText)%" } ?? "", .number, field: "\(field)/rate")
            grid.add("\(progress.percentText)%", .number, field: "\(field)/progress")
            grid.add(row.gapBasisPoints.map { Money.fixedPoint($0, decimals: 2) } ?? "", .number, field: "\(field)/gap")
            grid.add(
                row.indicatorCount == 0 ? "" : "\(row.indicatorsMet)/\(row.indicatorCount)",
                field: "\(field)/indicators"
            )
            grid.add(Self.levelName(row.level), field: "\(field)/level")
            grid.add(row.reason, field: "\(field)/reason")
        }
        return grid.form
    }

    /// 红 / 黄 / 绿, as monitoring tables colour their warnings.
    static func levelName(_ level: MonitorLevel) -> String {
        switch level {
        case .green: "绿"
        case .yellow: "黄"
        case .red: "红"
        }
    }
}
