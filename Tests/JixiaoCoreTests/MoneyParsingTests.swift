import JixiaoCore
import Testing

@Suite struct MoneyParsingTests {
    static let unitRequired = "an amount needs a unit: 元 or 万元 (e.g. 15万元, 150000元)"
    static let notANumber = "not a number"
    static let tooPrecise = "more precise than 1 分"
    static let tooLarge = "too large"

    @Test(
        arguments: [
            ("15万元", 15_000_000),
            ("15万", 15_000_000),
            ("15wan", 15_000_000),
            ("150000元", 15_000_000),
            ("150000yuan", 15_000_000),
            ("506.48万元", 506_480_000),
            ("1,234.50元", 123_450),
            ("1,000,000万元", 1_000_000_000_000),
            ("-3万", -3_000_000),
            ("-3万元", -3_000_000),
            ("+2元", 200),
            ("0元", 0),
            ("0.01元", 1),
            ("-0.01元", -1),
            ("0.000001万元", 1),
            ("-0.000001万元", -1),
            ("12.3元", 1_230),
            ("840.87万元", 840_870_000),
            ("9999999999999999元", 999_999_999_999_999_900),
            ("999999999999.999999万元", 999_999_999_999_999_999),
            ("-999999999999.999999万元", -999_999_999_999_999_999),
        ] as [(String, Int64)]
    )
    func amountWithUnitIsReadInFen(text: String, fen: Int64) throws {
        #expect(try Money(parsing: text) == Money(fen: fen))
    }

    @Test(arguments: ["506.48", "15", "150000", "", "-3", "15 ", "15万元 ", "15块", "15圆"])
    func amountWithoutUnitIsRefused(text: String) {
        #expect(throws: DomainError.badMoney(text, reason: Self.unitRequired)) { try Money(parsing: text) }
    }

    @Test func bareNumberWithoutUnitIsRefused() {
        #expect(throws: DomainError.badMoney("506.48", reason: Self.unitRequired)) { try Money(parsing: "506.48") }
    }

    @Test(arguments: ["0.001元", "1.234元", "0.0000001万元", "506.4812345万", "1.0000001wan", "0.005yuan"])
    func amountMorePreciseThanOneFenIsRefused(text: String) {
        #expect(throws: DomainError.badMoney(text, reason: Self.tooPrecise)) { try Money(parsing: text) }
    }

    @Test(arguments: [
        "abc元", "元", "万元", "万", "-万", "+元", "1.2.3元", "1e5元", "--3万", "-+3万", "15 万元", " 15万元",
        "１５万元", "1_000元", "0x10元", "1 000元", "十万元", "3-万", "NaN元", "inf万",
    ])
    func garbageBeforeTheUnitIsRefusedAsNotANumber(text: String) {
        #expect(throws: DomainError.badMoney(text, reason: Self.notANumber)) { try Money(parsing: text) }
    }

    @Test(arguments: [
        "99999999999999999元", "-99999999999999999元", "1000000000000万元", "9223372036854775807元",
        "99999999999999999999999999999万元",
    ])
    func amountBeyondEighteenDigitsOfFenIsRefusedAsTooLarge(text: String) {
        #expect(throws: DomainError.badMoney(text, reason: Self.tooLarge)) { try Money(parsing: text) }
    }

    @Test func wanSuffixWinsOverYuanSuffix() throws {
        // 万元 ends in 元: the longer unit must be recognised, or 15万元 would be read as "15万" 元.
        #expect(try Money(parsing: "15万元") == Money(parsing: "150000元"))
        #expect(try Money(parsing: "1wan") == Money(fen: 1_000_000))
        #expect(try Money(parsing: "1yuan") == Money(fen: 100))
    }

    @Test func addingReportsOverflowInsteadOfWrapping() throws {
        #expect(throws: DomainError.overflow) { try Money(fen: .max).adding(Money(fen: 1)) }
        #expect(throws: DomainError.overflow) { try Money(fen: .min).adding(Money(fen: -1)) }
        #expect(try Money(fen: 15).adding(Money(fen: -20)) == Money(fen: -5))
    }

    @Test func moneyOrdersByFen() {
        #expect(Money(fen: -1) < .zero)
        #expect(Money.zero < Money(fen: 1))
        #expect(Money.fenPerWan == 1_000_000)
        #expect(Money.fenPerYuan == 100)
    }
}
