/// Rules for the free-text names of units and projects (洪江市医疗保障局).
public enum Name {
    /// The longest name accepted, in characters.
    public static let maximumLength = 200

    /// Checks a name: non-empty, at most ``maximumLength`` characters, no control characters.
    /// - Throws: ``DomainError/badValue(field:value:reason:)``.
    public static func validate(_ name: String, field: String = "name") throws(DomainError) {
        guard !name.isEmpty, name.hasAtMost(maximumLength) else {
            throw .badValue(field: field, value: name, reason: "a name has 1 to \(maximumLength) characters")
        }
        guard !name.containsControlCharacter() else {
            throw .badValue(field: field, value: name, reason: "a name may not contain control characters")
        }
    }
}
