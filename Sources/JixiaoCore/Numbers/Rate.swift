/// A ratio of two amounts, kept exact as a fraction and shown as a percentage rounded
/// half-up to two decimals (`166.02`), as the self-evaluation tables print it.
public struct Rate: Sendable, Hashable {
    /// The numerator, e.g. the executed amount.
    public var numerator: Int64
    /// The denominator, e.g. the full-year budget; never zero.
    public var denominator: Int64

    /// A rate of `numerator / denominator`, or `nil` when the denominator is zero: such a
    /// rate is 不适用 (not applicable), never 0 % or 100 %.
    public init?(_ numerator: Money, over denominator: Money) {
        guard denominator.fen != 0 else { return nil }
        self.numerator = numerator.fen
        self.denominator = denominator.fen
    }

    /// The percentage in hundredths of a percent (10000 × numerator / denominator),
    /// rounded half-up: 166.02 % is `16602`.
    public var basisPoints: Int64 {
        // 128-bit so that no amount a bureau can hold overflows the product.
        let product = Int128(numerator) * 10_000
        let divisor = Int128(denominator)
        let (quotient, remainder) = product.magnitude.quotientAndRemainder(dividingBy: divisor.magnitude)
        // Clamped: a rate beyond Int64 basis points (0.01元 budget, huge spending) is absurd
        // but enterable, and must print, not trap.
        let rounded = Int64(clamping: remainder * 2 >= divisor.magnitude ? quotient + 1 : quotient)
        return (product < 0) != (divisor < 0) ? -rounded : rounded
    }

    /// The percentage with two decimals and no sign: `166.02`.
    public var percentText: String {
        Money.fixedPoint(basisPoints, decimals: 2)
    }
}
