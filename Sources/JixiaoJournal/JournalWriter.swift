import SystemPackage

#if canImport(Glibc)
import Glibc
#endif

/// Appends records to the open journal segment and makes them durable.
///
/// Writing and syncing are separate steps so that one `fdatasync` can cover every record
/// written since the last one (group commit): ``write(_:)`` puts records in the file,
/// ``sync()`` makes everything written so far durable. ``append(_:)`` does both.
///
/// Not thread-safe: the state executor owns the one writer and calls it serially.
public final class JournalWriter {
    /// The segment's path.
    public let path: String
    /// The segment's length in bytes: everything up to here is whole records (written,
    /// not necessarily synced).
    public private(set) var length: Int
    /// The length covered by the last successful sync: what a power loss cannot take.
    public private(set) var syncedLength: Int
    /// Bytes appended through this writer since it was opened.
    public private(set) var bytesWritten: Int = 0
    private let descriptor: FileDescriptor
    /// Set when a sync failed: the kernel may have dropped the dirty pages, so nothing
    /// written since the last good sync may be reported durable, ever, by this writer.
    public private(set) var poisoned = false
    /// CRC-32C of the segment's bytes up to ``length`` (what the manifest records once the
    /// segment is closed), and up to ``syncedLength``.
    public private(set) var checksum: UInt32
    private var syncedChecksum: UInt32
    /// The last sequence written, and the last one a sync covered.
    public private(set) var lastSequence: Int64
    public private(set) var syncedSequence: Int64
    /// The state directory's manifest: sequence numbers are reserved in it before records
    /// carry them (`nil` for a bare journal folder).
    public let manifest: ManifestFile?
    /// The folder and lock the segment must still be in at every sync.
    let place: JournalPlace?

    init(
        path: String,
        descriptor: FileDescriptor,
        length: Int,
        checksum: UInt32 = 0,
        lastSequence: Int64 = 0,
        manifest: ManifestFile? = nil,
        place: JournalPlace? = nil
    ) {
        self.path = path
        self.descriptor = descriptor
        self.length = length
        self.syncedLength = length
        self.checksum = checksum
        self.syncedChecksum = checksum
        self.lastSequence = lastSequence
        self.syncedSequence = lastSequence
        self.manifest = manifest
        self.place = place
    }

    deinit { try? descriptor.close() }

    /// Whether records were written that no sync has covered yet.
    public var hasUnsyncedBytes: Bool { length > syncedLength }

    /// Writes records and waits until they are on stable storage (`fdatasync`).
    /// - Throws: ``JournalError/io(operation:path:errno:)`` or ``JournalError/poisoned``.
    public func append(_ records: [JournalRecord]) throws(JournalError) {
        try write(records)
        try sync()
    }

    /// Writes records to the segment without syncing them.
    ///
    /// On a failed write the segment is cut back to its last whole record, so the file
    /// never keeps half a record.
    /// - Throws: ``JournalError/io(operation:path:errno:)`` or ``JournalError/poisoned``.
    public func write(_ records: [JournalRecord]) throws(JournalError) {
        guard !poisoned else { throw .poisoned }
        guard let last = records.last?.sequence else { return }
        // The numbers are handed out durably before any record carries them.
        try manifest?.reserve(through: last, lastSynced: syncedSequence)
        var bytes: [UInt8] = []
        for record in records { record.encode(into: &bytes) }
        do {
            let written = try descriptor.writeAll(bytes)
            precondition(written == bytes.count)
        } catch {
            let code = (error as? Errno)?.rawValue ?? EIO
            _ = ftruncate(descriptor.rawValue, off_t(length))
            throw .io(operation: "write", path: path, errno: code)
        }
        length += bytes.count
        bytesWritten += bytes.count
        checksum = CRC32C.checksum(bytes, continuing: checksum)
        lastSequence = last
    }

