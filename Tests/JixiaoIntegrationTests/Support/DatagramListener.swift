import Foundation

/// A Unix datagram socket the tests bind and read: systemd's side of `NOTIFY_SOCKET`, or a
/// stand-in for journald's `/run/systemd/journal/socket`.
final class DatagramListener {
    let path: String
    private let descriptor: Int32

    /// One datagram and when it arrived.
    struct Datagram {
        var text: String
        var bytes: [UInt8]
        var arrived: ContinuousClock.Instant
    }

    /// Binds a new socket at `path`.
    init(path: String) throws {
        self.path = path
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        chmod(path, 0o666)
    }

    deinit {
        close(descriptor)
        unlink(path)
    }

    /// The next datagram, or `nil` when none comes within `timeout`.
    func receive(timeout: Duration) -> Datagram? {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(
            timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000
        )
        guard poll(&poller, 1, max(0, milliseconds)) == 1 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 256 * 1024)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        guard count >= 0 else { return nil }
        let bytes = Array(buffer[..<count])
        return Datagram(text: String(decoding: bytes, as: UTF8.self), bytes: bytes, arrived: .now)
    }

    /// Every datagram until `deadline`.
    func receiveAll(until deadline: ContinuousClock.Instant) -> [Datagram] {
        var received: [Datagram] = []
        while case let remaining = deadline - .now, remaining > .zero {
            if let datagram = receive(timeout: remaining) { received.append(datagram) }
        }
        return received
    }

    /// Datagrams until one satisfies `condition` (included), or `nil` at `timeout`.
    func receive(
        until condition: (Datagram) -> Bool,
        timeout: Duration,
        into received: inout [Datagram]
    ) -> Datagram? {
        let deadline = ContinuousClock.now + timeout
        while case let remaining = deadline - .now, remaining > .zero {
            guard let datagram = receive(timeout: remaining) else { return nil }
            received.append(datagram)
            if condition(datagram) { return datagram }
        }
        return nil
    }
}
