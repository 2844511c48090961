/// The short ASCII identifier an operator gives a unit or a project (`hongjiang`, `jicha-2024`).
///
/// Codes appear in command lines, file names and shell scripts, so they are restricted to
/// lower-case ASCII letters, digits, `-` and `_`, starting with a letter or digit. Names
/// (洪江市医疗保障局) are free UTF-8 text and live beside the code.
public struct Code: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The code's text.
    public let text: String

    /// The longest code accepted.
    public static let maximumLength = 64

    /// Validates a code.
    /// - Parameters:
    ///   - text: the candidate code.
    ///   - field: what the code names, for the error message (`unit`, `project`).
    /// - Throws: ``DomainError/badValue(field:value:reason:)`` when the text is not a code.
    public init(_ text: String, field: String = "code") throws(DomainError) {
        let bytes = text.utf8
        guard let first = bytes.first, bytes.count <= Self.maximumLength else {
            throw .badValue(field: field, value: text, reason: "a code has 1 to \(Self.maximumLength) characters")
        }
        func isAlnum(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) }
        guard isAlnum(first), bytes.allSatisfy({ isAlnum($0) || $0 == 0x2D || $0 == 0x5F }) else {
            throw .badValue(
                field: field,
                value: text,
                reason: "a code uses lower-case ASCII letters, digits, '-' and '_' and starts with a letter or digit"
            )
        }
        self.text = text
    }

    public var description: String { text }

    public static func < (lhs: Code, rhs: Code) -> Bool { lhs.text < rhs.text }
}
