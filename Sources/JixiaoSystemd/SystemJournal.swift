import CSystemd

#if canImport(Glibc)
import Glibc
#endif

/// journald, reached with `sd_journal_sendv(3)` (its native protocol, by libsystemd).
public enum SystemJournal {
    /// Where journald receives native entries.
    public static let socketPath = "/run/systemd/journal/socket"

    /// Whether journald is there to receive. `sd_journal_sendv` returns success even when the
    /// socket is missing (the entry is silently lost), so the daemon checks before choosing
    /// the journal and otherwise keeps logging to standard error.
    public static var isAvailable: Bool { access(socketPath, W_OK) == 0 }

    /// Whether standard error is connected to the journal, as systemd connects a service's
    /// output: `JOURNAL_STREAM` names the device and inode of that stream
    /// (`systemd.exec(5)`), and fd 2 must still be it. Started from a terminal on a systemd
    /// machine, it is not, and the daemon logs to the terminal.
    public static var standardErrorIsJournal: Bool {
        guard let value = getenv("JOURNAL_STREAM") else { return false }
        let parts = String(cString: value).split(separator: ":")
        guard parts.count == 2, let device = UInt64(parts[0]), let inode = UInt64(parts[1]) else { return false }
        var info = stat()
        guard fstat(STDERR_FILENO, &info) == 0 else { return false }
        return UInt64(info.st_dev) == device && UInt64(info.st_ino) == inode
    }

    /// Sends one entry.
    /// - Parameter fields: the entry's fields; values may hold newlines or any bytes.
    /// - Returns: 0, or a negative errno when libsystemd could not send (a missing journald
    ///   is not reported: see ``isAvailable``).
    @discardableResult
    public static func send(_ fields: [JournalField]) -> Int32 {
        var bytes: [UInt8] = []
        var spans: [(start: Int, count: Int)] = []
        for field in fields {
            let start = bytes.count
            bytes += field.name.utf8
            bytes.append(UInt8(ascii: "="))
            bytes += field.value.utf8
            spans.append((start, bytes.count - start))
        }
        guard !spans.isEmpty else { return -EINVAL }
        return bytes.withUnsafeMutableBytes { raw in
            var vectors = spans.map { iovec(iov_base: raw.baseAddress! + $0.start, iov_len: $0.count) }
            return vectors.withUnsafeMutableBufferPointer { sd_journal_sendv($0.baseAddress, Int32($0.count)) }
        }
    }
}

/// One field of a journal entry: `PRIORITY=6`, `JIXIAO_OPERATOR=alice`.
public struct JournalField: Sendable, Equatable {
    /// The name: upper-case ASCII letters, digits and `_`, not starting with `_`.
    public var name: String
    /// The value, any text.
    public var value: String

    /// Creates a field.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
