import JixiaoCore

extension YearForms {
    /// The 部门整体支出绩效评价基础数据表 in the template's row order: staffing with its
    /// control rate, "三公"经费, 项目支出, 公用经费 (上年决算数 / 本年预算数 / 本年决算数), 政府采购,
    /// 预算调整, 楼堂馆所 and 厉行节约保障措施.
    public func baseForm() -> Form {
        let department = year.department
        let prior = year.year.value - 1
        var grid = FormGrid(
            Form(
                kind: .base,
                owner: "dept",
                title: "\(year.year)年度\(unit.name)部门整体支出绩效评价",
                subtitle: "基础数据表",
                preamble: ["填报单位：\(unit.name)"],
                columnCount: 7,
                widths: [31, 12, 11, 12, 11, 12, 11],
                textWidths: [30, 8, 8, 8, 8, 8, 8],
                footer: nil
            )
        )
        var marks: [ObjectKey: Int] = [:]
        grid.newRow()
        grid.add("财政供养人员情况", .heading)
        grid.add("编制数", .heading, columns: 2)
        grid.add("\(year.year)年实际在职人数", .heading, columns: 2)
        grid.add("控制率", .heading, columns: 2)
        grid.newRow()
        grid.add("")
        let staffing = year.staffing
        grid.add(staffing.authorized.map { String($0) } ?? "", .number, columns: 2, field: "staff_authorized")
        grid.add(staffing.actual.map { String($0) } ?? "", .number, columns: 2, field: "staff_actual")
        let (printed, differs) = Compare.rate(staffing.printedControlRate, staffing.controlRate)
        marks[.year(unit.code, year.year)] = grid.add(
            staffing.authorized == nil || staffing.actual == nil ? "" : Compare.rate(staffing.controlRate),
            .number,
            columns: 2,
            printed: printed,
            differs: differs,
            field: "control_rate"
        )
        grid.newRow()
        grid.add("经费控制情况", .heading)
        for heading in ["\(prior)年决算数", "\(year.year)年预算数", "\(year.year)年决算数"] {
            grid.add(heading, .heading, columns: 2)
        }
        let rows: [(String, String?)] = [
            ("“三公”经费", "sangong"), ("  1.公务用车购置和维护经费", "sangong.vehicle"),
            ("       其中：公车购置", "sangong.vehicle.purchase"),
            ("             公车运行维护", "sangong.vehicle.operation"), ("   2.出国经费", "sangong.abroad"),
            ("   3.公务接待", "sangong.reception"),
            ("项目支出", "projects"), ("   1.业务工作专项", "projects.business"), ("   2.运行维护专项", "projects.maintenance"),
            ("公用经费", "public"), ("    1.办公经费", "public.office"), ("    2.水电费", "public.utilities"),
            ("    3.差旅费", "public.travel"), ("    4.会议费", "public.meeting"), ("    5.培训费", "public.training"),
        ]
        let standard = Set(rows.compactMap(\.1) + ["procurement", "budget_adjustment", "building"])
        let extra = department.lineList.filter { line in
            !standard.contains(line.item.text)
                && ["sangong", "projects", "public"].contains { line.item.text.hasPrefix($0 + ".") }
        }
        for (label, code) in rows + extra.map({ ("    \($0.displayLabel)", $0.item.text) }) + [("......", nil)] {
            let line = code.flatMap { try? LineItem($0) }.flatMap { department.line($0) }
            grid.newRow()
            let index = grid.add(label, .heading)
            if let line { marks[.part(ExpenditureKey(unit.code, year.year, .department), .line(line.item))] = index }
            for column in ["prior_actual", "budget", "actual"] {
                grid.add(
                    Compare.money(line?.amount(column)),
                    .number,
                    columns: 2,
                    field: code.map { "line/\($0)/\(column)" },
                    amount: line?.amount(column)
                )
            }
        }
        for (label, code) in [("政府采购金额", "procurement"), ("部门整体支出预算调整", "budget_adjustment")] {
            let line = department.line(try! LineItem(code))
            grid.newRow()
            grid.add(label, .heading)
            grid.add("——", .number, columns: 2)
            grid.add(
                Compare.money(line?.budget),
                .number,
                columns: 2,
                field: "line/\(code)/budget",
                amount: line?.budget
            )
            grid.add(
                Compare.money(line?.actual),
                .number,
                columns: 2,
                field: "line/\(code)/actual",
                amount: line?.actual
            )
        }
        grid.newRow()
        grid.add("楼堂馆所控制情况\n（\(year.year)年完工项目）", .heading)
        for heading in ["批复规模(㎡)", "实际规模(㎡)", "规模控制率", "预算投资（万元）", "实际投资（万元）", "投资概算控制率"] {
            grid.add(heading, .heading)
        }
        let building = department.line(try! LineItem("building"))
        grid.newRow()
        grid.add("")
        for _ in 0..<3 { grid.add("", .number) }
        grid.add(
            Compare.money(building?.budget),
            .number,
            field: "line/building/budget",
            amount: building?.budget
        )
        grid.add(
            Compare.money(building?.actual),
            .number,
            field: "line/building/actual",
            amount: building?.actual
        )
        var investment = ""
        if let budget = building?.budget, let actual = building?.actual {
            investment = Compare.rate(Ratio(numerator: Int128(actual.fen), denominator: Int128(budget.fen)))
        }
        grid.add(investment, .number, field: "building_control_rate")
        grid.newRow()
        grid.add("厉行节约保障措施", .heading)
        grid.add(building?.note ?? "", columns: 6, field: "line/building/note")

        var form = grid.form
        form.notes = ["说明：“项目支出”需要填报所有项目情况，包括业务工作项目、运行维护项目等；“公用经费”填报基本支出中的一般商品和服务支出。"]
        var review: [String] = []
        let relevant = findings.filter { finding in
            switch finding.object {
            case .year: true
            case .part(let key, .line(let item)):
                key.owner == .department && (standard.contains(item.text) || extra.contains { $0.item == item })
            default: false
            }
        }
        for (offset, finding) in relevant.enumerated() {
            review.append(Self.note(offset + 1, finding))
            if let index = marks[finding.object] { form.cells[index].marks.append(offset + 1) }
        }
        for measure in DepartmentMeasure.allCases {
            let value = measure.value(in: year, rules: rules)
            guard value.problem != nil || value.rate != nil else { continue }
            if case .missing = value.problem { continue }
            review.append("计算指标：\(measure.title) \(value.text)（\(value.basis.isEmpty ? "—" : value.basis)）")
        }
        form.review = review
        return form
    }
}
