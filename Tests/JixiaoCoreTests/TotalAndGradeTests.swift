import JixiaoCore
import Testing

/// The execution rate (§A3), totals, not-applicable rescaling (§A6) and grades (§A7).
@Suite struct TotalAndGradeTests {
    @Test(arguments: [
        ("506.48万元", "840.87万元", [String: String](), "10", ScoreRule.executionProportional),
        ("506.48万元", "840.87万元", ["execution_rule": "uncapped"], "16.6", .executionUncapped),
        ("100万元", "99.5万元", [:], "9.95", .executionProportional),
        ("100万元", "97万元", ["execution_rule": "below:100,-1/1"], "7", .executionTable),
        ("100万元", "85万元", ["execution_rule": "tiers:-1=0%,89.99=50%,*=100%"], "5", .executionTable),
    ])
    func theExecutionRateScoresTenTimesTheRateCappedAtTen(
        _ budget: String,
        _ executed: String,
        _ settings: [String: String],
        _ score: String,
        _ rule: ScoreRule
    ) throws {
        let rules = try ScoringFixture.rules(settings)
        let line = Scorer(rules: rules).scoreExecution(
            try ScoringFixture.expenditure(budget: budget, executed: executed, [])
        )
        #expect(line.computed?.plain == score, "\(line.arithmetic)")
        #expect(line.rule == rule)
    }

    @Test func aRateAbove100IsCappedWithAWarningAndTheTrueRateShown() throws {
        let score = try ScoringFixture.score(
            try ScoringFixture.expenditure(budget: "506.48万元", executed: "840.87万元", [])
        )
        #expect(score.execution.computedValue == "166.02%")
        #expect(score.execution.arithmetic == "840.87/506.48 = 166.02% → capped at 100% → 10 × 100.00% = 10 of 10")
        #expect(score.warnings.contains("执行率166.02%超过100%，执行率得分以分值封顶"))
    }

    @Test func aZeroBudgetMakesTheRateNotApplicableNeverZeroOrHundred() throws {
        let line = Scorer().scoreExecution(try ScoringFixture.expenditure(budget: "0万元", executed: "0万元", []))
        #expect(!line.isApplicable)
        #expect(line.computedValue == "不适用")
        var missing = Expenditure()
        try missing.assign("budget_full", "10万元")
        #expect(Scorer().scoreExecution(missing).status == .missing("未填全年执行数"))
    }

    @Test func theTotalAddsTheRoundedLinesAndIsGraded() throws {
        let indicators = [
            try ScoringFixture.indicator(["target": "≥10次", "actual": "10次", "weight": "50"], code: "a"),
            try ScoringFixture.indicator(["target": "≤200个", "actual": "218个", "weight": "30"], code: "b"),
            try ScoringFixture.indicator(["target": "90%", "actual": "90%", "weight": "10"], code: "c"),
        ]
        let score = try ScoringFixture.score(try ScoringFixture.expenditure(indicators))
        #expect(score.total?.plain == "97.52")
        #expect(score.totalArithmetic == "10 + 50 + 27.52 + 10 = 97.52")
        #expect(score.grade == "优")
        #expect(score.groups.map(\.group.description) == ["产出指标", "产出指标/数量指标"])
        #expect(score.groups.first?.score.plain == "87.52")
    }

    @Test func weightsThatDoNotAddUpTo100AreNotGradedAndOtherLevel1WeightsAreWarnedAbout() throws {
        let indicators = [
            try ScoringFixture.indicator(
                ["level1": "产出指标", "target": "≥1次", "actual": "1次", "weight": "50"],
                code: "a"
            ),
            try ScoringFixture.indicator(
                ["level1": "满意度指标", "level2": "服务对象满意度指标", "target": "90%", "actual": "90%", "weight": "20"],
                code: "b"
            ),
            try ScoringFixture.indicator(
                ["level1": "效益指标", "level2": "社会效益指标", "target": "好", "actual": "好", "weight": "30"],
                code: "c"
            ),
        ]
        let score = try ScoringFixture.score(try ScoringFixture.expenditure(indicators))
        #expect(score.total?.plain == "110")
        #expect(score.grade == nil)
        #expect(score.gradeNote == "不评定等级：分值合计110，不是100")
        #expect(score.warnings.contains("一级指标“满意度指标”分值合计20，规则默认10（可调整，但须说明理由）"))
    }

