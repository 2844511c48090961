/// 完成情况: the three grades of completion 财预〔2020〕10号 gives qualitative indicators,
/// each scored within a band of the weight (rules §A5).
public enum Completion: String, Sendable, CaseIterable {
    /// 达成年度指标.
    case met = "达成"
    /// 部分达成年度指标并具有一定效果.
    case partly = "部分达成"
    /// 未达成年度指标且效果较差.
    case unmet = "未达成"

    /// The words accepted in `completion=…`.
    public static let names = allCases.map(\.rawValue)

    /// The grade an actual value states in words, as reports write it: `达成预期指标`,
    /// `部分达成年度指标`, `未达成`; `nil` for any other text.
    public init?(statedIn text: String) {
        if text.hasPrefix("未达成") || text.hasPrefix("未完成") {
            self = .unmet
        } else if text.hasPrefix("部分达成") || text.hasPrefix("基本达成") {
            self = .partly
        } else if text.hasPrefix("达成") || text.hasPrefix("已达成") || text.hasPrefix("全部达成") {
            self = .met
        } else {
            return nil
        }
    }
}

/// The part of an indicator's weight a score may take: `[8, 10]` or `[6, 8)`.
public struct ScoreBand: Sendable, Equatable, CustomStringConvertible {
    /// The lowest score in the band (included).
    public let low: Ratio
    /// The upper end.
    public let high: Ratio
    /// Whether the upper end is itself in the band.
    public let includesHigh: Bool

    /// Creates a band.
    public init(low: Ratio, high: Ratio, includesHigh: Bool) {
        self.low = low
        self.high = high
        self.includesHigh = includesHigh
    }

    /// Whether a score lies in the band.
    public func contains(_ score: ExactNumber) -> Bool {
        let value = Ratio(score)
        return value >= low && (includesHigh ? value <= high : value < high)
    }

    /// `[8, 10]`, `[6, 8)`: the interval as the forms' notes write it.
    public var description: String {
        "[\(Self.text(low)), \(Self.text(high))\(includesHigh ? "]" : ")")"
    }

    static func text(_ value: Ratio) -> String { value.rounded(toDecimals: 4).plain }
}

/// Where the completion grades begin, in percent of the weight: 达成 from 80 %, 部分达成 from
/// 60 %, 未达成 below (rules §A5, the half-open bands of S4).
public struct CompletionBands: Sendable, Equatable, CustomStringConvertible {
    /// The lower end of 达成, in percent of the weight.
    public var metFrom: ExactNumber
    /// The lower end of 部分达成, in percent of the weight.
    public var partlyFrom: ExactNumber

    /// The national bands: 达成 [80 %, 100 %], 部分达成 [60 %, 80 %), 未达成 [0, 60 %).
    public static let standard = CompletionBands(metFrom: ExactNumber(80), partlyFrom: ExactNumber(60))

    /// Creates bands.
    public init(metFrom: ExactNumber, partlyFrom: ExactNumber) {
        self.metFrom = metFrom
        self.partlyFrom = partlyFrom
    }

    /// Reads `达成:80,部分达成:60`.
    /// - Throws: ``DomainError/badValue(field:value:reason:)`` unless 0 < 部分达成 < 达成 ≤ 100.
    public init(parsing text: String, field: String = "bands") throws(DomainError) {
        let reason = "bands are written 达成:80,部分达成:60 (percent of the weight, 0 < 部分达成 < 达成 ≤ 100)"
        let pairs = try RuleText.pairs(text, field: field, reason: reason)
        guard pairs.count == 2, pairs[0].0 == Completion.met.rawValue, pairs[1].0 == Completion.partly.rawValue,
            pairs[1].1 > .zero, pairs[1].1 < pairs[0].1, pairs[0].1 <= ExactNumber(100)
        else { throw .badValue(field: field, value: text, reason: reason) }
        self.init(metFrom: pairs[0].1, partlyFrom: pairs[1].1)
    }

    public var description: String { "达成:\(metFrom.plain),部分达成:\(partlyFrom.plain)" }

    /// The band of a grade for a weight.
    public func band(_ completion: Completion, weight: ExactNumber) -> ScoreBand {
        let hundred = Ratio(whole: 100)
        let full = Ratio(weight)
        let metLow = (full * Ratio(metFrom)).divided(by: hundred)!
        let partlyLow = (full * Ratio(partlyFrom)).divided(by: hundred)!
        switch completion {
        case .met: return ScoreBand(low: metLow, high: full, includesHigh: true)
        case .partly: return ScoreBand(low: partlyLow, high: metLow, includesHigh: false)
        case .unmet: return ScoreBand(low: .zero, high: partlyLow, includesHigh: false)
        }
    }
}

/// Reading the small `name:number,…` lists rule settings are written in.
enum RuleText {
    /// `优:90,良:80` → [("优", 90), ("良", 80)].
    static func pairs(_ text: String, field: String, reason: String) throws(DomainError) -> [(String, ExactNumber)] {
        var pairs: [(String, ExactNumber)] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = item.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, let number = ExactNumber(parsing: parts[1].trimmingBlanks()), !number.isNegative
            else { throw .badValue(field: field, value: text, reason: reason) }
            let name = String(parts[0].trimmingBlanks())
            guard !name.isEmpty, name.count <= 20 else { throw .badValue(field: field, value: text, reason: reason) }
            pairs.append((name, number))
        }
        return pairs
    }
}
