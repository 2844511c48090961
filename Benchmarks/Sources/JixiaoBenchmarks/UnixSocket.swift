#if canImport(Glibc)
import Glibc
#endif

/// Blocking Unix stream sockets with plain system calls: the harness's own client, so that
/// Jixiao and Redis are driven by the same code and the generator costs little.
enum UnixSocket {
    /// A connected socket to `path`.
    static func connect(_ path: String) throws(BenchmarkError) -> Int32 {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw BenchmarkError("socket: errno \(errno)") }
        var address = address(path)
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            close(descriptor)
            throw BenchmarkError("connect \(path): errno \(code)")
        }
        return descriptor
    }

    /// A listening socket bound to `path`.
    static func listen(_ path: String) throws(BenchmarkError) -> Int32 {
        unlink(path)
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw BenchmarkError("socket: errno \(errno)") }
        var address = address(path)
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0, Glibc.listen(descriptor, 64) == 0 else {
            close(descriptor)
            throw BenchmarkError("bind \(path): errno \(errno)")
        }
        return descriptor
    }

    private static func address(_ path: String) -> sockaddr_un {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes.prefix(raw.count - 1))
            raw[min(bytes.count, raw.count - 1)] = 0
        }
        return address
    }

    /// Writes all of `bytes`.
    static func sendAll(_ descriptor: Int32, _ bytes: [UInt8]) throws(BenchmarkError) {
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                send(descriptor, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw BenchmarkError("send: errno \(errno)")
            }
            sent += count
        }
    }
}
