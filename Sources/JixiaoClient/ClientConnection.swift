public import JixiaoProtocol

#if canImport(Glibc)
import Glibc
#endif

/// A blocking connection to jixiaod over its Unix socket.
///
/// Plain system calls and no Foundation: shell scripts start the client in loops, so its
/// start-up time is part of every operator's day.
public final class ClientConnection {
    /// The socket path.
    public let socketPath: String
    /// The row format this connection asked for.
    public private(set) var format: RowFormat = .tsv
    /// When set (`SEQ 1234`, `2024-06-30T18:00`), every request goes as `AT <asOf> …`: the
    /// daemon answers it from the state as it was then (`jixiao --at`).
    public var asOf: String?
    /// The longest wait, in seconds, for the daemon to take a request or to send the next
    /// part of a reply; `nil` waits for ever (a watch between events).
    public var timeout: Double? {
        didSet { Self.setTimeout(timeout, on: descriptor) }
    }
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var position = 0

    /// Connects to the daemon.
    /// - Parameters:
    ///   - socketPath: the daemon's socket.
    ///   - timeout: see ``timeout``; it bounds the connection too.
    /// - Throws: ``ClientError/unreachable(socket:reason:)``, ``ClientError/denied(socket:)``
    ///   or ``ClientError/timedOut(socket:seconds:)``.
    public init(socketPath: String, timeout: Double? = nil) throws(ClientError) {
        self.socketPath = socketPath
        self.timeout = timeout
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw .unreachable(socket: socketPath, reason: Self.errorText(errno)) }
        Self.setTimeout(timeout, on: descriptor)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(socketPath.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(descriptor)
            throw .unreachable(socket: socketPath, reason: "the path is too long for a Unix socket")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            close(descriptor)
            if code == EACCES || code == EPERM { throw .denied(socket: socketPath) }
            if code == EAGAIN || code == EINPROGRESS, let timeout {
                throw .timedOut(socket: socketPath, seconds: timeout)
            }
            throw .unreachable(socket: socketPath, reason: Self.errorText(code))
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Sends one request line and reads its reply.
    /// - Throws: ``ClientError``; ``ClientError/notARequest(_:)`` for a line that is not
    ///   one request (see ``refusal(of:)``), which is not sent.
    public func request(_ line: String) throws(ClientError) -> ReceivedReply {
        if let refusal = Self.refusal(of: line) { throw .notARequest(refusal) }
        try send([asOf.map { "AT \($0) \(line)" } ?? line])
        return try readReply()
    }

    /// Why a line cannot be sent as one request, or `nil` when it can: a line break would
    /// make the daemon run a second request the user never typed as one (`PING\nPROJECT
    /// DELETE …`), and a blank line or a `#` comment is answered with nothing at all, so
    /// waiting for its reply would wait for ever.
    public static func refusal(of line: String) -> String? {
        if line.utf8.contains(0x0A) || line.utf8.contains(0x0D) {
            return "the line holds a line break, which would make it more than one request"
        }
        let start = line.utf8.drop { $0 == 0x20 || $0 == 0x09 }
        if start.isEmpty { return "the line is blank; the daemon does not answer a blank line" }
        if start.first == 0x23 { return "the line is a # comment; the daemon does not answer a comment" }
        return nil
    }

    /// Switches the connection's rows to `format`.
    /// - Throws: ``ClientError``.
    public func setFormat(_ format: RowFormat) throws(ClientError) {
        let reply = try request("FORMAT \(format.rawValue)")
        guard reply.isOK else { throw .protocolViolation(reply.statusLine) }
        self.format = format
    }

    /// Makes the daemon write amounts in rows in `format` on this connection (`MONEY`).
    /// - Throws: ``ClientError``.
    public func setMoney(_ format: MoneyFormat) throws(ClientError) {
        let reply = try request("MONEY \(format.rawValue)")
        guard reply.isOK else { throw .protocolViolation(reply.statusLine) }
    }

    /// Writes request lines without waiting for replies (pipelining).
    /// - Throws: ``ClientError/protocolViolation(_:)`` when the socket breaks,
    ///   ``ClientError/notARequest(_:)`` (nothing sent) when a line holds a line break.
    public func send(_ lines: [String]) throws(ClientError) {
        var bytes: [UInt8] = []
        for line in lines {
            if line.utf8.contains(0x0A) || line.utf8.contains(0x0D) {
                throw .notARequest("the line holds a line break, which would make it more than one request")
            }
            bytes += line.utf8
            bytes.append(0x0A)
        }
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                Glibc.send(descriptor, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
            }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK, let timeout {
                    throw .timedOut(socket: socketPath, seconds: timeout)
                }
                throw .protocolViolation("sending failed: \(Self.errorText(errno))")
            }
            sent += count
        }
    }

    /// Reads one whole reply.
    /// - Throws: ``ClientError/protocolViolation(_:)`` when the connection ends early.
    public func readReply() throws(ClientError) -> ReceivedReply {
        let status = try readLine()
        guard status.hasPrefix("OK") || status.hasPrefix("ERR ") else {
            throw .protocolViolation("unexpected status line '\(status.prefix(80))'")
        }
        guard let rows = ReceivedReply.rowCount(in: status) else {
            throw .protocolViolation("bad row count in '\(status.prefix(80))'")
        }
        var reply = ReceivedReply(statusLine: status, columns: [], rowLines: [])
        let hasTable = status.split(separator: " ").contains { $0.hasPrefix("rows=") }
        if hasTable, format == .tsv {
            reply.columns = try readLine().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        reply.rowLines.reserveCapacity(rows)
        for _ in 0..<rows { reply.rowLines.append(try readLine()) }
        return reply
    }

    func readLine() throws(ClientError) -> String {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[position..<newline], as: UTF8.self)
                position = newline + 1
                return line
            }
            if position > 0 {
                buffer.removeFirst(position)
                position = 0
            }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            if count < 0, errno == EAGAIN || errno == EWOULDBLOCK, let timeout {
                throw .timedOut(socket: socketPath, seconds: timeout)
            }
            guard count > 0 else {
                throw .protocolViolation(count == 0 ? "the daemon closed the connection" : Self.errorText(errno))
            }
            buffer += chunk[..<count]
        }
    }

    static func errorText(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// Bounds every send and receive (and the connect) on the socket: SO_SNDTIMEO and
    /// SO_RCVTIMEO; `nil` or 0 waits for ever.
    private static func setTimeout(_ seconds: Double?, on descriptor: Int32) {
        let seconds = max(seconds ?? 0, 0)
        var value = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - seconds.rounded(.down)) * 1_000_000))
        for option in [SO_SNDTIMEO, SO_RCVTIMEO] {
            setsockopt(descriptor, SOL_SOCKET, option, &value, socklen_t(MemoryLayout<timeval>.size))
        }
    }
}
