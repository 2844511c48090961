import JixiaoCore
import Testing

@Suite struct CodeTests {
    static let lengthReason = "a code has 1 to 64 characters"
    static let charsetReason =
        "a code uses lower-case ASCII letters, digits, '-' and '_' and starts with a letter or digit"

    @Test(arguments: [
        "hongjiang", "jicha-2024", "a", "0", "9lives", "a_b", "a-", "a_", "x-1_y-2",
        String(repeating: "z", count: 64),
    ])
    func validCodeKeepsItsText(text: String) throws {
        let code = try Code(text)
        #expect(code.text == text)
        #expect(code.description == text)
    }

    @Test(arguments: ["", String(repeating: "z", count: 65)])
    func codeOfWrongLengthIsRefused(text: String) {
        #expect(throws: DomainError.badValue(field: "code", value: text, reason: Self.lengthReason)) {
            try Code(text)
        }
    }

    @Test(arguments: [
        "Hongjiang", "HONG", "-abc", "_abc", "a b", "a.b", "a/b", "洪江", "hongjiang市", "a\tb", "a\nb", "é", "a=b",
        "\"a\"", "#a", "a+b",
    ])
    func codeWithDisallowedCharactersIsRefused(text: String) {
        #expect(throws: DomainError.badValue(field: "code", value: text, reason: Self.charsetReason)) {
            try Code(text)
        }
    }

    @Test func multiByteCharactersCountAsBytesForTheLengthLimit() {
        // 22 × 3 bytes = 66 bytes: the length rule applies before the charset rule.
        let text = String(repeating: "洪", count: 22)
        #expect(throws: DomainError.badValue(field: "code", value: text, reason: Self.lengthReason)) {
            try Code(text)
        }
    }

    @Test func errorNamesTheFieldItWasGiven() {
        #expect(throws: DomainError.badValue(field: "unit", value: "Bad", reason: Self.charsetReason)) {
            try Code("Bad", field: "unit")
        }
        #expect(throws: DomainError.badValue(field: "project", value: "", reason: Self.lengthReason)) {
            try Code("", field: "project")
        }
    }

    @Test func codesCompareByText() throws {
        #expect(try Code("a") < Code("b"))
        #expect(try Code("a-1") < Code("a_1"))
        #expect(try Code("hongjiang") == Code("hongjiang"))
        #expect(Code.maximumLength == 64)
    }
}
