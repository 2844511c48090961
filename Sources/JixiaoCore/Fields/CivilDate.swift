/// A calendar date (`2024-06-30`) for payments, adjustments and monitoring.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month.
    public let day: Int

    /// Reads `YYYY-MM-DD`.
    /// - Throws: ``DomainError/badValue(field:value:reason:)``.
    public init(parsing text: String, field: String = "date") throws(DomainError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year)
        else { throw .badValue(field: field, value: text, reason: "a date is written YYYY-MM-DD, e.g. 2024-06-30") }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The number of days in a month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether a year has 29 February.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// The day of the year, 1 for 1 January.
    public var dayOfYear: Int {
        (1..<month).reduce(0) { $0 + Self.daysIn(month: $1, year: year) } + day
    }

    public var description: String {
        let month = self.month < 10 ? "0\(self.month)" : "\(self.month)"
        let day = self.day < 10 ? "0\(self.day)" : "\(self.day)"
        let year = String(self.year)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-\(month)-\(day)"
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
