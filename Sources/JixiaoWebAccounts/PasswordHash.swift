import HummingbirdBcrypt

/// Passwords as bcrypt hashes (hummingbird-auth's `HummingbirdBcrypt`, the OpenBSD
/// implementation).
///
/// bcrypt is slow on purpose; callers in a server run it off their event loops. A login for
/// an unknown account is checked against a fixed hash, so it costs the same as a wrong
/// password and does not tell which accounts exist.
public enum PasswordHash {
    /// The work factor: 2^12 rounds (about a quarter of a second on one core here).
    public static let cost: UInt8 = 12
    /// The fewest characters a password may have.
    public static let shortestPassword = 8
    /// bcrypt reads at most 72 bytes; a longer password would be cut short silently.
    public static let longestPasswordBytes = 72

    /// A hash of a password, with a new random salt.
    /// - Throws: ``WebAccountsError/badValue(_:)`` for a password too short or too long.
    public static func make(_ password: String, cost: UInt8 = cost) throws(WebAccountsError) -> String {
        try check(password)
        return Bcrypt.hash(password, cost: cost)
    }

    /// Whether a password matches a hash.
    public static func verify(_ password: String, against hash: String) -> Bool {
        guard password.utf8.count <= longestPasswordBytes, !password.utf8.contains(0) else { return false }
        return Bcrypt.verify(password, hash: hash)
    }

    /// Spends the time of a verification without one (an unknown account).
    public static func verifyNothing(_ password: String) {
        _ = Bcrypt.verify(password, hash: decoy)
    }

    /// Checks a new password's length.
    /// - Throws: ``WebAccountsError/badValue(_:)``, in Chinese (the person typing reads it).
    public static func check(_ password: String) throws(WebAccountsError) {
        guard password.count >= shortestPassword else {
            throw .badValue("密码至少\(shortestPassword)个字符 (a password has at least \(shortestPassword) characters)")
        }
        guard password.utf8.count <= longestPasswordBytes, !password.utf8.contains(0) else {
            throw .badValue(
                "密码最长\(longestPasswordBytes)字节 (a password has at most \(longestPasswordBytes) bytes)"
            )
        }
    }

    /// A hash of a random password nobody knows, at the same cost.
    private static let decoy = "$2b$12$C6UzMDM.H6dfI/f/IKxGhuP3R8KXkmCXbsD4/1LeJHxMPm3SCOs6."
}
