/// The unit written after a number (`次`, `万元`, `万人次`, `%`), split into a scale prefix
/// and a base so that `≥24万人次` and `250000人次` compare, and `万人次` against `万人` is
/// seen as a mismatch.
public struct MeasureUnit: Sendable, Equatable {
    /// The base unit: `元`, `人次`, `次`, `%`, or `""` for none.
    public let base: String
    /// The power of ten the prefix stands for: 万 is 4, 亿 is 8, 千 is 3.
    public let exponent: Int

    /// Reads a unit as written.
    public init(_ text: String) {
        if let alias = Self.aliases[text] {
            self.base = alias
            self.exponent = 0
            return
        }
        var text = Substring(text)
        var exponent = 0
        if text.count > 1, let prefix = text.first, let power = Self.prefixes[prefix] {
            exponent = power
            text = text.dropFirst()
        }
        self.base = Self.aliases[String(text)] ?? String(text)
        self.exponent = exponent
    }

    private static let prefixes: [Character: Int] = ["万": 4, "亿": 8, "千": 3, "百": 2]
    private static let aliases: [String: String] = ["％": "%", "人/次": "人次", "百分比": "%", "百分率": "%"]

    /// Whether two units measure the same thing (their bases agree, or one has none).
    public func isCompatible(with other: MeasureUnit) -> Bool {
        base == other.base || base.isEmpty || other.base.isEmpty
    }

    /// A number in this unit expressed in the base unit, as an exact value scaled by
    /// 10^exponent.
    public func inBase(_ number: ExactNumber) -> ExactNumber {
        var units = Int128(number.units)
        var scale = number.scale
        var exponent = self.exponent
        while exponent > 0, scale > 0 {
            scale -= 1
            exponent -= 1
        }
        for _ in 0..<exponent { units *= 10 }
        return ExactNumber(units: Int64(clamping: units), scale: scale)
    }
}
