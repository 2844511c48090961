#if canImport(Glibc)
import Glibc
#endif

/// One client connection of the load generator: sends a batch of requests in one write
/// and reads until as many replies have arrived, with a reused buffer.
final class LoadConnection {
    let descriptor: Int32
    let framing: ReplyFraming
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0
    private var end = 0

    init(path: String, framing: ReplyFraming) throws(BenchmarkError) {
        descriptor = try UnixSocket.connect(path)
        self.framing = framing
    }

    deinit { close(descriptor) }

    /// Sends `bytes` (one or more requests) in one write.
    func send(_ bytes: [UInt8]) throws(BenchmarkError) {
        try UnixSocket.sendAll(descriptor, bytes)
    }

    /// Reads until `count` whole replies have arrived; returns how many were errors
    /// (`ERR` or RESP `-`).
    @discardableResult
    func awaitReplies(_ count: Int) throws(BenchmarkError) -> Int {
        var received = 0
        var errors = 0
        while received < count {
            let found: Int? = buffer.withUnsafeBufferPointer { bytes in
                guard let next = framing.end(of: bytes, from: start, to: end) else { return nil }
                if bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "E") { errors += 1 }
                return next
            }
            if let found {
                start = found
                received += 1
                continue
            }
            try fill()
        }
        return errors
    }

    private func fill() throws(BenchmarkError) {
        if start == end {
            start = 0
            end = 0
        } else if end == buffer.count {
            if start > 0 {
                buffer.withUnsafeMutableBufferPointer { bytes in
                    _ = memmove(bytes.baseAddress!, bytes.baseAddress! + start, end - start)
                }
                end -= start
                start = 0
            } else {
                buffer += [UInt8](repeating: 0, count: buffer.count)
            }
        }
        let count = buffer.withUnsafeMutableBufferPointer { bytes in
            recv(descriptor, bytes.baseAddress! + end, bytes.count - end, 0)
        }
        if count < 0 {
            if errno == EINTR { return }
            throw BenchmarkError("recv: errno \(errno)")
        }
        if count == 0 { throw BenchmarkError("the server closed the connection") }
        end += count
    }
}
