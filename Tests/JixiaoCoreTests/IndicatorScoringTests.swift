import JixiaoCore
import Testing

/// Every formula of rules §A4 for quantitative indicators: each direction and comparison
/// form, met and unmet, zero targets, ranges, units and rounding half-up to two decimals.
@Suite struct IndicatorScoringTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let target: String
        let actual: String
        let weight: String
        let settings: [String: String]
        let score: String?
        let rule: ScoreRule
        var testDescription: String { "\(target) / \(actual) of \(weight) \(settings) → \(score ?? "none")" }

        init(
            _ target: String,
            _ actual: String,
            _ weight: String,
            _ score: String?,
            _ rule: ScoreRule,
            _ settings: [String: String] = [:]
        ) {
            self.target = target
            self.actual = actual
            self.weight = weight
            self.score = score
            self.rule = rule
            self.settings = settings
        }
    }

    static let cases: [Case] = [
        // ≥ and >: met → full; unmet → weight × actual / target.
        Case("≥2次", "3次", "5", "5", .metFull),
        Case("≥10次", "10次", "5", "5", .metFull),
        Case("≥30次", "24次", "10", "8", .positiveRatio),
        Case(">10次", "12次", "5", "5", .metFull),
        Case(">10次", "8次", "5", "4", .positiveRatio),
        Case("不低于95%", "90%", "10", "9.47", .positiveRatio),
        Case("95%", "95%", "10", "10", .metFull),
        Case("90%", "72%", "20", "16", .positiveRatio),
        Case("≥20次", "30余次", "10", "10", .metFull),
        Case("≥50000次", "50000余次", "5", "5", .metFull),
        Case("≥10次", "-5次", "10", "0", .positiveRatio),
        Case("≥0次", "0次", "10", "10", .metFull),
        // ≤ and <: met → full; unmet → weight × target / actual (S3, the default)…
        Case("≤200个", "218个", "5", "4.59", .reverseRatio),
        Case("≤200个", "200个", "5", "5", .metFull),
        Case("≤15万元", "18万元", "10", "8.33", .reverseRatio),
        Case("≤506.48万元", "840.87万元", "10", "6.02", .reverseRatio),
        Case("<5次", "4次", "10", "10", .metFull),
        Case("<5次", "6次", "10", "8.33", .reverseRatio),
        Case("不超过35万元", "35万元", "10", "10", .metFull),
        // … or weight × (1 − (actual − target) / target), 0 from twice the target (S4).
        Case("≤200个", "218个", "5", "4.55", .reverseDeviation, ["reverse_formula": "deviation"]),
        Case("≤15万元", "18万元", "10", "8", .reverseDeviation, ["reverse_formula": "deviation"]),
        Case("≤506.48万元", "840.87万元", "10", "3.4", .reverseDeviation, ["reverse_formula": "deviation"]),
        Case("≤10次", "20次", "10", "0", .reverseDeviation, ["reverse_formula": "deviation"]),
        Case("≤10次", "25次", "10", "0", .reverseDeviation, ["reverse_formula": "deviation"]),
        // =: a target above zero is treated as positive; a zero target is met only by zero.
        Case("=100%", "100%", "10", "10", .metFull),
        Case("=100%", "90%", "10", "9", .positiveRatio),
        Case("=100%", "110%", "10", "10", .metFull),
        Case("=0起", "0起", "10", "10", .metFull),
        Case("=0起", "2起", "10", "0", .zeroTarget),
        // Reverse with a zero target: full when met, else 0 (no division by zero)…
        Case("≤0起", "0起", "5", "5", .metFull),
        Case("≤0起", "1起", "5", "0", .zeroTarget),
        Case(">0次", "0次", "5", "0", .zeroTarget),
        // … or left to the operator.
        Case("≤0起", "1起", "5", nil, .pending, ["zero_target": "manual"]),
        // Ranges: inside is met; below scores as ≥ the low end, above as ≤ the high end.
        Case("80%-90%", "85%", "10", "10", .metFull),
        Case("80%-90%", "72%", "10", "9", .positiveRatio),
        Case("80%-90%", "99%", "10", "9.09", .reverseRatio),
        // Units: scale prefixes compare, different bases do not.
        Case("≥24万人次", "250000人次", "10", "10", .metFull),
        Case("≥24万人次", "180000人次", "10", "7.5", .positiveRatio),
        Case("≥24万人次", "30.35万人", "10", nil, .pending),
        Case("≤4人次", "4人", "10", nil, .pending),
        // An actual written as a bound is met when the bound lies within the target.
        Case("≤15万元", "≤15万元", "10", "10", .metFull),
        Case("≤15万元", "≤14万元", "10", "10", .metFull),
        Case("≤15万元", "≤20万元", "10", nil, .pending),
        Case("≥30次", "≥30次", "10", "10", .metFull),
        // Rounding half-up to two decimals (not to even): 0.625 → 0.63, 6.666… → 6.67.
        Case("≥8次", "1次", "5", "0.63", .positiveRatio),
        Case("≥3次", "2次", "10", "6.67", .positiveRatio),
        Case("≥3次", "1次", "10", "3.33", .positiveRatio),
        Case("≥8次", "1次", "5", "0.625", .positiveRatio, ["decimals": "3"]),
        Case("≥8次", "1次", "5", "1", .positiveRatio, ["decimals": "0"]),
    ]

    @Test(arguments: cases)
    func quantitativeIndicatorsScoreByTheirFormula(_ example: Case) throws {
        let rules = try ScoringFixture.rules(example.settings)
        let indicator = try ScoringFixture.indicator(example.target, example.actual, weight: example.weight)
        let line = Scorer(rules: rules).score(indicator)
        #expect(line.computed?.plain == example.score, "\(line.arithmetic)")
        #expect(line.rule == example.rule, "\(line.arithmetic)")
        if example.score == nil { #expect(line.final == nil) }
    }

    @Test func theArithmeticReadsAsTheFormsExplainIt() throws {
        let line = Scorer().score(try ScoringFixture.indicator("≤200个", "218个", weight: "5"))
        #expect(line.arithmetic == "≤200个, actual 218个 → unmet → 5 × 200/218 = 4.59 of 5")
        #expect(line.rule.title == "反向指标未达成：分值×年度指标值÷实际完成值")
        let met = Scorer().score(try ScoringFixture.indicator("≥2次", "3次", weight: "5"))
        #expect(met.arithmetic == "≥2次, actual 3次 → met → 5 of 5")
    }

    @Test func missingFiguresAreClearErrorsNotDivisionsByZero() throws {
        let noTarget = try ScoringFixture.indicator(["actual": "3次", "weight": "5"])
        let line = Scorer().score(noTarget)
        #expect(line.status == .missing("未填年度指标值，无从计分"))
        #expect(line.computed == nil && line.rule == .missing)

        let noWeight = Scorer().score(try ScoringFixture.indicator(["target": "≥2次", "actual": "3次"]))
        #expect(noWeight.status == .missing("未填分值"))

        let noActual = Scorer().score(try ScoringFixture.indicator(["target": "≥2次", "weight": "5"]))
        #expect(noActual.status == .pending("未填实际完成值"))

        let notApplicable = Scorer().score(
            try ScoringFixture.indicator(["target": "≥2次", "actual": "0次", "weight": "5", "not_applicable": "yes"])
        )
        #expect(!notApplicable.isApplicable && notApplicable.final == nil)
    }
}
