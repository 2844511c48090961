#if canImport(Glibc)
import Glibc
#endif

extension PeerIdentity {
    /// The identity of the Unix user `name` (`getpwnam_r`, then `getgrouplist`), as if that
    /// user had connected; `nil` when the system has no such user. The pid is the proxy's.
    /// - Parameters:
    ///   - name: the user name.
    ///   - pid: the process that asked (the proxy).
    static func named(_ name: String, pid: Int32) -> PeerIdentity? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>? = nil
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwnam_r(name, &entry, &buffer, buffer.count, &result) == 0, result != nil else { return nil }
        let uid = entry.pw_uid
        let gid = entry.pw_gid
        return PeerIdentity(uid: uid, gid: gid, pid: pid, userName: name, groups: groups(of: name, gid: gid))
    }
}
