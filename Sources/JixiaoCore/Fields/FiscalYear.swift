/// A fiscal (calendar) year, 1 January to 31 December, as Chinese budgets run.
public struct FiscalYear: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, e.g. 2024.
    public let value: Int

    /// The years a bureau's data may belong to.
    public static let acceptedRange = 1990...2100

    /// Validates a year.
    /// - Throws: ``DomainError/badValue(field:value:reason:)`` outside ``acceptedRange``.
    public init(_ value: Int) throws(DomainError) {
        guard Self.acceptedRange.contains(value) else {
            throw .badValue(
                field: "year",
                value: String(value),
                reason: "a fiscal year lies in \(Self.acceptedRange.lowerBound)…\(Self.acceptedRange.upperBound)"
            )
        }
        self.value = value
    }

    /// Parses a year written in decimal digits.
    /// - Throws: ``DomainError/badValue(field:value:reason:)`` when it is not a year.
    public init(parsing text: String) throws(DomainError) {
        // Read byte by byte: four ASCII digits are four bytes (the `Character` walk this
        // replaced was a twentieth of a GET's time in the profile).
        guard text.utf8.count <= 4, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(text) else {
            throw .badValue(field: "year", value: text, reason: "a year is written as four digits, e.g. 2024")
        }
        try self.init(value)
    }

    public var description: String { String(value) }

    public static func < (lhs: FiscalYear, rhs: FiscalYear) -> Bool { lhs.value < rhs.value }
}
