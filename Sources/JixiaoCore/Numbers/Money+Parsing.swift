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
        switch stripByBytes(text, suffixes: suffixes) {
        case .stripped(let body): return body
        case .noUnit: return nil
        case .undecided:
            for suffix in suffixes where text.hasSuffix(suffix) {
                return text.dropLast(suffix.count)
            }
            return nil
        }
    }

    /// What comparing bytes says about the units.
    private enum ByteStrip {
        case stripped(Substring)
        /// No unit's bytes end the text: no character can end it either (no other text is
        /// canonically equivalent to 万, 元 or the ASCII letters of `wan`, `yuan`).
        case noUnit
        /// A unit's bytes end the text but a non-ASCII text precedes it, where a combining or
        /// prepended mark could make characters and bytes disagree: the character path decides.
        case undecided
    }

    /// `strip` by bytes for the usual amount, ASCII before the unit (`840.87万元`).
    private static func stripByBytes(_ text: Substring, suffixes: [String]) -> ByteStrip {
        let bytes = text.utf8
        for suffix in suffixes {
            let unit = suffix.utf8
            guard bytes.count >= unit.count, bytes.suffix(unit.count).elementsEqual(unit) else { continue }
            let end = bytes.index(bytes.endIndex, offsetBy: -unit.count)
            guard bytes[..<end].allSatisfy({ $0 < 0x80 }) else { return .undecided }
            return .stripped(text[..<end])
        }
        return .noUnit
    }

    /// Parses `[-]digits[.digits]` (thousands commas allowed in the whole part) as a count
    /// of units of `10^-scale` of the written unit, i.e. of 分.
    ///
    /// Reads the UTF-8 bytes once, without splitting, filtering or building a string: it
    /// was a tenth of journal replay in the profile. Only ASCII digits, `,` in the whole
    /// part and one `.` are accepted, as before.
    private static func parseDecimal(_ text: Substring, scale: Int, original: String) throws(DomainError) -> Int64 {
        var bytes = text.utf8[...]
        var negative = false
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes = bytes.dropFirst()
        } else if bytes.first == UInt8(ascii: "+") {
            bytes = bytes.dropFirst()
        }
        var value: Int64 = 0
        var wholeDigits = 0
        var fractionDigits = 0
        var inFraction = false
        var valid = true
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inFraction { fractionDigits += 1 } else { wholeDigits += 1 }
                // At most 18 digits are kept (checked below), so this cannot overflow
                // before the check refuses the amount.
                if wholeDigits + fractionDigits <= 18 { value = value * 10 + Int64(byte - UInt8(ascii: "0")) }
            case UInt8(ascii: ",") where !inFraction:
                continue
            case UInt8(ascii: ".") where !inFraction:
                inFraction = true
            default:
                valid = false
            }
        }
        guard valid, wholeDigits > 0 || fractionDigits > 0 else { throw .badMoney(original, reason: "not a number") }
        guard fractionDigits <= scale else {
            throw .badMoney(original, reason: "more precise than 1 分")
        }
        guard wholeDigits + scale <= 18 else {
            throw .badMoney(original, reason: "too large")
        }
        for _ in fractionDigits..<scale { value *= 10 }
        return negative ? -value : value
    }
}

extension Character {
    /// Whether this is one of the ten ASCII digits (not any Unicode numeral). Read from the
    /// ASCII value, not the Unicode numeric properties (a tenth of replay in the profile:
    /// every year and number of every record goes through here).
    var isASCIIDigit: Bool {
        guard let value = asciiValue else { return false }
        return value >= 0x30 && value <= 0x39
    }
}
