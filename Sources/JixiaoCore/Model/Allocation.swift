/// A per-capita subsidy rule: 640元/人 × the insured count, split between government
/// levels by share (中央 60 %, 省 16 %, 市 12 %, 县 12 %), as seed 003's 配套 funds are.
public struct Allocation: Sendable, Equatable {
    /// The subsidy per insured person.
    public var perCapita: Money?
    /// The number of insured people it is paid for.
    public var insured: Int64?
    /// Each level's share in percent, by level key (`central`, `province`, `city`, `county`).
    public var shares: [String: ExactNumber] = [:]
    /// The journal sequence number of its last change.
    public var revision: Int64

    /// Creates an empty rule.
    public init(revision: Int64) { self.revision = revision }

    /// The government levels, with their labels.
    public static let levels: [(key: String, label: String)] = [
        ("central", "中央"), ("province", "省级"), ("city", "市级"), ("county", "县级"),
    ]

    /// What one level owes: per capita × insured × share, rounded half-up to 1 分; `nil`
    /// when a figure is missing.
    public func owed(by level: String) -> Money? {
        guard let perCapita, let insured, let share = shares[level] else { return nil }
        // Each product is checked: per-capita amounts and counts are enterable up to 10^18,
        // and a figure too large to hold gives no amount rather than a trap.
        let (base, overflow) = Int128(perCapita.fen).multipliedReportingOverflow(by: Int128(insured))
        let (product, overflow2) = base.multipliedReportingOverflow(by: Int128(share.units))
        guard !overflow, !overflow2 else { return nil }
        // share = units / 10^scale percent → owed = base × units / (100 × 10^scale).
        var divisor: Int128 = 100
        for _ in 0..<share.scale { divisor *= 10 }
        guard let exact = Ratio(numerator: product, denominator: divisor) else { return nil }
        let rounded = exact.rounded(decimals: 0)
        guard rounded <= Int128(Int64.max), rounded >= Int128(Int64.min) else { return nil }
        return Money(fen: Int64(rounded))
    }

    /// The sum of the shares, in percent (should be 100).
    public var shareTotal: ExactNumber? {
        guard !shares.isEmpty else { return nil }
        let scale = shares.values.map(\.scale).max() ?? 0
        let sum = shares.values.reduce(Int128(0)) { $0 + $1.scaled(to: scale) }
        return ExactNumber(units: Int64(clamping: sum), scale: scale)
    }
}

extension Allocation: FieldedObject {
    public static let fields: [FieldSpec] =
        [FieldSpec("per_capita", "人均补助标准", .money), FieldSpec("insured", "参保人数", .count)]
        + levels.map { FieldSpec($0.key, "\($0.label)分担比例", .percent) }

    public mutating func assign(_ key: String, _ value: String) throws(DomainError) {
        switch key {
        case "per_capita": perCapita = try Assign.money(value, key)
        case "insured": insured = try Assign.count(value, key)
        case _ where Self.levels.contains { $0.key == key }: shares[key] = try Assign.percent(value, key)
        default: throw .badValue(field: key, value: value, reason: "no such field")
        }
    }

    /// The per-capita amount is shown in 元 (`640.00元`): in 万元 it would print as 0.06.
    public func displayValue(_ key: String) -> String {
        if key == "per_capita", let perCapita { return Money.fixedPoint(perCapita.fen, decimals: 2) + "元" }
        return defaultDisplayValue(key)
    }

    public func exportValue(_ key: String) -> String? {
        switch key {
        case "per_capita": perCapita?.exactWan
        case "insured": insured.map { String($0) }
        default: shares[key].map(FieldCodec.format(percent:))
        }
    }
}
