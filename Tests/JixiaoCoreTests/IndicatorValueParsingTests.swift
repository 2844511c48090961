import JixiaoCore
import Testing

@Suite struct IndicatorValueParsingTests {
    static func n(_ text: String) -> ExactNumber { ExactNumber(parsing: text)! }

    static func quantity(
        _ comparison: Comparison?,
        _ number: String,
        _ unit: String,
        approximate: Bool = false
    ) -> IndicatorValue.Kind {
        .quantity(Quantity(comparison: comparison, number: n(number), unit: unit, approximate: approximate))
    }

    @Test(
        arguments: [
            ("≥2次", quantity(.atLeast, "2", "次")),
            ("≤200个", quantity(.atMost, "200", "个")),
            ("≥50000次", quantity(.atLeast, "50000", "次")),
            ("100%", quantity(nil, "100", "%")),
            ("97.24%", quantity(nil, "97.24", "%")),
            ("≤506.48万元", quantity(.atMost, "506.48", "万元")),
            ("≥24万人次", quantity(.atLeast, "24", "万人次")),
            ("不低于95%", quantity(.atLeast, "95", "%")),
            ("不超过5天", quantity(.atMost, "5", "天")),
            (">=90%", quantity(.atLeast, "90", "%")),
            ("＞0", quantity(.above, "0", "")),
            ("<3%", quantity(.below, "3", "%")),
            ("低于3%", quantity(.below, "3", "%")),
            ("=100%", quantity(.equal, "100", "%")),
            ("≥ 2 次", quantity(.atLeast, "2", "次")),
            ("95%以上", quantity(.atLeast, "95", "%")),
            ("1,234人", quantity(nil, "1234", "人")),
            ("12", quantity(nil, "12", "")),
            ("-5%", quantity(nil, "-5", "%")),
        ] as [(String, IndicatorValue.Kind)]
    )
    func quantityKeepsItsComparisonNumberAndUnit(text: String, kind: IndicatorValue.Kind) throws {
        let value = try IndicatorValue(parsing: text)
        #expect(value.kind == kind)
        #expect(value.text == text)
        #expect(value.description == text)
        #expect(value.isQuantitative)
    }

    @Test(
        arguments: [
            ("50000余次", quantity(nil, "50000", "次", approximate: true)),
            ("30余次", quantity(nil, "30", "次", approximate: true)),
            ("30多人", quantity(nil, "30", "人", approximate: true)),
            ("约30次", quantity(nil, "30", "次", approximate: true)),
            ("大约30次", quantity(nil, "30", "次", approximate: true)),
            ("30次左右", quantity(nil, "30", "次", approximate: true)),
            ("≥约30次", quantity(.atLeast, "30", "次", approximate: true)),
        ] as [(String, IndicatorValue.Kind)]
    )
    func hedgedNumberIsApproximate(text: String, kind: IndicatorValue.Kind) throws {
        #expect(try IndicatorValue(parsing: text).kind == kind)
    }

    @Test func ideographicSpaceAndBlanksAroundAValueAreTrimmed() throws {
        let value = try IndicatorValue(parsing: "　90%")
        #expect(value.text == "90%")
        #expect(value.kind == Self.quantity(nil, "90", "%"))
        let padded = try IndicatorValue(parsing: " \u{00A0}≥2次\t\u{3000}")
        #expect(padded.text == "≥2次")
        #expect(padded.kind == Self.quantity(.atLeast, "2", "次"))
    }

    @Test(
        arguments: [
            ("80%-90%", "80", "90", "%"),
            ("80-90%", "80", "90", "%"),
            ("1～3个", "1", "3", "个"),
            ("1~3个", "1", "3", "个"),
            ("5至10天", "5", "10", "天"),
            ("0.5—1.5", "0.5", "1.5", ""),
            ("2–4次", "2", "4", "次"),
            ("2－4次", "2", "4", "次"),
        ] as [(String, String, String, String)]
    )
    func rangeKeepsBothEndsAndTheUnit(text: String, low: String, high: String, unit: String) throws {
        let value = try IndicatorValue(parsing: text)
        #expect(value.kind == .range(low: Self.n(low), high: Self.n(high), unit: unit))
        #expect(value.unit == unit)
        #expect(value.isQuantitative)
    }

    @Test(arguments: ["90%-80%", "80%-90次", "≥80%-90%", "约80%-90%"])
    func rangeThatIsBackwardsOrMixedIsNotARange(text: String) throws {
        let value = try IndicatorValue(parsing: text)
        if case .range = value.kind { Issue.record("\(text) read as a range: \(value.kind)") }
    }

    @Test(arguments: [
        "效果明显", "良好", "降低", "有效提高", "3个股室完成整改", "逐步提高", "及时", "2024年12月底前完成全部工作任务",
        "符合要求", "≥良好",
    ])
    func descriptionWithoutAQuantityIsQualitative(text: String) throws {
        let value = try IndicatorValue(parsing: text)
        #expect(value.kind == .qualitative(text))
        #expect(value.text == text)
        #expect(!value.isQuantitative)
        #expect(value.unit == "")
    }

    @Test(arguments: ["", " ", "\u{3000}", "\t\u{00A0}"])
    func emptyValueIsRefused(text: String) {
        #expect(throws: DomainError.badValue(field: "target", value: text, reason: "a value cannot be empty")) {
            try IndicatorValue(parsing: text, field: "target")
        }
    }

    @Test func unitOfAQuantityIsTheWordAfterTheNumber() throws {
        #expect(try IndicatorValue(parsing: "≥24万人次").unit == "万人次")
        #expect(try IndicatorValue(parsing: "≤506.48万元").unit == "万元")
        #expect(try IndicatorValue(parsing: "12").unit == "")
    }
}
