import JixiaoCore
import Testing

/// The 部门绩效自评结果公开汇总表's checks: 结余 = 预算 − 执行, 交回 ≤ 结余, and a high
/// 自评得分 on a very low execution rate; each with a case that fires and a close one that
/// must not.
@Suite struct CheckerSummaryTests {
    static let unit = try! Code("changan")
    static let year = try! FiscalYear(2023)
    static let project = ExpenditureKey(unit, year, .project(try! Code("p09")))

    /// A unit-year holding one project with the given fields.
    private func state(_ fields: [(String, String)], ruleSet: [(String, String)] = []) throws -> ModelState {
        var state = ModelState()
        var changes: [Change] = [
            .create(.unit(Self.unit), [FieldAssignment("name", "石家庄市长安区医疗保障局")])
        ]
        if !ruleSet.isEmpty {
            changes.append(.createRuleSet(try Code("hebei"), from: nil, ruleSet.map { FieldAssignment($0.0, $0.1) }))
            changes.append(.create(.year(Self.unit, Self.year), [FieldAssignment("ruleset", "hebei")]))
        } else {
            changes.append(.create(.year(Self.unit, Self.year), []))
        }
        changes.append(
            .create(
                .expenditure(Self.project),
                [FieldAssignment("name", "国企退休人员社会化管理补助资金")] + fields.map { FieldAssignment($0.0, $0.1) }
            )
        )
        for (index, change) in changes.enumerated() { try state.apply(change, sequence: Int64(index + 1)) }
        return state
    }

    /// The findings, less `low-execution` (every low rate here fires it; it is not what
    /// these tests are about).
    private func findings(_ fields: [(String, String)], ruleSet: [(String, String)] = []) throws -> [Finding] {
        Checker().check(try state(fields, ruleSet: ruleSet)).filter { $0.rule != .lowExecution }
    }

    private let row9: [(String, String)] = [("budget_full", "86.031万元"), ("executed", "1.976万元")]

    @Test func aPrintedBalanceEqualToBudgetLessExecutedIsRight() throws {
        #expect(try findings(row9 + [("balance", "84.055万元")]).isEmpty)
        // Printed to two decimals (84.06 for 84.055) is right too.
        #expect(try findings(row9 + [("balance", "84.06万元")]).isEmpty)
        #expect(try findings([("budget_full", "6万元"), ("executed", "6万元"), ("balance", "0万元")]).isEmpty)
    }

    @Test func aPrintedBalanceThatIsNotBudgetLessExecutedIsAnError() throws {
        let found = try findings(row9 + [("balance", "84.55万元")])
        #expect(found.map(\.rule) == [.balanceMismatch])
        let finding = try #require(found.first)
        #expect(finding.severity == .error)
        #expect(finding.object.description == "changan/2023/p09")
        #expect(finding.reported == "84.55")
        #expect(finding.computed == "84.06")
        #expect(finding.difference == "+0.50万元")
        #expect(finding.messageZH == "结余数印为84.55万元，预算数86.03万元−执行数1.98万元=84.06万元")
        // Beyond the rounding of three printed figures (0.015万元): 84.075 is wrong.
        #expect(try findings(row9 + [("balance", "84.075万元")]).map(\.rule) == [.balanceMismatch])
    }

    @Test func theBalanceIsMeasuredAgainstTheInitialBudgetWhenNoFullBudgetIsEntered() throws {
        let initial: [(String, String)] = [("budget_initial", "10万元"), ("executed", "4万元")]
        #expect(try findings(initial + [("balance", "6万元")]).isEmpty)
        #expect(try findings(initial + [("balance", "4万元")]).first?.computed == "6.00")
    }

    @Test func aBalanceWithoutTheFiguresToComputeItIsNotJudged() throws {
        #expect(try findings([("budget_full", "10万元"), ("balance", "3万元")]).isEmpty)
    }

    @Test func returnedAboveThePrintedBalanceIsAnError() throws {
        let found = try findings(row9 + [("balance", "84.055万元"), ("returned", "90万元")])
        #expect(found.map(\.rule) == [.returnedAboveBalance])
        #expect(found.first?.severity == .error)
        #expect(found.first?.reported == "90.00")
        #expect(found.first?.computed == "84.06")
        #expect(try findings(row9 + [("balance", "84.055万元"), ("returned", "84.055万元")]).isEmpty)
    }

    @Test func returnedIsComparedWithTheComputedBalanceWhenNoneIsPrinted() throws {
        let found = try findings(row9 + [("returned", "85万元")])
        #expect(found.map(\.rule) == [.returnedAboveBalance])
        #expect(found.first?.messageZH == "结余交回财政数85.00万元超过结余数（预算数−执行数）84.06万元")
        #expect(try findings(row9 + [("returned", "84万元")]).isEmpty)
    }

    @Test func aWrongBalanceIsOneFindingNotTwo() throws {
        // 交回 10 ≤ printed 结余 20: the wrong 结余 is balance-mismatch's, not also 交回's.
        let found = try findings([
            ("budget_full", "15万元"), ("executed", "10万元"), ("balance", "20万元"), ("returned", "10万元"),
        ])
        #expect(found.map(\.rule) == [.balanceMismatch])
    }