    /// Makes everything written so far durable with one `fdatasync`.
    ///
    /// A failed sync poisons the writer: the kernel may have dropped the dirty pages and
    /// cleared the error, so a retry that succeeded would be a lie.
    /// - Throws: ``JournalError/io(operation:path:errno:)`` or ``JournalError/poisoned``.
    public func sync() throws(JournalError) {
        guard !poisoned else { throw .poisoned }
        guard length > syncedLength else { return }
        // A segment no longer in its folder, or a folder no longer the one locked, syncs
        // into a file nobody will read: that is a storage fault, not a durable write.
        if let fault = place?.fault(of: descriptor.rawValue, path: path) {
            poisoned = true
            throw fault
        }
        if fdatasync(descriptor.rawValue) != 0 {
            poisoned = true
            throw .io(operation: "fdatasync", path: path, errno: errno)
        }
        syncedLength = length
        syncedChecksum = checksum
        syncedSequence = lastSequence
    }

    /// Whether the segment is gone from where it was opened (``JournalPlace``), for checks
    /// between syncs (`STATUS`, the watchdog): `nil` while it is in place.
    public func placeFault() -> JournalError? {
        place?.fault(of: descriptor.rawValue, path: path)
    }

    /// Cuts the segment back to the last synced length, dropping records that were written
    /// but never acknowledged (their writers were told `ERR STORAGE`).
    /// - Throws: ``JournalError/io(operation:path:errno:)`` when the file cannot be cut.
    public func discardUnsynced() throws(JournalError) {
        guard length != syncedLength else { return }
        if ftruncate(descriptor.rawValue, off_t(syncedLength)) != 0 {
            throw .io(operation: "ftruncate", path: path, errno: errno)
        }
        length = syncedLength
        checksum = syncedChecksum
        lastSequence = syncedSequence
    }

    /// A fresh writer on the same segment, for resuming after a storage fault: the file is
    /// cut back to the last synced length and synced, so records that were refused cannot
    /// come back at replay, and a sync that failed is never taken for a good one.
    /// - Throws: ``JournalError/io(operation:path:errno:)``.
    public func reopened() throws(JournalError) -> JournalWriter {
        let fresh: FileDescriptor
        do {
            fresh = try FileDescriptor.open(
                path,
                .writeOnly,
                options: [.append, .closeOnExec],
                permissions: [.ownerReadWrite, .groupRead]
            )
        } catch {
            throw .io(operation: "open", path: path, errno: (error as? Errno)?.rawValue ?? EIO)
        }
        if ftruncate(fresh.rawValue, off_t(syncedLength)) != 0 {
            let code = errno
            try? fresh.close()
            throw .io(operation: "ftruncate", path: path, errno: code)
        }
        if fsync(fresh.rawValue) != 0 {
            let code = errno
            try? fresh.close()
            throw .io(operation: "fsync", path: path, errno: code)
        }
        if let fault = place?.fault(of: fresh.rawValue, path: path) {
            try? fresh.close()
            throw fault
        }
        return JournalWriter(
            path: path,
            descriptor: fresh,
            length: syncedLength,
            checksum: syncedChecksum,
            lastSequence: syncedSequence,
            manifest: manifest,
            place: place
        )
    }

    /// The segment's synced bytes (what a power loss cannot take), checked record by record.
    /// - Returns: the bytes and the last sequence they hold.
    /// - Throws: ``JournalError`` when the segment cannot be read or is damaged.
    public func syncedRecords() throws(JournalError) -> (bytes: [UInt8], lastSequence: Int64) {
        let bytes = Array(try StateDirectory.readAll(path).prefix(syncedLength))
        let name = String(path.split(separator: "/").last ?? "")
        let first = Int64(name.dropLast(4)) ?? 1
        let result = try JournalScanner.scanWhole(bytes, file: name, expectedSequence: first)
        return (bytes, result.lastSequence)
    }

    /// Closes the segment after a last sync.
    /// - Throws: ``JournalError/io(operation:path:errno:)`` when the sync fails.
    public func close() throws(JournalError) {
        if !poisoned, fsync(descriptor.rawValue) != 0 {
            throw .io(operation: "fsync", path: path, errno: errno)
        }
    }
}
