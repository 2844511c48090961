import CSystemd

#if canImport(Glibc)
import Glibc
#endif

/// Socket activation (`sd_listen_fds(3)`): the listening socket systemd created from
/// `jixiao.socket` and passed as file descriptor 3.
///
/// Adopting it instead of binding means the socket exists, with the group and mode the unit
/// gives it, before the daemon starts, and connections made while the daemon restarts wait
/// in its queue instead of failing.
public enum SocketActivation {
    /// A listening socket passed by the service manager.
    public struct Listener: Sendable, Equatable {
        /// The file descriptor (3 when systemd passes one socket).
        public var descriptor: Int32
        /// The path it is bound to, for logs; `nil` for an unnamed or abstract socket.
        public var path: String?
    }

    /// Why an inherited socket cannot be served on.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// `LISTEN_FDS` passed a number of sockets other than one.
        case unexpectedCount(Int)
        /// The passed descriptor is not a listening Unix stream socket.
        case notAUnixStreamListener(descriptor: Int32)
        /// `sd_listen_fds` failed with this errno.
        case system(errno: Int32)

        public var description: String {
            switch self {
            case .unexpectedCount(let count):
                "systemd passed \(count) sockets (LISTEN_FDS); jixiaod serves on exactly one: check ListenStream= in jixiao.socket"
            case .notAUnixStreamListener(let descriptor):
                "the socket systemd passed (fd \(descriptor)) is not a listening Unix stream socket: jixiao.socket needs ListenStream=/path"
            case .system(let errno):
                "reading the sockets systemd passed failed (errno \(errno))"
            }
        }
    }

    /// The socket systemd passed, or `nil` when the daemon was not socket-activated.
    ///
    /// The `LISTEN_*` variables are removed from the environment so that nothing the daemon
    /// might start later believes it was activated too.
    /// - Throws: ``Failure`` when systemd passed something jixiaod cannot serve on; starting
    ///   anyway would leave the unit's socket unanswered.
    public static func inheritedListener() throws(Failure) -> Listener? {
        let count = sd_listen_fds(1)
        if count < 0 { throw .system(errno: -count) }
        if count == 0 { return nil }
        guard count == 1 else { throw .unexpectedCount(Int(count)) }
        let descriptor = SD_LISTEN_FDS_START
        guard sd_is_socket_unix(descriptor, Int32(SOCK_STREAM.rawValue), 1, nil, 0) > 0 else {
            throw .notAUnixStreamListener(descriptor: descriptor)
        }
        return Listener(descriptor: descriptor, path: boundPath(descriptor))
    }

    /// The filesystem path a Unix socket is bound to (`getsockname`).
    static func boundPath(_ descriptor: Int32) -> String? {
        var address = sockaddr_un()
        var length = socklen_t(MemoryLayout<sockaddr_un>.size)
        let result = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard result == 0 else { return nil }
        let path = withUnsafeBytes(of: address.sun_path) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        return path.isEmpty ? nil : path
    }
}
