import SystemPackage

#if canImport(Glibc)
import Glibc
#endif

/// Appends records to the open journal segment and makes them durable.
///
/// Not thread-safe: the state executor owns the one writer and calls it serially.
public final class JournalWriter {
    /// The segment's path.
    public let path: String
    /// The segment's length in bytes: everything up to here is whole records.
    public private(set) var length: Int
    /// Bytes appended through this writer since it was opened.
    public private(set) var bytesWritten: Int = 0
    private let descriptor: FileDescriptor
    private var poisoned = false

    init(path: String, descriptor: FileDescriptor, length: Int) {
        self.path = path
        self.descriptor = descriptor
        self.length = length
    }

    deinit { try? descriptor.close() }

    /// Writes records and waits until they are on stable storage (`fdatasync`).
    ///
    /// On a failed write the segment is cut back to its last whole record, so the file
    /// never keeps half a record. A failed sync poisons the writer: the kernel may have
    /// dropped the dirty pages, so retrying and reporting success would be a lie.
    /// - Throws: ``JournalError/io(operation:path:errno:)`` or ``JournalError/poisoned``.
    public func append(_ records: [JournalRecord]) throws(JournalError) {
        guard !poisoned else { throw .poisoned }
        var bytes: [UInt8] = []
        for record in records { bytes += record.encoded }
        do {
            let written = try descriptor.writeAll(bytes)
            precondition(written == bytes.count)
        } catch {
            let code = (error as? Errno)?.rawValue ?? EIO
            _ = ftruncate(descriptor.rawValue, off_t(length))
            throw .io(operation: "write", path: path, errno: code)
        }
        if fdatasync(descriptor.rawValue) != 0 {
            poisoned = true
            throw .io(operation: "fdatasync", path: path, errno: errno)
        }
        length += bytes.count
        bytesWritten += bytes.count
    }

    /// Closes the segment after a last sync.
    /// - Throws: ``JournalError/io(operation:path:errno:)`` when the sync fails.
    public func close() throws(JournalError) {
        if !poisoned, fsync(descriptor.rawValue) != 0 {
            throw .io(operation: "fsync", path: path, errno: errno)
        }
    }
}