    @Test func anAmountHandedBackCannotBeNegative() throws {
        #expect(throws: DomainError.self) { try self.state(row9 + [("returned", "-1万元")]) }
    }

    @Test func aGoodScoreOnAnExecutionOf2Point30PercentIsAWarning() throws {
        let found = try findings(row9 + [("printed_total", "80")])
        #expect(found.map(\.rule) == [.scoreHighOnLowExecution])
        let finding = try #require(found.first)
        #expect(finding.severity == .warning)
        #expect(finding.object.description == "changan/2023/p09")
        #expect(finding.reported == "80")
        #expect(finding.computed == "2.30%")
        #expect(finding.messageZH.contains("低于50%"))
    }

    @Test func aScoreBelowGoodOrAnExecutionAtHalfIsNotWarnedAbout() throws {
        #expect(try findings(row9 + [("printed_total", "79.99")]).isEmpty)
        // Row 8: 72.19 % with 91 is not "very low".
        #expect(try findings([("budget_full", "86.031万元"), ("executed", "62.106万元"), ("printed_total", "91")]).isEmpty)
        // Exactly 50 % is not below 50 %; one 分 less is.
        #expect(try findings([("budget_full", "100万元"), ("executed", "50万元"), ("printed_total", "95")]).isEmpty)
        #expect(
            try findings([("budget_full", "100万元"), ("executed", "49.9999万元"), ("printed_total", "95")]).map(\.rule)
                == [.scoreHighOnLowExecution]
        )
        // Nothing printed, nothing to judge.
        #expect(try findings(row9).isEmpty)
    }

    @Test func theThresholdAndTheGoodBoundAreTheRuleSets() throws {
        let row8: [(String, String)] = [("budget_full", "86.031万元"), ("executed", "62.106万元"), ("printed_total", "91")]
        #expect(
            try findings(row8, ruleSet: [("high_score_min_execution", "80%")]).map(\.rule) == [.scoreHighOnLowExecution]
        )
        #expect(try findings(row9 + [("printed_total", "80")], ruleSet: [("high_score_min_execution", "0%")]).isEmpty)
        // 湖南's scale: 良 from 70.
        let hunan = [("grades", "优:80,良:70,中:60,差:0")]
        #expect(
            try findings(row9 + [("printed_total", "72")], ruleSet: hunan).map(\.rule) == [.scoreHighOnLowExecution]
        )
        #expect(try findings(row9 + [("printed_total", "69")], ruleSet: hunan).isEmpty)
        // A scale without 良: its second grade.
        let passFail = [("grades", "优秀:90,合格:60,不合格:0")]
        #expect(
            try findings(row9 + [("printed_total", "60")], ruleSet: passFail).map(\.rule) == [.scoreHighOnLowExecution]
        )
    }

    @Test func theDepartmentsScoreIsJudgedTheSameWay() throws {
        var state = ModelState()
        let dept = ExpenditureKey(Self.unit, Self.year, .department)
        let changes: [Change] = [
            .create(.unit(Self.unit), [FieldAssignment("name", "单位")]), .create(.year(Self.unit, Self.year), []),
            .update(
                .expenditure(dept),
                [
                    FieldAssignment("budget_full", "100万元"), FieldAssignment("executed", "30万元"),
                    FieldAssignment("printed_total", "92"),
                ]
            ),
        ]
        for (index, change) in changes.enumerated() { try state.apply(change, sequence: Int64(index + 1)) }
        let found = Checker().check(state).filter { $0.rule == .scoreHighOnLowExecution }
        #expect(found.map(\.object.description) == ["changan/2023/dept"])
        #expect(found.first?.computed == "30.00%")
    }

    @Test func theThresholdSettingIsAPercentageBetween0And100() throws {
        var rules = RuleSet(name: try Code("t"), revision: 1)
        #expect(rules.exportValue("high_score_min_execution") == "50%")
        try rules.assign("high_score_min_execution", "60")
        #expect(rules.highScoreMinExecution == ExactNumber(60))
        #expect(throws: DomainError.self) { try rules.assign("high_score_min_execution", "101%") }
        #expect(throws: DomainError.self) { try rules.assign("high_score_min_execution", "-1%") }
        try rules.assign("high_score_min_execution", "")
        #expect(rules.exportValue("high_score_min_execution") == "50%")
        try rules.assign("high_score_min_execution", "40%")
        let copy = RuleSet(copying: rules, as: try Code("c"), revision: 2)
        #expect(copy.highScoreMinExecution == ExactNumber(40))
    }

    @Test func aProjectKeepsItsPrintedBalanceAndWhatWasHandedBackExactly() throws {
        let state = try state(row9 + [("balance", "84.055万元"), ("returned", "0.001万元"), ("result_use", "调整预算安排")])
        let project = try #require(try state.year(Self.unit, Self.year).projectList.first { $0.code.text == "p09" })
        #expect(project.exportValue("balance") == "84.055万元")
        #expect(project.exportValue("returned") == "0.001万元")
        #expect(project.exportValue("result_use") == "调整预算安排")
        #expect(project.displayAmount("balance") == Money(fen: 84_055_000))
        #expect(project.budget.balance == Money(fen: 84_055_000))
    }
}
