/// Why the domain refused a change or a value. Each case maps to one stable protocol
/// error code, so the cases are kept few and specific.
public enum DomainError: Error, Sendable, Equatable {
    /// A money amount could not be read.
    case badMoney(String, reason: String)
    /// Some other value (a code, a year, a name) is not acceptable.
    case badValue(field: String, value: String, reason: String)
    /// The object addressed does not exist.
    case notFound(ObjectKey)
    /// An object with this key exists already.
    case exists(ObjectKey)
    /// The object still holds others and cannot be deleted.
    case notEmpty(ObjectKey, holding: String)
    /// A sum left the range of 64-bit 分 (about 92 trillion 元).
    case overflow
    /// No scoring rule set has this name.
    case ruleSetNotFound(String)
    /// A scoring rule set with this name exists already.
    case ruleSetExists(String)
    /// The rule set is picked by unit-years and cannot be deleted.
    case ruleSetInUse(String, years: [String])
}

extension DomainError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .badMoney(let text, let reason): "bad amount '\(text)': \(reason)"
        case .badValue(let field, let value, let reason): "bad \(field) '\(value)': \(reason)"
        case .notFound(let key): "\(key.kind) \(key) not found"
        case .exists(let key): "\(key.kind) \(key) exists already"
        case .notEmpty(let key, let holding): "\(key.kind) \(key) still holds \(holding); delete those first"
        case .overflow: "amount out of range"
        case .ruleSetNotFound(let name): "rule set \(name) not found; RULESET LIST shows them"
        case .ruleSetExists(let name): "rule set \(name) exists already"
        case .ruleSetInUse(let name, let years):
            "rule set \(name) is used by \(years.joined(separator: ", ")); pick another for those years first"
        }
    }
}
