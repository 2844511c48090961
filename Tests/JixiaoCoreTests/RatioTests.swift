import JixiaoCore
import Testing

@Suite struct RatioTests {
    static func ratio(_ numerator: Int128, _ denominator: Int128) -> Ratio {
        Ratio(numerator: numerator, denominator: denominator)!
    }

    @Test func executedOverBudgetFromTheSelfEvaluationTable() throws {
        // 840.87 / 506.48 万元 = 166.0223…% (seed 002's 部门整体支出 row).
        let rate = Self.ratio(84_087, 50_648)
        #expect(rate.percentText == "166.02")
        #expect(rate.rounded(times: 100, decimals: 2) == 16_602)
        #expect(rate.rounded(times: 100, decimals: 4) == 1_660_224)  // 166.02235…
    }

    @Test func staffingControlRate() {
        // 实有人数 35 / 编制数 38 = 92.105…%.
        #expect(Self.ratio(35, 38).percentText == "92.11")
        #expect(Self.ratio(35, 38).rounded(times: 100, decimals: 1) == 921)
    }

    @Test(
        arguments: [
            (1, 8, 100, 1, 125),  // 12.5: exact
            (1, 200, 100, 0, 1),  // 0.5 rounds up
            (1, 201, 100, 0, 0),  // just under 0.5 rounds down
            (-1, 200, 100, 0, -1),  // half rounds away from zero
            (1, -200, 100, 0, -1),
            (-1, -200, 100, 0, 1),
            (2, 3, 1, 3, 667),
            (-2, 3, 1, 3, -667),
            (7, 7, 1, 0, 1),
            (0, 5, 100, 2, 0),
            (5, 2, 1, 0, 3),  // 2.5 → 3
            (-5, 2, 1, 0, -3),
        ] as [(Int128, Int128, Int128, Int, Int128)]
    )
    func roundedIsHalfUpAwayFromZero(
        numerator: Int128,
        denominator: Int128,
        factor: Int128,
        decimals: Int,
        expected: Int128
    ) {
        #expect(Self.ratio(numerator, denominator).rounded(times: factor, decimals: decimals) == expected)
    }

    @Test(
        arguments: [
            (1, 1, "100.00"), (0, 7, "0.00"), (1, 8, "12.50"), (1, 3, "33.33"), (2, 3, "66.67"), (-1, 3, "-33.33"),
            (1, -2, "-50.00"), (-1, 200, "-0.50"), (1, 20_000, "0.01"), (1, 20_001, "0.00"), (-1, 30_000, "0.00"),
            (3, 2, "150.00"),
        ] as [(Int128, Int128, String)]
    )
    func percentTextHasTwoDecimalsAndASignWhenNegative(numerator: Int128, denominator: Int128, text: String) {
        #expect(Self.ratio(numerator, denominator).percentText == text)
    }

    @Test func roundedSaturatesInsteadOfTrapping() {
        let huge = Self.ratio(Int128.max / 2, 1)
        #expect(huge.rounded(times: 100, decimals: 2) == Int128.max)
        #expect(Self.ratio(-(Int128.max / 2), 1).rounded(times: 100, decimals: 2) == Int128.min + 1)
        #expect(huge.percentText == "92233720368547758.07")  // Int64.max hundredths
    }

    @Test func zeroDenominatorIsNotARatio() {
        #expect(Ratio(numerator: 1, denominator: 0) == nil)
        #expect(Ratio(numerator: 0, denominator: 0) == nil)
    }

    @Test func denominatorIsKeptPositive() {
        let ratio = Self.ratio(1, -3)
        #expect(ratio.numerator == -1)
        #expect(ratio.denominator == 3)
    }

    @Test func equalFractionsAreEqualAndHashAlike() {
        #expect(Self.ratio(1, 2) == Self.ratio(2, 4))
        #expect(Self.ratio(1, 2).hashValue == Self.ratio(50, 100).hashValue)
        #expect(Self.ratio(-1, 2) == Self.ratio(1, -2))
        #expect(Self.ratio(-1, 2).hashValue == Self.ratio(1, -2).hashValue)
        #expect(Self.ratio(0, 5) == Self.ratio(0, 1))
        #expect(Self.ratio(0, 5).hashValue == Self.ratio(0, 1).hashValue)
        #expect(Set([Self.ratio(3, 9), Self.ratio(1, 3), Self.ratio(2, 6)]).count == 1)
        #expect(Self.ratio(1, 3) != Self.ratio(1, 2))
        #expect(Ratio.one == Self.ratio(7, 7))
    }

    @Test func ratiosCompareByValue() {
        #expect(Self.ratio(1, 3) < Self.ratio(1, 2))
        #expect(Self.ratio(-1, 2) < Self.ratio(0, 1))
        #expect(Self.ratio(1, -2) < Self.ratio(-1, 3))
        #expect(!(Self.ratio(2, 4) < Self.ratio(1, 2)))
        #expect(Self.ratio(9_724, 10_000) < Ratio.one)
    }
}
