/// How a computed rate is turned into points: the local scoring tables of rules §B3
/// (财政供养人员控制率, "三公"经费变动率 and 控制率, 预算调整率, 预算完成率), and a tiered
/// execution-rate rule if a bureau uses one.
///
/// Written in rule sets as short text:
/// - `above:100,-0.5/1`: full at or below 100 %; 0.5 points off per percentage point above;
/// - `above:0,-10%/1`: full at or below 0 %; 10 % of the weight off per point above;
/// - `below:100,-2/5,whole`: full at or above 100 %; 2 points off per whole 5 points below
///   (`whole` counts only whole steps; without it a part of a step counts in proportion);
/// - `tiers:0=100%,10=80%,20=60%,30=40%,*=0%`: a rate up to 0 % earns 100 % of the weight, up
///   to 10 % earns 80 %, …, anything higher 0 %.
///
/// A score never goes below 0 or above the weight.
public enum MeasureRule: Sendable, Equatable, CustomStringConvertible {
    /// Points off for each step beyond a limit.
    case deduct(Deduction)
    /// Points by the band the rate falls in.
    case tiers([Tier])

    /// Points off for each step beyond a limit.
    public struct Deduction: Sendable, Equatable {
        /// Whether the rate should stay at or below the limit (`above`) or at or above it (`below`).
        public var penalizesAbove: Bool
        /// The limit, in percent.
        public var limit: ExactNumber
        /// The points taken off per step (or percent of the weight when ``ofWeight``).
        public var points: ExactNumber
        /// Whether ``points`` is a percentage of the weight.
        public var ofWeight: Bool
        /// The size of a step, in percentage points.
        public var step: ExactNumber
        /// Whether only whole steps count.
        public var wholeSteps: Bool
    }

    /// One band of a tiered rule.
    public struct Tier: Sendable, Equatable {
        /// The highest rate in the band, in percent; `nil` for "any higher rate".
        public var upTo: ExactNumber?
        /// The share of the weight the band earns, in percent.
        public var share: ExactNumber
    }

    /// Reads a rule from its text.
    /// - Throws: ``DomainError/badValue(field:value:reason:)`` naming the form expected.
    public init(parsing text: String, field: String) throws(DomainError) {
        let reason =
            "a rule is above:100,-0.5/1 (points off per step above), below:100,-2/5,whole, or tiers:0=100%,10=80%,*=0%"
        func fail() -> DomainError { .badValue(field: field, value: text, reason: reason) }
        guard let colon = text.firstIndex(of: ":") else { throw fail() }
        let kind = text[..<colon]
        let body = text[text.index(after: colon)...]
        switch kind {
        case "above", "below":
            var parts = body.split(separator: ",", omittingEmptySubsequences: false)
            var whole = false
            if parts.count == 3, parts[2] == "whole" {
                whole = true
                parts.removeLast()
            }
            guard parts.count == 2, let limit = ExactNumber(parsing: parts[0]), parts[1].hasPrefix("-") else {
                throw fail()
            }
            let perStep = parts[1].dropFirst().split(separator: "/", omittingEmptySubsequences: false)
            guard perStep.count == 2 else { throw fail() }
            var points = perStep[0]
            let ofWeight = points.hasSuffix("%")
            if ofWeight { points = points.dropLast() }
            guard let amount = ExactNumber(parsing: points), !amount.isNegative,
                let step = ExactNumber(parsing: perStep[1]), step > .zero
            else { throw fail() }
            self = .deduct(
                Deduction(
                    penalizesAbove: kind == "above",
                    limit: limit,
                    points: amount,
                    ofWeight: ofWeight,
                    step: step,
                    wholeSteps: whole
                )
            )
        case "tiers":
            var tiers: [Tier] = []
            for item in body.split(separator: ",", omittingEmptySubsequences: false) {
                let parts = item.split(separator: "=", omittingEmptySubsequences: false)
                guard parts.count == 2, parts[1].hasSuffix("%"), let share = ExactNumber(parsing: parts[1].dropLast()),
                    !share.isNegative, share <= ExactNumber(100)
                else { throw fail() }
                if parts[0] == "*" {
                    tiers.append(Tier(upTo: nil, share: share))
                } else {
                    guard let bound = ExactNumber(parsing: parts[0]) else { throw fail() }
                    tiers.append(Tier(upTo: bound, share: share))
                }
            }
            let bounds = tiers.compactMap(\.upTo)
            guard !tiers.isEmpty, tiers.last?.upTo == nil, bounds.count == tiers.count - 1,
                zip(bounds, bounds.dropFirst()).allSatisfy({ $0 < $1 })
            else { throw fail() }
            self = .tiers(tiers)
        default:
            throw fail()
        }
    }

    public var description: String {
        switch self {
        case .deduct(let rule):
            let points = rule.points.plain + (rule.ofWeight ? "%" : "")
            return "\(rule.penalizesAbove ? "above" : "below"):\(rule.limit.plain),-\(points)/\(rule.step.plain)"
                + (rule.wholeSteps ? ",whole" : "")
        case .tiers(let tiers):
            return "tiers:"
                + tiers.map { "\($0.upTo?.plain ?? "*")=\($0.share.plain)%" }.joined(separator: ",")
        }
    }

    /// The exact score of a rate (in percent) for a weight, with the arithmetic that gives it.
    public func score(percent rate: Ratio, weight: ExactNumber) -> (score: Ratio, arithmetic: String) {
        let full = Ratio(weight)
        let rateText = "\(ScoreBand.text(rate))%"
        switch self {
        case .deduct(let rule):
            let limit = Ratio(rule.limit)
            let beyond = rule.penalizesAbove ? rate - limit : limit - rate
            let side = rule.penalizesAbove ? "≤" : "≥"
            guard beyond > .zero else {
                return (full, "\(rateText) \(side) \(rule.limit.plain)% → full \(weight.plain)")
            }
            var steps = beyond.divided(by: Ratio(rule.step))!
            if rule.wholeSteps { steps = Ratio(numerator: steps.floor, denominator: 1)! }
            let perStep =
                rule.ofWeight ? (full * Ratio(rule.points)).divided(by: Ratio(whole: 100))! : Ratio(rule.points)
            let deduction = steps * perStep
            let score = deduction >= full ? Ratio.zero : full - deduction
            let stepsText = rule.wholeSteps ? "\(steps.floor) whole step(s)" : "\(ScoreBand.text(steps)) step(s)"
            return (
                score,
                "\(rateText), \(ScoreBand.text(beyond)) points \(rule.penalizesAbove ? "above" : "below") \(rule.limit.plain)% = \(stepsText) of \(rule.step.plain) → \(weight.plain) − \(ScoreBand.text(deduction)) = \(ScoreBand.text(score)) of \(weight.plain)"
            )
        case .tiers(let tiers):
            for tier in tiers where tier.upTo.map({ rate <= Ratio($0) }) ?? true {
                let score = (full * Ratio(tier.share)).divided(by: Ratio(whole: 100))!
                let band = tier.upTo.map { "≤ \($0.plain)%" } ?? "above the last tier"
                return (
                    score,
                    "\(rateText) \(band) → \(tier.share.plain)% × \(weight.plain) = \(ScoreBand.text(score)) of \(weight.plain)"
                )
            }
            return (.zero, "\(rateText) → 0")
        }
    }
}
