#if canImport(Glibc)
import Glibc
#endif

/// A claim on a state directory's path that outlives the directory: an abstract Unix socket
/// (Linux; no file) named after the path, bound while the daemon runs and released by the
/// kernel when it exits.
///
/// The `flock` on `<state>/lock` ends with the directory: with the whole state directory
/// removed under a running daemon, a second daemon would create a fresh one and lock it. The
/// claim is on the name, so that second daemon is refused while the first still runs.
struct StatePathClaim: ~Copyable {
    private let descriptor: Int32

    /// Claims `path` (made absolute by the caller).
    /// - Throws: ``JournalError/locked(path:)`` when another process holds the claim.
    init(path: String) throws(JournalError) {
        descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw .io(operation: "socket", path: path, errno: errno) }
        var name = Array("jixiaod-state:\(path)".utf8)
        if name.count > 100 { name = Array("jixiaod-state:crc=\(CRC32C.checksum(path.utf8)):\(path.utf8.count)".utf8) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw[0] = 0  // abstract namespace
            for (index, byte) in name.enumerated() { raw[index + 1] = byte }
        }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + 1 + name.count)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard bound == 0 else {
            let code = errno
            Glibc.close(descriptor)
            if code == EADDRINUSE { throw .locked(path: path) }
            throw .io(operation: "bind", path: path, errno: code)
        }
    }

    deinit { Glibc.close(descriptor) }
}
