import JixiaoCore
import Testing

@Suite struct ExactNumberTests {
    @Test(
        arguments: [
            ("2", 2, 0), ("50000", 50_000, 0), ("97.24", 9_724, 2), ("506.48", 50_648, 2), ("0.50", 50, 2),
            ("-3", -3, 0), ("−3.5", -35, 1), ("+7", 7, 0), ("1,234.5", 12_345, 1), ("1，234", 1_234, 0),
            ("0", 0, 0), ("0.000000001", 1, 9), ("999999999999999999", 999_999_999_999_999_999, 0),
        ] as [(String, Int64, Int)]
    )
    func decimalIsReadAsUnitsAndScale(text: String, units: Int64, scale: Int) throws {
        let number = try #require(ExactNumber(parsing: text))
        #expect(number.units == units)
        #expect(number.scale == scale)
    }

    @Test(arguments: [
        "", "-", "+", ".5", "5.", "1.2.3", "abc", "5%", "5 ", " 5", "1e3", "0x10", "0.0000000001",
        "1000000000000000000",
        "１２", "--1",
    ])
    func textThatIsNotADecimalIsNotANumber(text: String) {
        #expect(ExactNumber(parsing: text) == nil)
    }

    @Test(
        arguments: [
            ("2", "2"), ("97.24", "97.24"), ("0.50", "0.50"), ("-3.5", "-3.5"), ("-0.05", "-0.05"),
            ("1,234.5", "1234.5"),
        ] as [(String, String)]
    )
    func descriptionKeepsTheWrittenDecimals(text: String, description: String) throws {
        #expect(try #require(ExactNumber(parsing: text)).description == description)
    }

    @Test func equalValuesAreEqualAndHashAlikeWhateverTheirScale() throws {
        let a = ExactNumber(units: 150, scale: 2)
        let b = ExactNumber(units: 15, scale: 1)
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(Set([a, b]).count == 1)
        #expect(ExactNumber(parsing: "1.50") == ExactNumber(parsing: "1.5"))
        #expect(ExactNumber(units: 0, scale: 3) == .zero)
        #expect(ExactNumber(units: 0, scale: 3).hashValue == ExactNumber.zero.hashValue)
        #expect(ExactNumber(units: -1_500, scale: 3).hashValue == ExactNumber(units: -15, scale: 1).hashValue)
        #expect(ExactNumber(units: 100, scale: 0) == ExactNumber(units: 100_000_000_000, scale: 9))
        #expect(ExactNumber(units: 151, scale: 2) != ExactNumber(units: 15, scale: 1))
        let dictionary = [ExactNumber(units: 100, scale: 2): "one"]
        #expect(dictionary[ExactNumber(1)] == "one")
    }

    @Test(
        arguments: [
            ("1.5", "1.51"), ("2", "2.01"), ("1.99", "2"), ("-1", "0"), ("-1.5", "-1.49"), ("97.23", "97.24"),
            ("0.000000001", "0.00000001"), ("-999999999999999999", "999999999999999999"),
        ] as [(String, String)]
    )
    func numbersCompareByValueAcrossScales(smaller: String, larger: String) throws {
        let a = try #require(ExactNumber(parsing: smaller))
        let b = try #require(ExactNumber(parsing: larger))
        #expect(a < b)
        #expect(!(b < a))
        #expect(a != b)
        #expect(max(a, b) == b)
    }

    @Test func signAndZeroAreReported() throws {
        #expect(try #require(ExactNumber(parsing: "-0.01")).isNegative)
        #expect(!ExactNumber.zero.isNegative)
        #expect(ExactNumber.zero.isZero)
        #expect(try #require(ExactNumber(parsing: "0.00")).isZero)
        #expect(!(try #require(ExactNumber(parsing: "0.01")).isZero))
    }

    @Test func sumIsExactAtTheLargerScale() throws {
        let sum = ExactNumber(units: 1, scale: 1).adding(ExactNumber(units: 2, scale: 1))
        #expect(sum == ExactNumber(units: 3, scale: 1))
        #expect(sum.description == "0.3")
        let mixed = ExactNumber(10).adding(ExactNumber(units: 459, scale: 2))
        #expect(mixed.description == "14.59")
        #expect(ExactNumber(5).adding(ExactNumber(-7)) == ExactNumber(-2))
    }

    @Test func ratioDividesExactlyAndNotByZero() throws {
        let actual = try #require(ExactNumber(parsing: "840.87"))
        let budget = try #require(ExactNumber(parsing: "506.48"))
        let ratio = try #require(actual.ratio(over: budget))
        #expect(ratio == Ratio(numerator: 84_087, denominator: 50_648))
        #expect(ratio.percentText == "166.02")
        #expect(ExactNumber(3).ratio(over: ExactNumber(units: 40, scale: 1)) == Ratio(numerator: 3, denominator: 4))
        #expect(ExactNumber(1).ratio(over: .zero) == nil)
        #expect(ExactNumber(1).ratio(over: ExactNumber(units: 0, scale: 2)) == nil)
    }
}
