/// Exact arithmetic on ratios for the scoring formulas (`weight × actual / target`), kept
/// reduced so that chained steps stay far from the 128-bit limits.
extension Ratio {
    /// A number as a ratio: 97.24 is 9724/100.
    public init(_ number: ExactNumber) {
        var denominator: Int128 = 1
        for _ in 0..<number.scale { denominator *= 10 }
        self = Ratio(numerator: Int128(number.units), denominator: denominator)!.reduced
    }

    /// A whole number as a ratio.
    public init(whole value: Int64) { self = Ratio(numerator: Int128(value), denominator: 1)! }

    /// Zero.
    public static let zero = Ratio(numerator: 0, denominator: 1)!

    /// The same value with numerator and denominator divided by their greatest common divisor.
    public var reduced: Ratio {
        var a = numerator.magnitude
        var b = denominator.magnitude
        while b != 0 { (a, b) = (b, a % b) }
        guard a > 1 else { return self }
        let divisor = Int128(a)
        return Ratio(numerator: numerator / divisor, denominator: denominator / divisor)!
    }

    /// Whether the value is below zero.
    public var isNegative: Bool { numerator < 0 }

    /// Whether the value is zero.
    public var isZero: Bool { numerator == 0 }

    public static func + (lhs: Ratio, rhs: Ratio) -> Ratio {
        Ratio(
            numerator: lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator,
            denominator: lhs.denominator * rhs.denominator
        )!.reduced
    }

    public static func - (lhs: Ratio, rhs: Ratio) -> Ratio {
        Ratio(
            numerator: lhs.numerator * rhs.denominator - rhs.numerator * lhs.denominator,
            denominator: lhs.denominator * rhs.denominator
        )!.reduced
    }

    public static func * (lhs: Ratio, rhs: Ratio) -> Ratio {
        Ratio(numerator: lhs.numerator * rhs.numerator, denominator: lhs.denominator * rhs.denominator)!.reduced
    }

    /// `self / other`, or `nil` when `other` is zero.
    public func divided(by other: Ratio) -> Ratio? {
        Ratio(numerator: numerator * other.denominator, denominator: denominator * other.numerator)?.reduced
    }

    /// The value rounded half-up (away from zero) to `decimals` decimals, as a number.
    public func rounded(toDecimals decimals: Int) -> ExactNumber {
        ExactNumber(units: Int64(clamping: rounded(decimals: decimals)), scale: decimals)
    }

    /// The largest whole number not above the value.
    public var floor: Int128 {
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        return remainder < 0 ? quotient - 1 : quotient
    }
}

extension ExactNumber {
    /// The number without trailing zeros after the point: `10.00` → `10`, `4.50` → `4.5`.
    /// Scores and weights are shown this way, as the forms print them.
    public var plain: String {
        var text = description
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The exact product.
    public func times(_ other: ExactNumber) -> Ratio { Ratio(self) * Ratio(other) }
}
