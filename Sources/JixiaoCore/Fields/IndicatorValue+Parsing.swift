extension IndicatorValue {
    /// Reads a value as reports write it. Anything that is not a number form is kept as a
    /// qualitative description, so parsing never fails on a non-empty text.
    /// - Throws: ``DomainError/badValue(field:value:reason:)`` for an empty text.
    public init(parsing raw: String, field: String = "value") throws(DomainError) {
        // Targets and qualitative values repeat across rows: stored once (``SharedText``).
        let text = SharedText.shared(String(raw.trimmingBlanks()))
        guard !text.isEmpty else { throw .badValue(field: field, value: raw, reason: "a value cannot be empty") }
        guard !text.containsControlCharacter() else {
            throw .badValue(field: field, value: raw, reason: "a value may not contain control characters")
        }
        if let range = Self.parseRange(Substring(text)) {
            self.init(text: text, kind: range)
        } else if let quantity = Self.parseQuantity(Substring(text)) {
            self.init(text: text, kind: .quantity(quantity))
        } else {
            self.init(text: text, kind: .qualitative(text))
        }
    }

    private static let comparisonWords: [(String, Comparison)] = [
        (">=", .atLeast), ("≥", .atLeast), ("≧", .atLeast), ("＞=", .atLeast), ("不低于", .atLeast), ("不少于", .atLeast),
        ("大于等于", .atLeast), ("<=", .atMost), ("≤", .atMost), ("≦", .atMost), ("＜=", .atMost), ("不高于", .atMost),
        ("不超过", .atMost), ("不多于", .atMost), ("小于等于", .atMost), (">", .above), ("＞", .above), ("大于", .above),
        ("高于", .above), ("超过", .above), ("<", .below), ("＜", .below), ("小于", .below), ("低于", .below),
        ("=", .equal), ("＝", .equal), ("等于", .equal),
    ]

    static func parseQuantity(_ text: Substring) -> Quantity? {
        var rest = text
        var comparison: Comparison? = nil
        // A word is a prefix only if its first character is the text's: one comparison of
        // characters per word instead of a prefix search (most values start with a digit).
        let first = rest.first
        for (word, meaning) in comparisonWords where word.first == first && rest.hasPrefix(word) {
            comparison = meaning
            rest = rest.dropFirst(word.count).trimmingBlanks()
            break
        }
        var approximate = false
        for word in ["大约", "约"] where rest.hasPrefix(word) {
            approximate = true
            rest = rest.dropFirst(word.count).trimmingBlanks()
            break
        }
        let digits = rest.prefix { $0.isASCIIDigit || $0 == "." || $0 == "," || $0 == "-" || $0 == "+" }
        guard !digits.isEmpty, let number = ExactNumber(parsing: digits) else { return nil }
        rest = rest.dropFirst(digits.count).trimmingBlanks()
        for word in ["余", "多"] where rest.hasPrefix(word) {
            approximate = true
            rest = rest.dropFirst(word.count)
            break
        }
        var unit = rest.trimmingBlanks()
        for word in ["左右", "以上"] where unit.hasSuffix(word) {
            if word == "左右" { approximate = true } else if comparison == nil { comparison = .atLeast }
            unit = unit.dropLast(word.count).trimmingBlanks()
        }
        // A unit is a short word, not a sentence: "2次" is a quantity, "3个股室完成整改" is not.
        guard unit.count <= 6, !unit.contains(where: { $0.isASCIIDigit }) else { return nil }
        return Quantity(comparison: comparison, number: number, unit: String(unit), approximate: approximate)
    }

    private static let rangeSeparators = ["～", "~", "—", "–", "－", "至", "-"]

    /// Whether the bytes hold one of ``rangeSeparators`` (`~`, `-`, and the UTF-8 of ～ — – －
    /// 至). No other text is canonically equivalent to a separator, so without these bytes
    /// the character search cannot find one: most values are not ranges, and searching for
    /// seven separators by characters was a fifth of replaying a province's indicators.
    private static func mayHoldRangeSeparator(_ bytes: Substring.UTF8View) -> Bool {
        var secondLast: UInt8 = 0
        var last: UInt8 = 0
        for byte in bytes {
            if byte == 0x7E || byte == 0x2D { return true }
            switch (secondLast, last, byte) {
            case (0xE2, 0x80, 0x94), (0xE2, 0x80, 0x93), (0xEF, 0xBD, 0x9E), (0xEF, 0xBC, 0x8D), (0xE8, 0x87, 0xB3):
                return true
            default: break
            }
            secondLast = last
            last = byte
        }
        return false
    }

    static func parseRange(_ text: Substring) -> Kind? {
        guard mayHoldRangeSeparator(text.utf8) else { return nil }
        for separator in rangeSeparators {
            guard let split = text.firstRange(of: separator), split.lowerBound != text.startIndex else { continue }
            guard let low = parseQuantity(text[..<split.lowerBound]),
                let high = parseQuantity(text[split.upperBound...]),
                low.comparison == nil, high.comparison == nil, !low.approximate, !high.approximate,
                low.unit.isEmpty || low.unit == high.unit, low.number <= high.number
            else { continue }
            return .range(low: low.number, high: high.number, unit: high.unit)
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing blanks, including the ideographic space
    /// (U+3000) and no-break space that word-processor tables leave in cells.
    func trimmingBlanks() -> SubSequence {
        let isBlank: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{3000}" || $0 == "\u{00A0}" }
        guard let first = firstIndex(where: { !isBlank($0) }) else { return self[endIndex...] }
        let last = lastIndex(where: { !isBlank($0) })!
        return self[first...last]
    }
}
