/// The sessions and the login throttle, shared by every request (an actor around
/// ``SessionTable`` and ``LoginThrottle``, which hold the logic).
public actor SessionStore {
    private var table: SessionTable
    private var throttle: LoginThrottle

    /// Creates a store.
    public init(table: SessionTable = SessionTable(), throttle: LoginThrottle = LoginThrottle()) {
        self.table = table
        self.throttle = throttle
    }

    /// See ``SessionTable/open(account:unixUser:passwordHash:now:)``.
    public func open(account: String, unixUser: String, passwordHash: String) -> SessionTable.Entry {
        table.expire(now: .now)
        return table.open(account: account, unixUser: unixUser, passwordHash: passwordHash, now: .now)
    }

    /// See ``SessionTable/use(_:now:)``.
    public func use(_ id: String) -> SessionTable.Entry? { table.use(id, now: .now) }

    /// See ``SessionTable/close(_:)``.
    public func close(_ id: String) { table.close(id) }

    /// See ``SessionTable/setFlash(_:for:)``.
    public func setFlash(_ flash: Flash?, for id: String) { table.setFlash(flash, for: id) }

    /// See ``SessionTable/takeFlash(for:)``.
    public func takeFlash(for id: String) -> Flash? { table.takeFlash(for: id) }

    /// See ``LoginThrottle/refusal(account:address:now:)``.
    public func loginRefusal(account: String, address: String) -> Duration? {
        throttle.refusal(account: account, address: address, now: .now)
    }

    /// See ``LoginThrottle/fail(account:address:now:)``.
    public func loginFailed(account: String, address: String) {
        throttle.fail(account: account, address: address, now: .now)
    }

    /// See ``LoginThrottle/succeed(account:)``.
    public func loginSucceeded(account: String) { throttle.succeed(account: account) }
}
