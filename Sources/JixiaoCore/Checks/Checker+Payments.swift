extension Checker {
    /// Payments as they are entered: each one's date within the fiscal year, its funds line
    /// one the expenditure has, a non-zero amount; and their sum within the budget, of the
    /// expenditure and of each funds line paid from.
    ///
    /// Each finding about one payment names that payment, so the reply to its `PAYMENT
    /// ADD` carries it; a sum above a budget involves every payment, and the reply to the
    /// one that crossed it shows it.
    func checkPayments(_ expenditure: Expenditure, key: ExpenditureKey) -> [Finding] {
        let payments = expenditure.paymentList
        guard !payments.isEmpty else { return [] }
        var findings: [Finding] = []
        let fundsLines = expenditure.lineList.map(\.item.text)
        for payment in payments {
            let object = ObjectKey.part(key, .payment(payment.id))
            if let date = payment.date, date.year != key.year.value {
                findings.append(
                    Finding(
                        .paymentOutsideYear,
                        object,
                        reported: date.description,
                        computed: "\(key.year)",
                        zh: "付款\(payment.id)日期\(date)不在\(key.year)财政年度内（\(key.year)-01-01至\(key.year)-12-31）",
                        en: "payment \(payment.id) is dated \(date), outside fiscal year \(key.year)"
                    )
                )
            }
            if payment.amount == .zero {
                findings.append(
                    Finding(
                        .paymentZero,
                        object,
                        reported: "0",
                        zh: "付款\(payment.id)金额为零",
                        en: "payment \(payment.id) is of zero"
                    )
                )
            }
            if let line = payment.line, expenditure.line(line) == nil {
                let known = fundsLines.isEmpty ? "（本支出尚无科目）" : "（本支出的科目：\(fundsLines.joined(separator: "、"))）"
                findings.append(
                    Finding(
                        .paymentUnknownLine,
                        object,
                        reported: line.text,
                        zh: "付款\(payment.id)的资金来源\(line.text)不是本支出的科目\(known)",
                        en:
                            "payment \(payment.id) is from \(line.text), which is not a line of this expenditure\(fundsLines.isEmpty ? "" : " (\(fundsLines.joined(separator: ", ")))")"
                    )
                )
            }
        }
        let involved = payments.map { ObjectKey.part(key, .payment($0.id)) }
        if let paid = expenditure.paidTotal, let budget = expenditure.adjustedBudget ?? expenditure.entered.rateBase,
            paid > budget
        {
            findings.append(
                Finding(
                    .paymentsAboveBudget,
                    .expenditure(key),
                    involved: involved,
                    reported: Format.wan(paid),
                    computed: Format.wan(budget),
                    difference: Format.difference(paid, budget),
                    zh: "付款合计\(Format.yuan(paid))超过预算\(Format.yuan(budget))",
                    en: "the payments add up to \(Format.yuan(paid)), more than the budget of \(Format.yuan(budget))"
                )
            )
        }
        for line in expenditure.lineList {
            let paidFromLine = payments.filter { $0.line == line.item }
            guard !paidFromLine.isEmpty, let budget = line.full ?? line.initial else { continue }
            let paid = Money(fen: paidFromLine.reduce(0) { $0 &+ $1.amount.fen })
            guard paid > budget else { continue }
            findings.append(
                Finding(
                    .paymentsAboveBudget,
                    .part(key, .line(line.item)),
                    involved: paidFromLine.map { .part(key, .payment($0.id)) },
                    reported: Format.wan(paid),
                    computed: Format.wan(budget),
                    difference: Format.difference(paid, budget),
                    zh: "从\(line.displayLabel)支付合计\(Format.yuan(paid))超过其预算\(Format.yuan(budget))",
                    en:
                        "payments from \(line.item.text) add up to \(Format.yuan(paid)), more than its budget of \(Format.yuan(budget))"
                )
            )
        }
        return findings
    }
}
