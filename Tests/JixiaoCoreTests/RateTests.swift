import JixiaoCore
import Testing

@Suite struct RateTests {
    @Test func executedOverFullBudgetFromTheSelfEvaluationTable() throws {
        let rate = try #require(Rate(try Money(parsing: "840.87万元"), over: try Money(parsing: "506.48万元")))
        #expect(rate.basisPoints == 16_602)
        #expect(rate.percentText == "166.02")
    }

    @Test func slightlyOverspentBudget() throws {
        let rate = try #require(Rate(try Money(parsing: "3619.29万元"), over: try Money(parsing: "3556万元")))
        #expect(rate.basisPoints == 10_178)
        #expect(rate.percentText == "101.78")
    }

    @Test(arguments: [0, 1, -1, 506_480_000] as [Int64])
    func zeroDenominatorHasNoRate(numerator: Int64) {
        #expect(Rate(Money(fen: numerator), over: .zero) == nil)
    }

    @Test(
        arguments: [
            (1, 20_000, 1),  // exactly 0.5 basis point rounds up
            (1, 20_001, 0),  // just under half rounds down
            (-1, 20_000, -1),  // half rounds away from zero
            (1, -20_000, -1),
            (-1, -20_000, 1),
            (1, 1, 10_000),
            (0, 5, 0),
            (1, 3, 3_333),
            (2, 3, 6_667),
            (1, 8, 1_250),
            (3, 2, 15_000),
            (999_999_999_999_999_999, 999_999_999_999_999_999, 10_000),
            (Int64.max, Int64.max, 10_000),
            (Int64.min, Int64.min, 10_000),
            (1, Int64.max, 0),
            (Int64.max, 1_000_000_000_000_000_000, 92_234),  // 9.2233720368547758 × 10^4 bp
        ] as [(Int64, Int64, Int64)]
    )
    func basisPointsRoundHalfUpAwayFromZero(numerator: Int64, denominator: Int64, basisPoints: Int64) throws {
        let rate = try #require(Rate(Money(fen: numerator), over: Money(fen: denominator)))
        #expect(rate.basisPoints == basisPoints)
    }

    @Test(
        arguments: [
            (1, 1, "100.00"), (0, 7, "0.00"), (1, 8, "12.50"), (1, 3, "33.33"), (2, 3, "66.67"), (-1, 2, "-50.00"),
            (1, 20_000, "0.01"),
        ] as [(Int64, Int64, String)]
    )
    func percentTextHasTwoDecimals(numerator: Int64, denominator: Int64, text: String) throws {
        let rate = try #require(Rate(Money(fen: numerator), over: Money(fen: denominator)))
        #expect(rate.percentText == text)
    }

    @Test func rateKeepsTheExactFraction() throws {
        let rate = try #require(Rate(Money(fen: 3), over: Money(fen: 7)))
        #expect(rate.numerator == 3)
        #expect(rate.denominator == 7)
    }

    /// Both amounts below are accepted by the parser (PROJECT CREATE … budget_full=0.01元
    /// executed=9999999999999999元), so PROJECT LIST must be able to print their rate; a rate
    /// of 10^22 basis points does not fit in Int64 and must not trap the daemon.
    @Test func hugeRateOfParseableAmountsDoesNotTrap() async {
        await #expect(processExitsWith: .success) {
            let executed = try Money(parsing: "9999999999999999元")
            let full = try Money(parsing: "0.01元")
            let rate = Rate(executed, over: full)
            _ = rate?.basisPoints
            _ = rate?.percentText
        }
    }
}
