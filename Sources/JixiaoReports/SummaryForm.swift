import JixiaoCore

extension YearForms {
    /// The 部门绩效自评结果公开汇总表: one row per project with its 预算数（调整后） by government
    /// level, 执行数, 结余数, 结余交回财政数, 自评得分 and 自评结果应用意见, in 万元, as the
    /// department publishes it with its self-evaluation.
    ///
    /// The figures are the ones every other form uses: a level's budget is its funds line's
    /// 全年预算数 (else 年初预算数), 执行数 is ``BudgetFigures/executed``, 结余数 is
    /// ``BudgetFigures/balance`` (预算 − 执行). 自评得分 is the scorer's total when the project's
    /// 自评表 can be graded, else the score the report printed (a 汇总表 entered on its own
    /// carries no indicators). In the compare view each printed figure stands beside Jixiao's
    /// and the checker's findings about the projects are listed and marked.
    public func summaryForm() -> Form {
        let countyLabel = unit.level == "区" ? "区级" : "县级"
        var grid = FormGrid(
            Form(
                kind: .summary,
                owner: "dept",
                title: "部门绩效自评结果公开汇总表",
                subtitle: "（\(year.year)年度）",
                preamble: ["主管部门：\(unit.supervisor ?? unit.name)    单位：万元"],
                columnCount: 12,
                widths: [4, 20, 11, 7, 7, 7, 7, 7, 7, 7, 6, 10],
                textWidths: [4, 28, 16, 10, 10, 10, 10, 10, 10, 14, 8, 16],
                footer: nil
            )
        )
        grid.newRow()
        for heading in ["序号", "项目名称", "项目实施单位"] { grid.add(heading, .heading, rows: 2) }
        grid.add("预算数（调整后）", .heading, columns: 4)
        for heading in ["执行数", "结余数", "结余交回财政数", "自评得分", "自评结果应用意见"] {
            grid.add(heading, .heading, rows: 2)
        }
        grid.newRow()
        for heading in ["中央", "省级", "市级", countyLabel] { grid.add(heading, .heading) }
        var marks: [ObjectKey: SummaryMarks] = [:]
        for (index, project) in year.projectList.enumerated() {
            grid.newRow()
            marks[.project(unit.code, year.year, project.code)] = addRow(project, number: index + 1, to: &grid)
        }
        var form = grid.form
        form.notes = ["说明：结余数＝预算数（调整后）－执行数；自评得分为项目支出绩效自评表的总分（未录入指标时为报告所印得分）。"]
        form.review = review(&form, marks)
        return form
    }

    /// The cells of one project's row a finding can be about.
    private struct SummaryMarks {
        var name: Int
        var executed: Int
        var balance: Int
        var returned: Int
        var score: Int
    }

    private func addRow(_ project: Project, number: Int, to grid: inout FormGrid) -> SummaryMarks {
        let field = "project/\(project.code)"
        let budget = project.budget
        grid.add(String(number), .number)
        let name = grid.add(project.name, field: "\(field)/name")
        grid.add(project.implementer ?? unit.name, field: "\(field)/implementer")
        for level in ["level.central", "level.province", "level.city", "level.county"] {
            let line = project.expenditure.line(try! LineItem(level))
            let amount = line?.full ?? line?.initial
            grid.add(Compare.money(amount), .number, field: "\(field)/line/\(level)/full", amount: amount)
        }
        let executed = grid.add(
            Compare.money(budget.executed),
            .number,
            field: "\(field)/executed",
            amount: budget.executed
        )
        let computedBalance = budget.balance
        let shownBalance = computedBalance ?? project.balance
        let balanceDiffers =
            computedBalance.map { computed in
                project.balance.map { abs($0.fen &- computed.fen) > Checker.balanceTolerance } ?? false
            } ?? false
        let balance = grid.add(
            Compare.money(shownBalance),
            .number,
            printed: project.balance?.wanRounded,
            differs: balanceDiffers,
            field: "\(field)/balance",
            amount: shownBalance
        )
        let returned = grid.add(
            Compare.money(project.returned),
            .number,
            field: "\(field)/returned",
            amount: project.returned
        )
        let scored = score(.project(project.code))
        let total = scored?.grade == nil ? nil : scored?.total
        let (printed, differs) = Compare.score(project.expenditure.printedTotal, total)
        let score = grid.add(
            (total ?? project.expenditure.printedTotal)?.plain ?? "",
            .number,
            printed: total == nil ? nil : printed,
            differs: total == nil ? false : differs,
            field: "\(field)/score"
        )
        grid.add(project.resultUse ?? "", field: "\(field)/result_use")
        return SummaryMarks(name: name, executed: executed, balance: balance, returned: returned, score: score)
    }

    /// The checker's findings about the projects as a whole (their figures, not their
    /// indicators or lines: those belong to each 自评表), each marked on its row.
    private func review(_ form: inout Form, _ marks: [ObjectKey: SummaryMarks]) -> [String] {
        var review: [String] = []
        let relevant = findings.filter { marks[$0.object] != nil }
        for (offset, finding) in relevant.enumerated() {
            let number = offset + 1
            review.append(Self.note(number, finding))
            guard let row = marks[finding.object] else { continue }
            let target: Int
            switch finding.rule {
            case .balanceMismatch: target = row.balance
            case .returnedAboveBalance: target = row.returned
            case .scoreHighOnLowExecution, .totalMismatch, .gradeMismatch: target = row.score
            case .lowExecution, .rateMisreported, .rateAbove100, .paymentsVsExecuted: target = row.executed
            default: target = row.name
            }
            if !form.cells[target].marks.contains(number) { form.cells[target].marks.append(number) }
        }
        return review
    }
}
