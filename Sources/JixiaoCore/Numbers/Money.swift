/// An exact amount of money in 分 (fen, 1/100 元).
///
/// Budgets are compared, summed and printed by auditors; a binary floating-point value
/// cannot hold 0.01 exactly, so every amount in Jixiao is an integer count of 分.
/// One 万元 is 1,000,000 分.
public struct Money: Sendable, Hashable, Comparable {
    /// The amount in 分.
    public var fen: Int64

    /// Creates an amount from a count of 分.
    /// - Parameter fen: the amount in 分 (may be negative, as adjustments are).
    public init(fen: Int64) {
        self.fen = fen
    }

    /// Zero 分.
    public static let zero = Money(fen: 0)

    /// 分 in one 元.
    public static let fenPerYuan: Int64 = 100

    /// 分 in one 万元.
    public static let fenPerWan: Int64 = 1_000_000

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }

    /// The sum of two amounts.
    /// - Throws: ``DomainError/overflow`` when the sum leaves the representable range.
    public func adding(_ other: Money) throws(DomainError) -> Money {
        let (sum, overflow) = fen.addingReportingOverflow(other.fen)
        if overflow { throw .overflow }
        return Money(fen: sum)
    }
}
