/// A 年度指标值 or 实际完成值 as a report writes it, with its meaning read out of the
/// text: `≥2次`, `≤506.48万元`, `100%`, `30余次`, `80%-90%`, `效果明显`.
///
/// The text is kept exactly as entered (tables print it); the parsed form is what scoring
/// and checks use.
public struct IndicatorValue: Sendable, Equatable, CustomStringConvertible {
    /// The value as written, trimmed of surrounding blanks.
    public let text: String
    /// What the text says.
    public let kind: Kind

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
        self.kind = kind
    }

    public var description: String { text }

    /// Whether the value is quantitative (a number or a range).
    public var isQuantitative: Bool {
        if case .qualitative = kind { return false }
        return true
    }

    /// The unit written after the number, `""` when none (or qualitative).
    public var unit: String {
        switch kind {
        case .quantity(let quantity): quantity.unit
        case .range(_, _, let unit): unit
        case .qualitative: ""
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
