import JixiaoCore
import Testing

@Suite struct MoneyFormattingTests {
    @Test(
        arguments: [
            (0, "0.00"),
            (5_000, "0.01"),  // 0.005万元: exactly half a hundredth rounds up
            (4_999, "0.00"),  // 0.004999万元 stays down
            (5_001, "0.01"),
            (14_999, "0.01"),
            (15_000, "0.02"),
            (-5_000, "-0.01"),  // half-up is away from zero for negatives too
            (-4_999, "0.00"),  // rounds to zero and prints no minus sign
            (-15_000, "-0.02"),
            (1, "0.00"),
            (999_999, "1.00"),
            (506_480_000, "506.48"),
            (506_484_999, "506.48"),
            (506_485_000, "506.49"),
            (15_000_000, "15.00"),
            (-3_000_000, "-3.00"),
            (840_870_000, "840.87"),
            (Int64.max, "9223372036854.78"),
            (Int64.min, "-9223372036854.78"),
        ] as [(Int64, String)]
    )
    func wanRoundedRoundsHalfUpToHundredthsOfWan(fen: Int64, text: String) {
        #expect(Money(fen: fen).wanRounded == text)
    }

    @Test func wanRoundedOfAmountsParsedFromTheBrief() throws {
        #expect(try Money(parsing: "0.005万元").wanRounded == "0.01")
        #expect(try Money(parsing: "0.004999万元").wanRounded == "0.00")
        #expect(try Money(parsing: "-0.005万元").wanRounded == "-0.01")
        #expect(try Money(parsing: "-0.004999万元").wanRounded == "0.00")
    }

    @Test(
        arguments: [
            (15_000_000, "15万元"),
            (506_480_000, "506.48万元"),
            (1, "0.000001万元"),
            (10, "0.00001万元"),
            (100, "0.0001万元"),
            (123_450, "0.12345万元"),
            (0, "0万元"),
            (-1, "-0.000001万元"),
            (-3_000_000, "-3万元"),
            (1_000_000_000_000, "1000000万元"),
            (999_999_999_999_999_999, "999999999999.999999万元"),
        ] as [(Int64, String)]
    )
    func exactWanWritesTheShortestExactForm(fen: Int64, text: String) {
        #expect(Money(fen: fen).exactWan == text)
        #expect(Money(fen: fen).description == text)
    }

    /// Every amount the parser can produce (|fen| < 10^18) reads back to the same 分.
    @Test func exactWanParsesBackToTheSameFen() throws {
        var values: [Int64] = Array(-2_000...2_000)
        var power: Int64 = 1
        for _ in 0..<18 {
            values += [power - 1, power, power + 1, -(power - 1), -power, -(power + 1), power * 5, -power * 5]
            if power <= Int64.max / 10 { power *= 10 }
        }
        values += [999_999_999_999_999_999, -999_999_999_999_999_999, 506_480_000, 840_870_000]
        var random = SplitMix64(seed: 0x6A69_7869_616F)
        for _ in 0..<5_000 {
            let magnitude = Int64(random.next() % 999_999_999_999_999_999)
            let digits = Int64(random.next() % 18)
            var scale: Int64 = 1
            for _ in 0..<digits { scale *= 10 }
            let value = magnitude / scale
            values.append(random.next() & 1 == 0 ? value : -value)
        }
        for fen in values where fen.magnitude < 1_000_000_000_000_000_000 {
            let text = Money(fen: fen).exactWan
            #expect(try Money(parsing: text) == Money(fen: fen), "\(fen) → \(text)")
        }
    }
}

/// A small deterministic generator so that "many values" tests are repeatable.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
