import JixiaoCore
import Testing

/// Qualitative indicators by grade band (rules §A5) and operators' scores within the band.
@Suite struct QualitativeScoringTests {
    @Test func anActualThatRepeatsTheTargetIs达成AndScoresTheTopOfItsBand() throws {
        let line = Scorer().score(try ScoringFixture.indicator("效果明显", "效果明显"))
        #expect(line.completion == .met)
        #expect(line.computed?.plain == "10")
        #expect(line.rule == .qualitativeBand)
        #expect(line.arithmetic.contains("band [8, 10]"))
    }

    @Test(arguments: [("达成预期指标", Completion.met), ("部分达成年度指标", .partly), ("未达成", .unmet)])
    func aGradeWrittenInTheActualIsRead(_ actual: String, _ completion: Completion) throws {
        let line = Scorer().score(try ScoringFixture.indicator("效果明显", actual))
        #expect(line.completion == completion)
        #expect((line.final != nil) == (completion == .met))
    }

    @Test func withoutAGradeOrWithNoTopInTheBandTheOperatorChooses() throws {
        let unknown = Scorer().score(try ScoringFixture.indicator("效果明显", "有所改善"))
        #expect(unknown.completion == nil)
        #expect(unknown.final == nil)
        #expect(unknown.status.reason.contains("completion=达成|部分达成|未达成"))

        let partly = Scorer().score(
            try ScoringFixture.indicator(["target": "效果明显", "actual": "有所改善", "weight": "10", "completion": "部分达成"])
        )
        #expect(partly.final == nil)
        #expect(partly.status.reason.contains("[6, 8)"))

        let none = Scorer(rules: try ScoringFixture.rules(["qualitative_default": "none"]))
        #expect(none.score(try ScoringFixture.indicator("效果明显", "效果明显")).final == nil)
    }

    @Test(arguments: [
        (Completion.met, "10", "8", true), (.met, "10", "10", true), (.met, "10", "7.99", false),
        (.met, "10", "10.01", false), (.partly, "10", "6", true), (.partly, "10", "7.99", true),
        (.partly, "10", "8", false), (.partly, "10", "5.99", false), (.unmet, "10", "0", true),
        (.unmet, "10", "5.99", true), (.unmet, "10", "6", false), (.met, "15", "12", true),
        (.met, "15", "11.99", false),
        (.partly, "5", "3", true), (.partly, "5", "4", false),
    ])
    func anOverrideMustLieInItsGradesBand(
        _ completion: Completion,
        _ weight: String,
        _ score: String,
        _ allowed: Bool
    )
        throws
    {
        let indicator = try ScoringFixture.indicator([
            "target": "效果明显", "actual": "效果明显", "weight": weight, "completion": completion.rawValue,
            "override_score": score, "override_reason": "按佐证材料评定",
        ])
        let check = { () throws(DomainError) in try Scorer().checkOverride(indicator) }
        if allowed {
            try check()
            let line = Scorer().score(indicator)
            #expect(line.final?.plain == ScoringFixture.number(score).plain)
            #expect(line.override?.plain == ScoringFixture.number(score).plain)
        } else {
            #expect(throws: DomainError.self) { try check() }
        }
    }

    @Test func aQuantitativeOverrideLiesBetweenZeroAndTheWeight() throws {
        func indicator(_ score: String) throws -> Indicator {
            try ScoringFixture.indicator([
                "target": "≥24万人次", "actual": "30.35万人", "weight": "10", "override_score": score,
                "override_reason": "口径为人次，实为30.35万人次",
            ])
        }
        try Scorer().checkOverride(try indicator("10"))
        try Scorer().checkOverride(try indicator("0"))
        #expect(throws: DomainError.self) { try Scorer().checkOverride(try indicator("10.5")) }
        let line = Scorer().score(try indicator("10"))
        #expect(line.computed == nil && line.final?.plain == "10")
    }

    @Test func anOverrideOutsideTheInferredBandNamesTheBandAndTheWayOut() throws {
        let indicator = try ScoringFixture.indicator([
            "target": "效果明显", "actual": "效果明显", "weight": "10", "override_score": "7", "override_reason": "部分地区未覆盖",
        ])
        do {
            try Scorer().checkOverride(indicator)
            Issue.record("an override of 7 for a 达成 indicator of weight 10 was accepted")
        } catch {
            #expect("\(error)".contains("the 达成 band [8, 10] of weight 10"))
            #expect("\(error)".contains("completion=部分达成|未达成"))
        }
    }

    @Test func anOverrideNeedsAReasonAndAWeight() throws {
        let noReason = try ScoringFixture.indicator([
            "target": "≥2次", "actual": "1次", "weight": "5", "override_score": "4",
        ])
        #expect(
            throws: DomainError.badValue(
                field: "override_reason",
                value: "",
                reason: "an override_score needs override_reason=… saying why (the tables print it)"
            )
        ) {
            try Scorer().checkOverride(noReason)
        }
        let noWeight = try ScoringFixture.indicator([
            "target": "≥2次", "actual": "1次", "override_score": "4", "override_reason": "x",
        ])
        #expect(throws: DomainError.self) { try Scorer().checkOverride(noWeight) }
    }

    @Test func bandsAreASettingOfTheRuleSet() throws {
        let rules = try ScoringFixture.rules(["bands": "达成:90,部分达成:70"])
        let band = rules.bands.band(.partly, weight: ExactNumber(10))
        #expect(band.description == "[7, 9)")
        let indicator = try ScoringFixture.indicator([
            "target": "效果明显", "actual": "较好", "weight": "10", "completion": "部分达成", "override_score": "8.5",
            "override_reason": "x",
        ])
        try Scorer(rules: rules).checkOverride(indicator)
        #expect(throws: DomainError.self) { try Scorer().checkOverride(indicator) }
    }
}
