/// The grades a total earns (rules §A7): 优 from 90, 良 from 80, 中 from 60, 差 below, with
/// inclusive lower bounds; a province may use its own (优 from 80, 良 from 70, 中 from 60).
public struct GradeScale: Sendable, Equatable, CustomStringConvertible {
    /// One grade and the lowest total that earns it.
    public struct Band: Sendable, Equatable {
        /// The grade's name: 优.
        public let name: String
        /// The lowest total that earns it.
        public let from: ExactNumber
    }

    /// The grades, best first; the last starts at 0.
    public let bands: [Band]

    /// The national scale: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below 60.
    public static let standard = try! GradeScale(parsing: "优:90,良:80,中:60,差:0")

    /// Reads `优:90,良:80,中:60,差:0`: grades best first with strictly falling lower bounds,
    /// the last from 0.
    /// - Throws: ``DomainError/badValue(field:value:reason:)``.
    public init(parsing text: String, field: String = "grades") throws(DomainError) {
        let reason = "grades are written best first with falling lower bounds, the last from 0: 优:90,良:80,中:60,差:0"
        let pairs = try RuleText.pairs(text, field: field, reason: reason)
        guard pairs.count >= 2, pairs.last?.1 == .zero, pairs.first!.1 <= ExactNumber(100),
            zip(pairs, pairs.dropFirst()).allSatisfy({ $0.1 > $1.1 }),
            Set(pairs.map(\.0)).count == pairs.count
        else { throw .badValue(field: field, value: text, reason: reason) }
        bands = pairs.map { Band(name: $0.0, from: $0.1) }
    }

    /// The grade of a total.
    public func grade(of total: Ratio) -> String {
        for band in bands where total >= Ratio(band.from) { return band.name }
        return bands.last!.name
    }

    /// The grade of a total.
    public func grade(of total: ExactNumber) -> String { grade(of: Ratio(total)) }

    public var description: String { bands.map { "\($0.name):\($0.from.plain)" }.joined(separator: ",") }

    /// `优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60`, for explanations.
    public var explanation: String {
        var parts = bands.dropLast().map { "\($0.name) ≥ \($0.from.plain)" }
        if bands.count >= 2 { parts.append("\(bands.last!.name) < \(bands[bands.count - 2].from.plain)") }
        return parts.joined(separator: ", ")
    }
}
