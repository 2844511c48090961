/// `AS <user> <request>`: a request that a trusted proxy (jixiao-web) makes on behalf of a
/// person it has authenticated, who is the Unix user `user`.
///
///     AS olga PAYMENT ADD hongjiang 2024 jicha date=2024-03-05 amount=12000元
///
/// The daemon takes it only from the Unix users its `trusted_proxies` key names; from
/// them, the request runs with `user`'s role (from `user`'s groups, exactly as if `user` had
/// connected) and the journal records `user@proxy` as its author. The prefix goes first,
/// before `AT` and `IF REV=n`, and a request carries at most one. The user name is checked
/// here for its form only (letters, digits, `.`, `_`, `-`; 1 to 32, not starting with `-`);
/// whether the system has such a user is the daemon's business.
public struct ProxiedRequest: Sendable, Equatable {
    /// The Unix user the request is made for.
    public var user: String
    /// The request line after the prefix.
    public var request: String

    /// The prefix word.
    public static let word = "AS"
    /// The longest user name accepted (useradd's limit).
    public static let longestUserName = 32

    /// Creates a proxied request.
    public init(user: String, request: String) {
        self.user = user
        self.request = request
    }

    /// The line that makes `request` as `user`.
    public var line: String { "\(Self.word) \(user) \(request)" }

    /// Splits a line that starts with `AS`; `nil` for any other line.
    /// - Throws: ``ProtocolError`` (`ARITY`, `BAD_VALUE`) for an `AS` without a well-formed
    ///   user name and a request after it, or with a second `AS`.
    public static func split(_ line: String) throws(ProtocolError) -> ProxiedRequest? {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        let trimmed = line.drop(while: isBlank)
        let first = trimmed.prefix { !isBlank($0) }
        guard first.uppercased() == word else { return nil }
        let afterWord = trimmed.dropFirst(first.count).drop(while: isBlank)
        let user = afterWord.prefix { !isBlank($0) }
        let request = afterWord.dropFirst(user.count).drop(while: isBlank)
        guard !user.isEmpty, !request.isEmpty, request.first != "#" else {
            throw ProtocolError(.arity, "usage: AS <user> <request>")
        }
        guard isUserName(user) else {
            throw ProtocolError(.badValue, "AS takes a Unix user name, not '\(excerpt(String(user)))'")
        }
        let inner = request.prefix { !isBlank($0) }
        guard inner.uppercased() != word else {
            throw ProtocolError(.badArgument, "a request takes one AS prefix, not two")
        }
        return ProxiedRequest(user: String(user), request: String(request))
    }

    /// Whether a word has the form of a Unix user name.
    public static func isUserName(_ text: Substring) -> Bool {
        guard !text.isEmpty, text.utf8.count <= longestUserName, text.first != "-" else { return false }
        return text.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
    }
}
