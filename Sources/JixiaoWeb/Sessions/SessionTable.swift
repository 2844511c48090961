/// The logged-in sessions, as a value: who each session id belongs to, its CSRF token, and
/// when it ends.
///
/// Sessions live in jixiao-web's memory only (no database): a restart logs everyone out.
/// A session ends after `idleLimit` without a request, after `absoluteLimit` in all, at
/// logout, and when its account's password or Unix user changes or the account is deleted
/// (checked on each request against the accounts file). Ids and tokens are 256 random bits
/// from the system's generator (`getrandom`).
public struct SessionTable: Sendable {
    /// One session.
    public struct Entry: Sendable, Equatable {
        /// The cookie's value.
        public var id: String
        /// The token every form of this session carries.
        public var csrfToken: String
        /// The account's login name.
        public var account: String
        /// The Unix user it acted as when it logged in.
        public var unixUser: String
        /// The password hash it logged in with (a change ends the session).
        public var passwordHash: String
        /// When it was opened.
        public var opened: ContinuousClock.Instant
        /// When it was last used.
        public var lastSeen: ContinuousClock.Instant
        /// What the next page shows once (the result of a change).
        public var flash: Flash?
    }

    /// How long a session may go unused.
    public var idleLimit: Duration
    /// How long a session may last.
    public var absoluteLimit: Duration
    /// The most sessions kept; the least recently used goes first.
    public var capacity: Int

    private var entries: [String: Entry] = [:]

    /// Creates an empty table.
    public init(
        idleLimit: Duration = .seconds(2 * 3600),
        absoluteLimit: Duration = .seconds(12 * 3600),
        capacity: Int = 10_000
    ) {
        self.idleLimit = idleLimit
        self.absoluteLimit = absoluteLimit
        self.capacity = capacity
    }

    /// How many sessions are open.
    public var count: Int { entries.count }

    /// Opens a session for an account that just logged in.
    public mutating func open(
        account: String,
        unixUser: String,
        passwordHash: String,
        now: ContinuousClock.Instant
    ) -> Entry {
        if entries.count >= capacity, let oldest = entries.values.min(by: { $0.lastSeen < $1.lastSeen }) {
            entries[oldest.id] = nil
        }
        let entry = Entry(
            id: RandomToken.make(),
            csrfToken: RandomToken.make(),
            account: account,
            unixUser: unixUser,
            passwordHash: passwordHash,
            opened: now,
            lastSeen: now,
            flash: nil
        )
        entries[entry.id] = entry
        return entry
    }

    /// The session with this id, if it is still open; marks it used.
    public mutating func use(_ id: String, now: ContinuousClock.Instant) -> Entry? {
        guard var entry = entries[id] else { return nil }
        guard now - entry.lastSeen <= idleLimit, now - entry.opened <= absoluteLimit else {
            entries[id] = nil
            return nil
        }
        entry.lastSeen = now
        entries[id] = entry
        return entry
    }

    /// Ends a session.
    public mutating func close(_ id: String) {
        entries[id] = nil
    }

    /// Keeps a message for the session's next page.
    public mutating func setFlash(_ flash: Flash?, for id: String) {
        entries[id]?.flash = flash
    }

    /// Takes the message kept for the session's next page.
    public mutating func takeFlash(for id: String) -> Flash? {
        let flash = entries[id]?.flash
        entries[id]?.flash = nil
        return flash
    }

    /// Ends the sessions that are past their limits.
    public mutating func expire(now: ContinuousClock.Instant) {
        entries = entries.filter { now - $0.value.lastSeen <= idleLimit && now - $0.value.opened <= absoluteLimit }
    }
}

/// What a page shows once after a change: the daemon's answer and the checker's findings
/// about what changed.
public struct Flash: Sendable, Equatable {
    /// Whether the change was made.
    public var succeeded: Bool
    /// The sentence shown.
    public var message: String
    /// The findings the reply carried (rows of `CHECK RUN`'s columns).
    public var findings: [[String: String]]

    /// Creates a message.
    public init(succeeded: Bool, message: String, findings: [[String: String]] = []) {
        self.succeeded = succeeded
        self.message = message
        self.findings = findings
    }
}
