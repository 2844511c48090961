public import JixiaoCore

extension YearForms {
    /// The 支付明细 of one expenditure: each payment with its 编号, date, amount in 元 as
    /// entered, funding line and note, and the total — the list a bureau keeps beside its
    /// vouchers, to correct or extend and import again (`jixiao import payments`: a row with
    /// an 编号 updates that payment, a row without one adds a payment). `nil` when the
    /// expenditure has no payments.
    public func paymentForm(_ owner: Owner) -> Form? {
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
        let payments = expenditure.paymentList
        guard !payments.isEmpty else { return nil }
        var grid = FormGrid(
            Form(
                kind: .payments,
                owner: owner.description,
                name: label,
                title: "支付明细",
                subtitle: "（\(year.year)年度）",
                preamble: ["单位：\(unit.name)    \(owner == .department ? "" : "项目：")\(label)（\(owner.description)）"],
                columnCount: 5,
                widths: [8, 14, 16, 20, 42],
                textWidths: [8, 12, 16, 18, 40],
                footer: "填表说明：有编号的行更新该笔支付，没有编号的行新增一笔；金额单位为元。"
            )
        )
        grid.newRow()
        for heading in ["编号", "日期", "金额（元）", "资金来源", "摘要"] { grid.add(heading, .heading) }
        var total = Money.zero
        for payment in payments {
            grid.newRow()
            let field = "payment/\(payment.id)"
            grid.add(String(payment.id), .number, field: "\(field)/id")
            grid.add(payment.date?.description ?? "", field: "\(field)/date")
            grid.add(Money.fixedPoint(payment.amount.fen, decimals: 2), .number, field: "\(field)/amount")
            grid.add(payment.line?.text ?? "", field: "\(field)/line")
            grid.add(payment.note ?? "", field: "\(field)/note")
            total = Money(fen: total.fen &+ payment.amount.fen)
        }
        grid.newRow()
        grid.add("合计", .heading, columns: 2)
        grid.add(Money.fixedPoint(total.fen, decimals: 2), .number, field: "payments_total")
        grid.add("", columns: 2)
        return grid.form
    }
}
