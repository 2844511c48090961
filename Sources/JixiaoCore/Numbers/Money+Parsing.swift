extension Money {
    /// Reads an amount as the reports write it: `15万元`, `15万`, `506.48万元`,
    /// `150000元`, `1,234.50元`, `-3万`. ASCII spellings `wan` and `yuan` are accepted for scripts.
    ///
    /// A unit is required: tables are printed in 万元 while payments are often written in 元,
    /// and a bare `506.48` copied from a table is the slip the checker warns about, so the
    /// protocol makes the operator say which one is meant.
    /// - Parameter text: the amount with its unit.
    /// - Throws: ``DomainError/badMoney(_:reason:)`` naming what is wrong.
    public init(parsing text: String) throws(DomainError) {
        var body = Substring(text)
        let scale: Int
        if let stripped = Self.strip(body, suffixes: ["万元", "万", "wan"]) {
            body = stripped
            scale = 6
        } else if let stripped = Self.strip(body, suffixes: ["元", "yuan"]) {
            body = stripped
            scale = 2
        } else {
            throw .badMoney(text, reason: "an amount needs a unit: 元 or 万元 (e.g. 15万元, 150000元)")
        }
        self.init(fen: try Self.parseDecimal(body, scale: scale, original: text))
    }

    private static func strip(_ text: Substring, suffixes: [String]) -> Substring? {
        for suffix in suffixes where text.hasSuffix(suffix) {
            return text.dropLast(suffix.count)
        }
        return nil
    }

    /// Parses `[-]digits[.digits]` (thousands commas allowed in the whole part) as a count
    /// of units of `10^-scale` of the written unit, i.e. of 分.
    private static func parseDecimal(_ text: Substring, scale: Int, original: String) throws(DomainError) -> Int64 {
        var digits = text
        var negative = false
        if digits.first == "-" {
            negative = true
            digits = digits.dropFirst()
        } else if digits.first == "+" {
            digits = digits.dropFirst()
        }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0].filter { $0 != "," }
        let fraction = parts.count > 1 ? parts[1] : ""
        guard !whole.isEmpty || !fraction.isEmpty,
            whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit)
        else { throw .badMoney(original, reason: "not a number") }
        guard fraction.count <= scale else {
            throw .badMoney(original, reason: "more precise than 1 分")
        }
        let padded = String(whole) + fraction + String(repeating: "0", count: scale - fraction.count)
        guard padded.count <= 18, let value = Int64(padded) else {
            throw .badMoney(original, reason: "too large")
        }
        return negative ? -value : value
    }
}

extension Character {
    /// Whether this is one of the ten ASCII digits (not any Unicode numeral).
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