    @Test func notApplicableIndicatorsAreLeftOutAndTheTotalRescaledTo100() throws {
        let indicators = [
            try ScoringFixture.indicator(["target": "≥10次", "actual": "8次", "weight": "60"], code: "a"),
            try ScoringFixture.indicator(
                ["target": "≥1次", "actual": "0次", "weight": "30", "not_applicable": "yes"],
                code: "b"
            ),
        ]
        let score = try ScoringFixture.score(try ScoringFixture.expenditure(indicators))
        // (10 + 48) of the 70 points that apply: 58 ÷ 70 × 100 = 82.857… → 82.86.
        #expect(score.sum.plain == "58")
        #expect(score.applicableWeight.plain == "70")
        #expect(score.total?.plain == "82.86")
        #expect(score.grade == "良")
        #expect(score.totalArithmetic.contains("58 ÷ 70 × 100 = 82.86"))
    }

    @Test func aScoreStillToBeChosenLeavesTheTotalUngraded() throws {
        let indicators = [
            try ScoringFixture.indicator(["target": "≥10次", "actual": "10次", "weight": "60"], code: "a"),
            try ScoringFixture.indicator(["target": "效果明显", "actual": "一般", "weight": "30"], code: "b"),
        ]
        let score = try ScoringFixture.score(try ScoringFixture.expenditure(indicators))
        #expect(!score.isComplete)
        #expect(score.grade == nil)
        #expect(score.gradeNote == "不评定等级：1项尚未计分")
    }

    @Test func manyAmountsInFenAddUpWithoutOverflow() throws {
        // Unmet ≤ targets in 万元 give fractions whose denominators are amounts in 分; adding
        // a dozen of them exactly would need far more than 128 bits.
        let actuals = ["840.87", "613.29", "977.31", "523.57", "701.13", "888.89", "559.01", "731.77", "641.03"]
        let indicators = try actuals.enumerated().map { index, actual in
            try ScoringFixture.indicator(
                ["target": "≤500.01万元", "actual": "\(actual)万元", "weight": "10"],
                code: "m\(index)"
            )
        }
        let score = try ScoringFixture.score(try ScoringFixture.expenditure(indicators))
        #expect(score.indicators.allSatisfy { $0.computed != nil })
        #expect(score.total != nil)
        #expect(score.grade != nil)
    }

    // The grade boundaries: inclusive lower bounds at 90, 80 and 60.
    @Test(arguments: [
        ("100", "优"), ("90", "优"), ("89.99", "良"), ("80", "良"), ("79.99", "中"), ("60", "中"), ("59.99", "差"),
        ("0", "差"), ("89.995", "良"),
    ])
    func theNationalGradesHaveInclusiveLowerBounds(_ total: String, _ grade: String) {
        #expect(GradeScale.standard.grade(of: ScoringFixture.number(total)) == grade)
    }

    @Test(arguments: [("80", "优"), ("79.99", "良"), ("70", "良"), ("69.99", "中"), ("60", "中"), ("59.99", "差")])
    func aProvinceMayGradeAt80And70And60(_ total: String, _ grade: String) throws {
        let rules = try ScoringFixture.rules(["grades": "优:80,良:70,中:60,差:0"])
        #expect(rules.grades.grade(of: ScoringFixture.number(total)) == grade)
    }

    /// 89.995: an indicator of weight 90 scoring 90 × 15999/18000 = 79.995 exactly prints as
    /// 80.00, so the total prints as 90.00. By default the grade follows the printed total
    /// (优: the table that shows 90.00 shows 优, and the checker grades printed totals); with
    /// `grade_basis=exact` it follows the unrounded 89.995 (良).
    @Test(arguments: [("rounded", "优"), ("exact", "良")])
    func theGradeFollowsThePrintedTotalUnlessTheRuleSetSaysExact(_ basis: String, _ grade: String) throws {
        let indicator = try ScoringFixture.indicator(["target": "≥18000人", "actual": "15999人", "weight": "90"])
        let score = try ScoringFixture.score(
            try ScoringFixture.expenditure([indicator]),
            rules: try ScoringFixture.rules(["grade_basis": basis])
        )
        #expect(score.indicators[0].computed?.description == "80.00")
        #expect(score.total?.plain == "90")
        #expect(score.exactTotal?.rounded(toDecimals: 3).plain == "89.995")
        #expect(score.grade == grade)
    }
}
