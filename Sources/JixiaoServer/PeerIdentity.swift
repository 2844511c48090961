#if canImport(Glibc)
import Glibc
#endif

/// Who is at the other end of a connection, from the kernel (SO_PEERCRED): it cannot
/// be forged by the client, so it is what the journal records as the author.
public struct PeerIdentity: Sendable, Equatable {
    /// The peer process's user id.
    public var uid: UInt32
    /// The peer process's primary group id.
    public var gid: UInt32
    /// The peer process's id.
    public var pid: Int32
    /// The user name for `uid`, or `uid:<n>` when the system has none.
    public var userName: String
    /// The user's groups (from the group database, `getgrouplist`), which decide the role.
    public var groups: [UInt32]

    /// Creates an identity.
    public init(uid: UInt32, gid: UInt32, pid: Int32, userName: String, groups: [UInt32] = []) {
        self.uid = uid
        self.gid = gid
        self.pid = pid
        self.userName = userName
        self.groups = groups
    }

    /// The identity of this process (for changes the daemon makes itself, such as loading
    /// example data).
    public static func current() -> PeerIdentity {
        PeerIdentity(uid: getuid(), gid: getgid(), pid: getpid(), userName: userName(for: getuid()))
    }

    /// Resolves a user name with `getpwuid_r`.
    public static func userName(for uid: UInt32) -> String {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>? = nil
        var buffer = [CChar](repeating: 0, count: 4096)
        let status = getpwuid_r(uid, &entry, &buffer, buffer.count, &result)
        guard status == 0, result != nil, let name = entry.pw_name else { return "uid:\(uid)" }
        return String(cString: name)
    }

    /// The groups of a user (its primary group included), with `getgrouplist`; just
    /// `gid` when the user has no name.
    public static func groups(of userName: String, gid: UInt32) -> [UInt32] {
        var count: Int32 = 64
        var groups = [gid_t](repeating: 0, count: Int(count))
        if getgrouplist(userName, gid, &groups, &count) < 0 {
            groups = [gid_t](repeating: 0, count: Int(count))
            guard getgrouplist(userName, gid, &groups, &count) >= 0 else { return [gid] }
        }
        return Array(groups.prefix(Int(count)))
    }
}

/// The kernel's `struct ucred` (pid, uid, gid), which Glibc's Swift module does not
/// export without `_GNU_SOURCE`. Same layout: three 32-bit fields.
struct UCred: Sendable {
    var pid: Int32 = 0
    var uid: UInt32 = 0
    var gid: UInt32 = 0
}
