/// An exact decimal number as reports write it (`2`, `50000`, `97.24`, `506.48`), kept as
/// an integer and a count of decimals so that `0.1` is exactly one tenth.
///
/// Indicator values, percentages and points are compared and divided by the scoring rules;
/// binary floating point would make `≥97.24%` fail against an actual of `97.24%`.
public struct ExactNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The digits as an integer: 97.24 is `9724`.
    public let units: Int64
    /// How many of the digits are decimals: 97.24 has `2`.
    public var scale: Int { Int(storedScale) }
    /// `scale` in one byte (0 to ``maximumScale``): an optional number then takes 16 bytes
    /// instead of 24, in every indicator row (分值, 得分) and value.
    private let storedScale: UInt8

    /// The most decimals accepted.
    public static let maximumScale = 9

    /// Creates `units / 10^scale`.
    public init(units: Int64, scale: Int) {
        precondition(scale >= 0 && scale <= Self.maximumScale)
        self.units = units
        self.storedScale = UInt8(scale)
    }

    /// A whole number.
    public init(_ value: Int64) { self.init(units: value, scale: 0) }

    /// Zero.
    public static let zero = ExactNumber(0)

    /// Reads `[-]digits[.digits]` with optional thousands commas; `nil` when it is not that.
    public init?(parsing text: some StringProtocol) {
        var body = Substring(text)
        var negative = false
        if body.first == "-" || body.first == "−" {
            negative = true
            body = body.dropFirst()
        } else if body.first == "+" {
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0].filter { $0 != "," && $0 != "，" }
        let fraction = parts.count > 1 ? parts[1] : ""
        guard !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit),
            parts.count == 1 || !fraction.isEmpty, fraction.count <= Self.maximumScale,
            whole.count + fraction.count <= 18, let value = Int64(String(whole) + fraction)
        else { return nil }
        self.init(units: negative ? -value : value, scale: fraction.count)
    }

    /// The value scaled to `scale` decimals as a 128-bit integer (exact for every scale up
    /// to ``maximumScale``).
    func scaled(to scale: Int) -> Int128 {
        var value = Int128(units)
        for _ in self.scale..<scale { value *= 10 }
        return value
    }

    public static func < (lhs: ExactNumber, rhs: ExactNumber) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        return lhs.scaled(to: scale) < rhs.scaled(to: scale)
    }

    public static func == (lhs: ExactNumber, rhs: ExactNumber) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        return lhs.scaled(to: scale) == rhs.scaled(to: scale)
    }

    public func hash(into hasher: inout Hasher) {
        // Equal values must hash alike whatever their scale: hash the normalised form.
        var units = self.units
        var scale = self.scale
        while scale > 0, units % 10 == 0 {
            units /= 10
            scale -= 1
        }
        hasher.combine(units)
        hasher.combine(scale)
    }

    /// Whether the number is below zero.
    public var isNegative: Bool { units < 0 }

    /// Whether the number is zero.
    public var isZero: Bool { units == 0 }

    /// The number as written, with its decimals: `97.24`, `2`, `0.50`.
    public var description: String { Money.fixedPoint(units, decimals: scale) }

    /// `self / other` as a ratio, `nil` when `other` is zero.
    public func ratio(over other: ExactNumber) -> Ratio? {
        let scale = max(self.scale, other.scale)
        return Ratio(numerator: scaled(to: scale), denominator: other.scaled(to: scale))
    }
}

extension ExactNumber {
    /// The exact sum, at the larger of the two scales (clamped to the Int64 range, which
    /// no count of points or people reaches).
    public func adding(_ other: ExactNumber) -> ExactNumber {
        let scale = max(self.scale, other.scale)
        return ExactNumber(units: Int64(clamping: scaled(to: scale) + other.scaled(to: scale)), scale: scale)
    }
}
