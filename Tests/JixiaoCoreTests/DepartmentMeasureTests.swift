import JixiaoCore
import Testing

/// The computed department indicators of rules §B2 and the local scoring tables of §B3.
@Suite struct DepartmentMeasureTests {
    private func year(_ lines: [String: [(String, String)]] = [:], staff: (Int64, Int64)? = (38, 35)) throws -> UnitYear
    {
        var state = ModelState()
        let unit = try Code("u")
        let fiscal = try FiscalYear(2024)
        let key = ExpenditureKey(unit, fiscal, .department)
        var changes: [Change] = [
            .create(.unit(unit), [FieldAssignment("name", "单位")]),
            .create(
                .year(unit, fiscal),
                staff.map {
                    [FieldAssignment("staff_authorized", "\($0.0)"), FieldAssignment("staff_actual", "\($0.1)")]
                }
                    ?? []
            ),
        ]
        for (code, fields) in lines.sorted(by: { $0.key < $1.key }) {
            let assignments = fields.map { FieldAssignment($0.0, $0.1) }
            changes.append(
                code == "dept"
                    ? .update(.expenditure(key), assignments) : .set(.part(key, .line(try LineItem(code))), assignments)
            )
        }
        for (index, change) in changes.enumerated() { try state.apply(change, sequence: Int64(index + 1)) }
        return try state.year(unit, fiscal)
    }

    @Test func staffControlIsActualOverAuthorizedAndFullUpTo100() throws {
        let value = DepartmentMeasure.staffControl.value(in: try year(), rules: .standard)
        #expect(value.text == "92.11%")
        #expect(value.basis == "实有人数35 ÷ 编制数38")
        let (score, _) = RuleSet.standard.rule(.staffControl).score(percent: value.percent!, weight: ExactNumber(5))
        #expect(score.rounded(toDecimals: 2).plain == "5")
        // 40 of 38: 105.26 %, 5.26 points above → 5 − 0.5 × 5.263… = 2.37.
        let over = DepartmentMeasure.staffControl.value(in: try year(staff: (38, 40)), rules: .standard)
        let (less, text) = RuleSet.standard.rule(.staffControl).score(percent: over.percent!, weight: ExactNumber(5))
        #expect(less.rounded(toDecimals: 2).plain == "2.37", "\(text)")
    }

    @Test func aZeroDenominatorIsNotApplicableNeverZeroOrHundred() throws {
        let none = DepartmentMeasure.staffControl.value(in: try year(staff: (0, 3)), rules: .standard)
        #expect(none.rate == nil)
        #expect(none.text == "不适用")
        #expect(none.problem == .notApplicable("编制数为0"))
        let sangong = DepartmentMeasure.sangongChange.value(
            in: try year(["sangong": [("prior_actual", "0万元"), ("actual", "1万元")]]),
            rules: .standard
        )
        #expect(sangong.text == "不适用")
        let missing = DepartmentMeasure.sangongControl.value(in: try year(), rules: .standard)
        #expect(missing.text == "")
        #expect(missing.problem == .missing("未填“三公”经费决算数或预算数（LINE sangong）"))
    }

    @Test func sangongChangeRecordsWhichFiguresItCompares() throws {
        let figures = try year(["sangong": [("prior_actual", "2.38万元"), ("budget", "3万元"), ("actual", "2.36万元")]])
        let actual = DepartmentMeasure.sangongChange.value(in: figures, rules: .standard)
        #expect(actual.text == "-0.84%")
        #expect(actual.basis == "(2024年决算数2.36 − 2023年决算数2.38) ÷ 2.38")
        let byBudget = try ScoringFixture.rules(["sangong_basis": "budget"])
        let budget = DepartmentMeasure.sangongChange.value(in: figures, rules: byBudget)
        #expect(budget.text == "26.05%")
        #expect(budget.basis.hasPrefix("(2024年预算数3.00"))
        // Above 0 by 26.05 points at 10 % of the weight a point: nothing left of 5.
        let (score, _) = byBudget.rule(.sangongChange).score(percent: budget.percent!, weight: ExactNumber(5))
        #expect(score == .zero)
        let control = DepartmentMeasure.sangongControl.value(in: figures, rules: .standard)
        #expect(control.text == "78.67%")
    }

