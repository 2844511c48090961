/// An exact fraction of two 128-bit integers, for the divisions scoring and checks make
/// (`actual / target`, `executed / budget`), rounded only when it is shown.
public struct Ratio: Sendable, Hashable, Comparable {
    /// The numerator.
    public let numerator: Int128
    /// The denominator, positive.
    public let denominator: Int128

    /// `numerator / denominator`, or `nil` when the denominator is zero (不适用).
    public init?(numerator: Int128, denominator: Int128) {
        guard denominator != 0 else { return nil }
        self.numerator = denominator < 0 ? -numerator : numerator
        self.denominator = denominator < 0 ? -denominator : denominator
    }

    /// One.
    public static let one = Ratio(numerator: 1, denominator: 1)!

    /// The ratio times `factor`, rounded half-up (away from zero) to `decimals` decimals, as
    /// units of `10^-decimals`: `Ratio(840.87, 506.48).rounded(times: 100, decimals: 2)` is
    /// `16602` (166.02 %).
    public func rounded(times factor: Int128 = 1, decimals: Int) -> Int128 {
        var scale: Int128 = 1
        for _ in 0..<decimals { scale *= 10 }
        // Saturates instead of trapping: every figure is enterable up to 10^18 分, and a
        // ratio of two extremes must still print.
        let (scaledFactor, overflow1) = factor.multipliedReportingOverflow(by: scale)
        let (product, overflow2) = numerator.multipliedReportingOverflow(by: scaledFactor)
        if overflow1 || overflow2 {
            return (numerator < 0) != (factor < 0) ? Int128.min + 1 : Int128.max
        }
        let (quotient, remainder) = product.magnitude.quotientAndRemainder(dividingBy: denominator.magnitude)
        let rounded = Int128(remainder * 2 >= denominator.magnitude ? quotient + 1 : quotient)
        return product < 0 ? -rounded : rounded
    }

    /// The ratio as a percentage with two decimals: `166.02`.
    public var percentText: String {
        Money.fixedPoint(Int64(clamping: rounded(times: 100, decimals: 2)), decimals: 2)
    }

    public static func < (lhs: Ratio, rhs: Ratio) -> Bool {
        lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
    }

    public static func == (lhs: Ratio, rhs: Ratio) -> Bool {
        lhs.numerator * rhs.denominator == rhs.numerator * lhs.denominator
    }

    public func hash(into hasher: inout Hasher) {
        // Reduce so that equal fractions hash alike.
        var a = numerator.magnitude
        var b = denominator.magnitude
        while b != 0 { (a, b) = (b, a % b) }
        let divisor = Int128(a == 0 ? 1 : a)
        hasher.combine(numerator / divisor)
        hasher.combine(denominator / divisor)
    }
}
