#if canImport(Glibc)
import Glibc
#endif

/// Prepares the path the daemon listens on.
enum SocketPath {
    /// Makes sure `path` is free to bind: creates the parent folder if missing, refuses when
    /// another daemon answers there, and removes a stale socket file a dead daemon left.
    static func prepare(_ path: String) throws(ServerError) {
        let parent = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        if !parent.isEmpty, mkdir(parent, 0o755) != 0, errno != EEXIST {
            throw .system(operation: "mkdir", path: parent, errno: errno)
        }
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return }
            throw .system(operation: "lstat", path: path, errno: errno)
        }
        guard info.st_mode & S_IFMT == S_IFSOCK else { throw .notASocket(path: path) }
        if answers(path) { throw .alreadyRunning(socket: path) }
        if unlink(path) != 0, errno != ENOENT { throw .system(operation: "unlink", path: path, errno: errno) }
    }

    /// Whether something accepts connections on the socket at `path`.
    static func answers(_ path: String) -> Bool {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        return result == 0
    }

    /// Gives the socket file to a user and/or group (`--socket-owner`, `--socket-group`),
    /// by name or number.
    /// - Throws: ``ServerError`` for an unknown name or a failed `chown`.
    static func setOwner(_ path: String, owner: String?, group: String?) throws(ServerError) {
        guard owner != nil || group != nil else { return }
        var uid = uid_t.max  // -1: leave as is
        var gid = gid_t.max
        if let owner {
            guard let found = UInt32(owner) ?? userID(named: owner) else {
                throw .configuration("--socket-owner: no user '\(owner)'")
            }
            uid = found
        }
        if let group {
            guard let found = UInt32(group) ?? AccessPolicy.groupID(named: group) else {
                throw .configuration("--socket-group: no group '\(group)'")
            }
            gid = found
        }
        if chown(path, uid, gid) != 0 { throw .system(operation: "chown", path: path, errno: errno) }
    }

    private static func userID(named name: String) -> UInt32? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>? = nil
        var buffer = [CChar](repeating: 0, count: 16 * 1024)
        guard getpwnam_r(name, &entry, &buffer, buffer.count, &result) == 0, result != nil else { return nil }
        return entry.pw_uid
    }

    /// Sets the socket file's permission bits.
    static func setMode(_ path: String, _ mode: mode_t) throws(ServerError) {
        if chmod(path, mode) != 0 { throw .system(operation: "chmod", path: path, errno: errno) }
    }
}