    @Test(arguments: [
        ("506.48万元", "506.48万元", "0.00%", "5"), ("100万元", "105万元", "5.00%", "4"), ("100万元", "85万元", "-15.00%", "3"),
        ("100万元", "125万元", "25.00%", "2"), ("100万元", "131万元", "31.00%", "0"),
    ])
    func budgetAdjustmentIsScoredByItsSizeOnTheTiers(
        _ initial: String,
        _ full: String,
        _ text: String,
        _ points: String
    )
        throws
    {
        let figures = try year(["dept": [("budget_initial", initial), ("budget_full", full)]])
        let value = DepartmentMeasure.budgetAdjustment.value(in: figures, rules: .standard)
        #expect(value.text == text)
        let indicator = try ScoringFixture.indicator([
            "target": "0%", "weight": "5", "measure": "budget_adjustment", "level1": "过程", "level2": "预算执行",
        ])
        let line = Scorer().score(indicator, measure: value)
        #expect(line.computed?.plain == points, "\(line.arithmetic)")
        #expect(line.computedValue == text)
        #expect(line.rule == .measureTable)
    }

    @Test func budgetCompletionDeductsTwoPointsPerWholeFivePointsBelow100() throws {
        let figures = try year([
            "dept": [("budget_full", "100万元"), ("executed", "88万元")], "income.carryover": [("full", "10万元")],
        ])
        let value = DepartmentMeasure.budgetCompletion.value(in: figures, rules: .standard)
        // 88 ÷ (100 + 10) = 80 %: 20 points below = 4 whole steps of 5 → 5 − 8 → 0 of 5, 2 of 10.
        #expect(value.text == "80.00%")
        #expect(value.basis == "全年执行数88.00 ÷ (全年预算数100.00 + 上年结转10.00)")
        let (score, _) = RuleSet.standard.rule(.budgetCompletion).score(
            percent: value.percent!,
            weight: ExactNumber(10)
        )
        #expect(score.rounded(toDecimals: 2).plain == "2")
        let partial = try MeasureRule(parsing: "below:100,-2/5", field: "x")
        let (proportional, _) = partial.score(percent: Ratio(whole: 93), weight: ExactNumber(10))
        #expect(proportional.rounded(toDecimals: 2).plain == "7.2")
    }

    @Test func aMeasureWhoseDenominatorIsZeroMakesItsIndicatorNotApplicable() throws {
        let value = DepartmentMeasure.staffControl.value(in: try year(staff: (0, 0)), rules: .standard)
        let indicator = try ScoringFixture.indicator([
            "target": "≤100%", "weight": "5", "measure": "staff_control", "level1": "投入", "level2": "预算配置",
        ])
        let line = Scorer().score(indicator, measure: value)
        #expect(!line.isApplicable)
        #expect(line.computedValue == "不适用")
    }

    @Test(arguments: [
        "above:100,-0.5/1", "above:0,-10%/1", "below:100,-2/5,whole", "tiers:0=100%,10=80%,20=60%,30=40%,*=0%",
        "above:100,-1/1", "below:95.5,-0.25/0.5",
    ])
    func measureRulesReadBackAsWritten(_ text: String) throws {
        #expect(try MeasureRule(parsing: text, field: "x").description == text)
    }

    @Test(arguments: [
        "above:100", "above:x,-1/1", "above:100,1/1", "above:100,-1/0", "tiers:10=80%", "tiers:20=80%,10=60%,*=0%",
        "tiers:0=120%,*=0%", "over:100,-1/1", "below:100,-2/5,partial",
    ])
    func malformedMeasureRulesAreRefused(_ text: String) {
        #expect(throws: DomainError.self) { try MeasureRule(parsing: text, field: "x") }
    }
}
