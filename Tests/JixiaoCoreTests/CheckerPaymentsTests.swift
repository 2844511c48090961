import JixiaoCore
import Testing

/// Payments checked as they are entered (Checker+Payments), and 全年执行数 following the
/// payments unless it is entered.
@Suite struct CheckerPaymentsTests {
    static let unit = try! Code("u")
    static let year = try! FiscalYear(2024)
    static let project = ExpenditureKey(unit, year, .project(try! Code("p")))

    private func state(_ changes: [Change]) throws -> ModelState {
        var state = ModelState()
        let base: [Change] = [
            .create(.unit(Self.unit), [FieldAssignment("name", "单位")]), .create(.year(Self.unit, Self.year), []),
            .create(
                .expenditure(Self.project),
                [FieldAssignment("name", "项目"), FieldAssignment("budget_initial", "1万元")]
            ),
            .set(.part(Self.project, .line(try LineItem("source.current"))), [FieldAssignment("initial", "0.6万元")]),
            .set(.part(Self.project, .line(try LineItem("source.other"))), [FieldAssignment("initial", "0.4万元")]),
        ]
        for (index, change) in (base + changes).enumerated() { try state.apply(change, sequence: Int64(index + 1)) }
        return state
    }

    private func pay(_ date: String, _ amount: String, line: String? = nil) -> Change {
        .add(
            Self.project,
            .payment,
            [FieldAssignment("date", date), FieldAssignment("amount", amount)]
                + (line.map { [FieldAssignment("line", $0)] } ?? [])
        )
    }

    private func findings(_ changes: [Change]) throws -> [Finding] {
        Checker().check(try state(changes))
    }

    private func rules(_ changes: [Change]) throws -> [String] {
        try findings(changes).map(\.rule.rawValue)
    }

    @Test func aPaymentWithinTheYearFromAKnownLineRaisesNothing() throws {
        #expect(try rules([pay("2024-03-15", "1234.56元", line: "source.current")]).isEmpty)
    }

    @Test func aDateOutsideTheFiscalYearIsAnError() throws {
        let found = try findings([pay("2023-12-31", "100元")])
        #expect(found.map(\.rule.rawValue) == ["payment-outside-year"])
        #expect(found.first?.severity == .error)
        #expect(found.first?.object == .part(Self.project, .payment(1)), "the payment entered, so its reply shows it")
        #expect(found.first?.messageZH == "付款1日期2023-12-31不在2024财政年度内（2024-01-01至2024-12-31）")
        #expect(try rules([pay("2025-01-01", "100元")]) == ["payment-outside-year"])
        #expect(try rules([pay("2024-01-01", "100元"), pay("2024-12-31", "100元")]).isEmpty)
    }

    @Test func aLineTheExpenditureDoesNotHaveIsAnError() throws {
        let found = try findings([pay("2024-03-15", "100元", line: "source.curent")])
        #expect(found.map(\.rule.rawValue) == ["payment-unknown-line"])
        #expect(found.first?.messageZH.contains("source.current") == true, "it lists the lines there are")
    }

    @Test func aZeroAmountIsAWarning() throws {
        let found = try findings([pay("2024-03-15", "0元")])
        #expect(found.map(\.rule.rawValue) == ["payment-zero"])
        #expect(found.first?.severity == .warning)
    }

    @Test func paymentsAboveTheBudgetOfTheExpenditureOrOfTheirLine() throws {
        // The line's budget is 0.6万元, the project's 1万元.
        #expect(try rules([pay("2024-03-15", "6000元", line: "source.current")]).isEmpty)
        let overLine = try findings([pay("2024-03-15", "6000.01元", line: "source.current")])
        #expect(overLine.map(\.rule.rawValue) == ["payments-above-budget"])
        #expect(overLine.first?.object == .part(Self.project, .line(try LineItem("source.current"))))
        #expect(overLine.first?.involved.contains(.part(Self.project, .payment(1))) == true)
        #expect(overLine.first?.messageZH == "从当年财政拨款支付合计6000.01元超过其预算6000.00元")
        let overAll = try findings([pay("2024-03-15", "6000元"), pay("2024-04-15", "4000.01元")])
        #expect(
            overAll.map(\.rule.rawValue) == ["payments-above-budget"],
            "100.0001% rounds to 100.00: no rate-above-100"
        )
        #expect(overAll.last?.involved.contains(.part(Self.project, .payment(2))) == true)
    }

    @Test func executedFollowsThePaymentsUnlessEntered() throws {
        let followed = try state([pay("2024-03-15", "1234.56元"), pay("2024-04-15", "31.58元")])
        let expenditure = try followed.expenditure(Self.project)
        #expect(expenditure.budget.executed == Money(fen: 126_614))
        #expect(expenditure.entered.executed == nil)
        #expect(expenditure.exportValue("executed") == nil, "exports write what was entered")
        #expect(expenditure.budget.executionRate?.percentText == "12.66")
        #expect(
            Checker().check(followed).isEmpty,
            "no payments-vs-executed when 全年执行数 is not entered, and no year-end low-execution from the year's payments so far"
        )

        let entered = Change.update(.expenditure(Self.project), [FieldAssignment("executed", "0.9万元")])
        #expect(try rules([pay("2024-03-15", "1234.56元"), entered]) == ["payments-vs-executed"])
    }
}
