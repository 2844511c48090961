/// A person who logs in to jixiao-web, and the Unix user they act as towards jixiaod.
///
/// The Unix user's groups give the role, exactly as on the socket: the web account only
/// says who the person is. Several accounts may map to one Unix user (each then shows in the
/// journal as that user); one account maps to one user.
public struct WebAccount: Sendable, Equatable {
    /// The login name: lower-case ASCII letters, digits, `.`, `_`, `-`; 1 to 32, starting
    /// with a letter or digit.
    public var name: String
    /// The Unix user jixiaod sees (`AS <user>`).
    public var unixUser: String
    /// The password's bcrypt hash (`$2b$12$…`).
    public var passwordHash: String
    /// The name shown on the pages (张会计); may be empty.
    public var displayName: String

    /// Creates an account.
    public init(name: String, unixUser: String, passwordHash: String, displayName: String = "") {
        self.name = name
        self.unixUser = unixUser
        self.passwordHash = passwordHash
        self.displayName = displayName
    }

    /// The longest login name.
    public static let longestName = 32

    /// Whether a text is a well-formed login name.
    public static func isName(_ text: some StringProtocol) -> Bool {
        guard let first = text.utf8.first, text.utf8.count <= longestName else { return false }
        let isLowerOrDigit: (UInt8) -> Bool = { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) }
        return isLowerOrDigit(first)
            && text.utf8.allSatisfy {
                isLowerOrDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
            }
    }
}
