public import JixiaoCore

/// A refusal to send back as `ERR <code> <message>`.
///
/// Every error a request can meet is turned into one of these, so that the reply is always
/// one well-formed line and the connection stays usable.
public struct ProtocolError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The stable code.
    public let code: ErrorCode
    /// A one-line explanation for a person.
    public let message: String

    /// Creates an error.
    public init(_ code: ErrorCode, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code.rawValue) \(message)" }

    /// The protocol error for a domain refusal.
    public init(_ error: DomainError) {
        let code: ErrorCode =
            switch error {
            case .badMoney: .badMoney
            case .badValue: .badValue
            case .notFound: .notFound
            case .exists: .exists
            case .notEmpty: .notEmpty
            case .overflow: .outOfRange
            case .ruleSetNotFound: .notFound
            case .ruleSetExists: .exists
            case .ruleSetInUse: .notEmpty
            }
        self.init(code, error.description)
    }
}

/// Shortens and escapes text from a request before it is echoed in an error, so that a
/// hostile line cannot make a reply long or break its framing.
public func excerpt(_ text: some StringProtocol, limit: Int = 64) -> String {
    var result = ""
    for character in text.prefix(limit) {
        for scalar in character.unicodeScalars {
            if scalar.properties.generalCategory == .control {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
    }
    return text.count > limit ? result + "…" : result
}
