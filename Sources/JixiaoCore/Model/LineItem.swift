/// The code of a figure line: `income.general`, `sangong.reception`, `source.current`.
///
/// Dotted codes make the catalog's hierarchy visible (`sangong.vehicle.purchase` is part of
/// `sangong.vehicle`, part of `sangong`); a bureau may add lines of its own with a label.
public struct LineItem: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The code's text.
    public let text: String

    /// Validates a line code: lower-case ASCII letters, digits, `_` and `.` between parts.
    /// - Throws: ``DomainError/badValue(field:value:reason:)``.
    public init(_ text: String) throws(DomainError) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !text.isEmpty, text.utf8.count <= 64,
            parts.allSatisfy({ part in
                !part.isEmpty
                    && part.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
            })
        else {
            throw .badValue(
                field: "line",
                value: text,
                reason: "a line code is lower-case ASCII words joined by dots, e.g. income.general"
            )
        }
        self.text = text
    }

    /// The line this one is a part of (`sangong` for `sangong.reception`), by its code.
    public var parentCode: String? {
        guard let dot = text.lastIndex(of: ".") else { return nil }
        return String(text[..<dot])
    }

    public var description: String { text }

    public static func < (lhs: LineItem, rhs: LineItem) -> Bool { lhs.text < rhs.text }
}
