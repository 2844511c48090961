public import JixiaoWebAccounts

/// A logged-in person on one request: their session, account, and jixiaod as they see it.
public struct Visitor: Sendable {
    /// The session.
    public var session: SessionTable.Entry
    /// The account.
    public var account: WebAccount
    /// jixiaod, as the account's Unix user.
    public var daemon: DaemonUser
    /// The role jixiaod gives them now (asked on each page).
    public var role: WebRole = .none

    /// The frame's view of them.
    var person: Layout.Person {
        Layout.Person(
            name: account.displayName.isEmpty ? account.name : account.displayName,
            role: role,
            csrfToken: session.csrfToken
        )
    }
}
