extension Money {
    /// The amount in 万元 rounded half-up (away from zero) to two decimals, without a unit:
    /// `506.48`. This is how the official tables print money.
    public var wanRounded: String {
        // 1 万元 = 1,000,000 分; two decimals of 万元 = units of 10,000 分.
        let hundredths = Self.divideRoundingHalfUp(fen, by: 10_000)
        return Self.fixedPoint(hundredths, decimals: 2)
    }

    /// The exact amount in 万元 with as few decimals as it needs, with its unit:
    /// `15万元`, `506.48万元`, `0.000001万元`. This is the form the journal and exports
    /// use, so that reading it back gives the same number of 分.
    public var exactWan: String {
        var text = Self.fixedPoint(fen, decimals: 6)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text + "万元"
    }

    /// Divides rounding half-up, away from zero, as Chinese financial tables round.
    static func divideRoundingHalfUp(_ value: Int64, by divisor: Int64) -> Int64 {
        let magnitude = value.magnitude
        let (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: UInt64(divisor))
        let rounded = remainder * 2 >= UInt64(divisor) ? quotient + 1 : quotient
        return value < 0 ? -Int64(rounded) : Int64(rounded)
    }

    /// Prints `value / 10^decimals` with exactly `decimals` digits after the point: `fixedPoint(16602, decimals: 2)` is `166.02`.
    public static func fixedPoint(_ value: Int64, decimals: Int) -> String {
        var scale: UInt64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let magnitude = value.magnitude
        let whole = magnitude / scale
        var fraction = String(magnitude % scale)
        if decimals == 0 { return (value < 0 ? "-" : "") + String(whole) }
        fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
        return (value < 0 ? "-" : "") + String(whole) + "." + fraction
    }
}

extension Money: CustomStringConvertible {
    /// The exact amount in 万元, as ``exactWan``.
    public var description: String { exactWan }
}
