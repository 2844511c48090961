import JixiaoProtocol

/// The web accounts, as the accounts file holds them: one account a line,
///
///     # name:unix_user:bcrypt hash:display name
///     olga:olga:$2b$12$Q0W3…:张会计
///
/// Blank lines and `#` lines are comments (kept only as the file's heading when written
/// back). The display name is the rest of the line and may hold colons. A bad line is an
/// error naming its number: a typo must not lock a person out silently, nor let one in.
public struct WebAccounts: Sendable, Equatable {
    /// The accounts, in the file's order.
    public private(set) var accounts: [WebAccount]

    /// The heading written at the top of the file.
    public static let heading = """
        # jixiao-web accounts (jixiao web-user add|list|passwd|delete). One a line:
        #   name:unix_user:bcrypt hash:display name
        # The Unix user's groups give the role (jixiao-read, jixiao-operator, jixiao-admin).
        """

    /// Creates a set of accounts.
    public init(_ accounts: [WebAccount] = []) {
        self.accounts = accounts
    }

    /// Reads a file's text.
    /// - Throws: ``WebAccountsError/badLine(_:_:)`` at the first bad line,
    ///   ``WebAccountsError/duplicate(_:)`` for a name given twice.
    public init(parsing text: String) throws(WebAccountsError) {
        var accounts: [WebAccount] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.first == "#" { continue }
            let fields = line.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count >= 3, WebAccount.isName(fields[0]), ProxiedRequest.isUserName(fields[1]),
                fields[2].hasPrefix("$2"), fields[2].utf8.count == 60
            else {
                throw .badLine(index + 1, "expected name:unix_user:bcrypt hash[:display name]")
            }
            let name = String(fields[0])
            guard !accounts.contains(where: { $0.name == name }) else { throw .duplicate(name) }
            accounts.append(
                WebAccount(
                    name: name,
                    unixUser: String(fields[1]),
                    passwordHash: String(fields[2]),
                    displayName: fields.count > 3 ? String(fields[3]) : ""
                )
            )
        }
        self.accounts = accounts
    }

    /// The file's text.
    public var text: String {
        var text = Self.heading + "\n"
        for account in accounts {
            text += "\(account.name):\(account.unixUser):\(account.passwordHash)"
            if !account.displayName.isEmpty { text += ":\(account.displayName)" }
            text += "\n"
        }
        return text
    }

    /// The account called `name` (login names are compared in lower case).
    public func account(named name: String) -> WebAccount? {
        let key = name.lowercased()
        return accounts.first { $0.name == key }
    }

    /// Adds an account.
    /// - Throws: ``WebAccountsError/exists(_:)``.
    public mutating func add(_ account: WebAccount) throws(WebAccountsError) {
        guard self.account(named: account.name) == nil else { throw .exists(account.name) }
        accounts.append(account)
    }

    /// Replaces an account's password hash.
    /// - Throws: ``WebAccountsError/notFound(_:)``.
    public mutating func setPasswordHash(_ hash: String, of name: String) throws(WebAccountsError) {
        guard let index = accounts.firstIndex(where: { $0.name == name.lowercased() }) else { throw .notFound(name) }
        accounts[index].passwordHash = hash
    }

    /// Removes an account.
    /// - Throws: ``WebAccountsError/notFound(_:)``.
    public mutating func remove(_ name: String) throws(WebAccountsError) {
        guard let index = accounts.firstIndex(where: { $0.name == name.lowercased() }) else { throw .notFound(name) }
        accounts.remove(at: index)
    }
}

/// What is wrong with an accounts file or a change to it.
public enum WebAccountsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A line that is not an account (1-based number, what was expected).
    case badLine(Int, String)
    /// A name given twice.
    case duplicate(String)
    /// An account that exists already.
    case exists(String)
    /// No such account.
    case notFound(String)
    /// A name, Unix user or password that is not acceptable.
    case badValue(String)
    /// The file could not be read or written.
    case file(path: String, reason: String)

    public var description: String {
        switch self {
        case .badLine(let line, let expected): "line \(line): \(expected)"
        case .duplicate(let name): "the account \(name) is given twice"
        case .exists(let name): "the account \(name) exists already"
        case .notFound(let name): "no account \(name)"
        case .badValue(let reason): reason
        case .file(let path, let reason): "\(path): \(reason)"
        }
    }
}
