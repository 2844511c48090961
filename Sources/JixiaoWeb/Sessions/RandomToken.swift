/// Unguessable tokens: 32 bytes from the system's cryptographic generator (`getrandom` on
/// Linux, through `SystemRandomNumberGenerator`), in lower-case hex.
public enum RandomToken {
    /// A new token of 64 hex digits.
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        var text = ""
        text.reserveCapacity(64)
        for _ in 0..<4 {
            let word = generator.next()
            let hex = String(word, radix: 16)
            text += String(repeating: "0", count: 16 - hex.count) + hex
        }
        return text
    }

    /// Compares two tokens in time that does not depend on where they differ.
    public static func matches(_ given: String, _ expected: String) -> Bool {
        let a = Array(given.utf8)
        let b = Array(expected.utf8)
        guard a.count == b.count, !b.isEmpty else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
