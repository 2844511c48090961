/// A 年度指标值 or 实际完成值 as a report writes it, with its meaning read out of the
/// text: `≥2次`, `≤506.48万元`, `100%`, `30余次`, `80%-90%`, `效果明显`.
///
/// The text is kept exactly as entered (tables print it); the parsed form is what scoring
/// and checks use.
public struct IndicatorValue: Sendable, Equatable, CustomStringConvertible {
    /// The value as written, trimmed of surrounding blanks.
    public let text: String
    /// What the text says, packed (see ``PackedKind``).
    private let packed: PackedKind

    /// What the text says.
    public var kind: Kind { packed.kind }

    /// The forms a value takes.
    public enum Kind: Sendable, Equatable {
        /// A number with an optional comparison and unit: `≥2次`, `97.24%`, `30余次`.
        case quantity(Quantity)
        /// An inclusive range: `80%-90%` means 80 % ≤ x ≤ 90 %.
        case range(low: ExactNumber, high: ExactNumber, unit: String)
        /// A description without a number: `效果明显`, `良好`, `降低`.
        case qualitative(String)
    }

    /// Creates a value from its parts (parsing builds these).
    public init(text: String, kind: Kind) {
        self.text = text
        self.packed = PackedKind(kind)
    }

    public var description: String { text }

    /// Whether the value is quantitative (a number or a range).
    public var isQuantitative: Bool {
        if case .qualitative = kind { return false }
        return true
    }

    /// The unit written after the number, `""` when none (or qualitative).
    public var unit: String { packed.shape == .qualitative ? "" : packed.word }
}

/// An ``IndicatorValue/Kind`` in 37 bytes instead of 49: its numbers as integers and
/// one-byte scales, its comparison and shape as bytes, and its one string (the unit, or the
/// qualitative description) once. Every indicator row holds two values (target, actual),
/// so this is 32 bytes a row. One packing per kind, so packed values are equal exactly
/// when their kinds are.
private struct PackedKind: Sendable, Equatable {
    enum Shape: UInt8, Sendable { case quantity, range, qualitative }

    /// The unit (a quantity's or range's) or the description (qualitative).
    let word: String
    /// The quantity's number or the range's low end, as units of `lowScale` decimals.
    let low: Int64
    /// The range's high end (0 otherwise).
    let high: Int64
    let lowScale: UInt8
    let highScale: UInt8
    let shape: Shape
    /// The quantity's comparison, as its index in ``Comparison/allCases`` plus one; 0 for none.
    let comparison: UInt8
    let approximate: Bool

    init(_ kind: IndicatorValue.Kind) {
        switch kind {
        case .quantity(let quantity):
            word = quantity.unit
            low = quantity.number.units
            lowScale = UInt8(quantity.number.scale)
            high = 0
            highScale = 0
            shape = .quantity
            comparison = quantity.comparison.map { UInt8(Comparison.allCases.firstIndex(of: $0)! + 1) } ?? 0
            approximate = quantity.approximate
        case .range(let lowEnd, let highEnd, let unit):
            word = unit
            low = lowEnd.units
            lowScale = UInt8(lowEnd.scale)
            high = highEnd.units
            highScale = UInt8(highEnd.scale)
            shape = .range
            comparison = 0
            approximate = false
        case .qualitative(let description):
            word = description
            low = 0
            lowScale = 0
            high = 0
            highScale = 0
            shape = .qualitative
            comparison = 0
            approximate = false
        }
    }

    var kind: IndicatorValue.Kind {
        switch shape {
        case .quantity:
            .quantity(
                Quantity(
                    comparison: comparison == 0 ? nil : Comparison.allCases[Int(comparison) - 1],
                    number: ExactNumber(units: low, scale: Int(lowScale)),
                    unit: word,
                    approximate: approximate
                )
            )
        case .range:
            .range(
                low: ExactNumber(units: low, scale: Int(lowScale)),
                high: ExactNumber(units: high, scale: Int(highScale)),
                unit: word
            )
        case .qualitative: .qualitative(word)
        }
    }
}

/// A number with the comparison and unit written around it.
public struct Quantity: Sendable, Equatable {
    /// The comparison written before the number, if any.
    public var comparison: Comparison?
    /// The number.
    public var number: ExactNumber
    /// The unit written after it: `次`, `%`, `万元`, `万人次`; `""` when none.
    public var unit: String
    /// Whether the report hedged the number (`30余次`, `约30次`, `30次左右`): the true
    /// figure is about, or a little over, the number.
    public var approximate: Bool

    /// Creates a quantity.
    public init(comparison: Comparison? = nil, number: ExactNumber, unit: String = "", approximate: Bool = false) {
        self.comparison = comparison
        self.number = number
        self.unit = unit
        self.approximate = approximate
    }
}

/// The comparison of a quantitative target.
public enum Comparison: String, Sendable, CaseIterable {
    /// `≥`: at least (正向).
    case atLeast = "≥"
    /// `>`: more than (正向).
    case above = ">"
    /// `≤`: at most (反向).
    case atMost = "≤"
    /// `<`: less than (反向).
    case below = "<"
    /// `=`: exactly.
    case equal = "="
}
