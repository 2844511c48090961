import SystemPackage

#if canImport(Glibc)
import Glibc
#endif

/// Snapshot files and journal segments after a snapshot.
///
///     <state>/snapshots/00000000000000120000.jxs       the model at sequence 120000
///     <state>/snapshots/00000000000000120000.jxs.tmp   one being written (removed at start-up)
///
/// A snapshot is written in the journal's own framing (records with CRC-32C, numbered from 1,
/// at most ``snapshotLinesPerRecord`` lines each), so `JournalScanner` reads it and a damaged
/// one is told apart from a whole one. The journal knows nothing of what the lines mean.
extension StateDirectory {
    /// The snapshots' folder.
    public var snapshotsPath: String { path + "/snapshots" }

    /// How many lines one record of a snapshot holds at most.
    public static let snapshotLinesPerRecord = 10_000

    /// The author recorded in a snapshot's records.
    public static let snapshotAuthor = "snapshot"

    /// The file name of the snapshot at this sequence.
    public static func snapshotName(at sequence: Int64) -> String {
        String(segmentName(startingAt: sequence).dropLast(4)) + ".jxs"
    }

    /// The sequence a snapshot or segment file name stands for.
    public static func sequence(ofFile name: String) -> Int64? {
        Int64(name.prefix(20))
    }

    /// The snapshot file names in a state directory, oldest first (none when the folder is
    /// missing, as in a state directory from before snapshots).
    /// - Throws: ``JournalError/io(operation:path:errno:)``.
    public static func snapshotNames(inState statePath: String) throws(JournalError) -> [String] {
        try fileNames(in: statePath + "/snapshots", suffix: ".jxs", length: 24, missingIsEmpty: true)
    }

    /// Writes a snapshot atomically: to a temporary file, `fsync`, rename, `fsync` the folder.
    /// A crash at any point leaves either no snapshot or a whole one (and perhaps a temporary
    /// file, removed at the next start).
    /// - Parameters:
    ///   - lines: the snapshot's lines.
    ///   - sequence: the sequence the snapshot is at (its name).
    ///   - timestamp: when it was taken.
    ///   - statePath: the state directory.
    /// - Returns: the file's path, size in bytes and CRC-32C (for the manifest).
    /// - Throws: ``JournalError/io(operation:path:errno:)``.
    public static func writeSnapshot(
        _ lines: [String],
        at sequence: Int64,
        timestamp: Timestamp,
        statePath: String
    ) throws(JournalError) -> (path: String, bytes: Int, checksum: UInt32) {
        let folder = statePath + "/snapshots"
        try makeDirectory(folder)
        let file = folder + "/" + snapshotName(at: sequence)
        var bytes: [UInt8] = []
        var start = 0
        var number: Int64 = 1
        repeat {
            let end = min(start + snapshotLinesPerRecord, lines.count)
            let record = JournalRecord(
                sequence: number,
                timestamp: timestamp,
                author: snapshotAuthor,
                lines: Array(lines[start..<end])
            )
            record.encode(into: &bytes)
            start = end
            number += 1
        } while start < lines.count
        try replaceAtomically(file, in: folder, with: bytes)
        return (file, bytes.count, CRC32C.checksum(bytes))
    }

    /// Reads a snapshot's lines, checking every record.
    /// - Parameters:
    ///   - name: the file name.
    ///   - statePath: the state directory.
    /// - Returns: the lines, in order.
    /// - Throws: ``JournalError/corrupt(file:offset:reason:)`` for any damage (a snapshot is
    ///   written whole and renamed into place, so even a damaged last record is damage), or
    ///   an I/O error.
    public static func readSnapshot(_ name: String, statePath: String) throws(JournalError) -> [String] {
        let bytes = try readAll(statePath + "/snapshots/" + name)
        var lines: [String] = []
        let result = try JournalScanner.scanWhole(bytes, file: name, expectedSequence: 1) { record in
            lines += record.lines
        }
        guard result.lastSequence >= 1 else { throw .corrupt(file: name, offset: 0, reason: "the snapshot is empty") }
        return lines
    }

    /// A closed segment's bytes, checked record by record (for a backup).
    /// - Parameters:
    ///   - name: the segment's file name.
    ///   - journalPath: the segments' folder.
    /// - Returns: the bytes and the last sequence they hold.
    /// - Throws: ``JournalError`` when the segment cannot be read or is damaged.
    public static func checkedSegment(
        _ name: String,
        journalPath: String
    ) throws(JournalError) -> (bytes: [UInt8], lastSequence: Int64) {
        let bytes = try readAll(journalPath + "/" + name)
        let first = sequence(ofFile: name) ?? 1
        let result = try JournalScanner.scanWhole(bytes, file: name, expectedSequence: first)
        return (bytes, result.lastSequence)
    }

    /// A snapshot file's bytes, checked (for a backup).
    /// - Throws: ``JournalError`` when it cannot be read or is damaged.
    public static func checkedSnapshotBytes(_ name: String, statePath: String) throws(JournalError) -> [UInt8] {
        _ = try readSnapshot(name, statePath: statePath)
        return try readAll(statePath + "/snapshots/" + name)
    }

    /// Removes temporary snapshot files a crash left behind.
    /// - Returns: the names removed.
    /// - Throws: ``JournalError/io(operation:path:errno:)``.
    @discardableResult
    public func removeSnapshotTemporaries() throws(JournalError) -> [String] {
        let names = try Self.fileNames(in: snapshotsPath, suffix: ".jxs.tmp", length: 28, missingIsEmpty: true)
        for name in names { unlink(snapshotsPath + "/" + name) }
        return names
    }

    /// Closes the current segment's writer and starts a new segment whose first record will
    /// have `nextSequence`, made durable (the folder is synced) before it is used.
    /// - Parameters:
    ///   - writer: the current writer; it must have nothing unsynced.
    ///   - nextSequence: the sequence the new segment starts at.
    /// - Returns: the new segment's writer, or `writer` itself when its segment already
    ///   starts at `nextSequence` (it is empty).
    /// - Throws: ``JournalError``; the old writer stays usable if opening the new one fails.
    public func rollSegment(_ writer: JournalWriter, nextSequence: Int64) throws(JournalError) -> JournalWriter {
        let name = Self.segmentName(startingAt: nextSequence)
        if writer.path.hasSuffix("/" + name) { return writer }
        let file = journalPath + "/" + name
        let next: JournalWriter
        do {
            let descriptor = try FileDescriptor.open(
                file,
                .writeOnly,
                options: [.append, .create, .exclusiveCreate, .closeOnExec],
                permissions: [.ownerReadWrite, .groupRead]
            )
            next = JournalWriter(
                path: file,
                descriptor: descriptor,
                length: 0,
                lastSequence: nextSequence - 1,
                manifest: writer.manifest,
                place: place
            )
        } catch {
            throw .io(operation: "create", path: file, errno: (error as? Errno)?.rawValue ?? EIO)
        }
        do {
            try Self.syncDirectory(journalPath)
            try writer.close()
            // The manifest closes the old segment (its last record, size, checksum) and
            // lists the new one before a record goes into it.
            try writer.manifest?.update { manifest in
                if let index = manifest.segments.lastIndex(where: \.open) {
                    manifest.segments[index].open = false
                    manifest.segments[index].last = writer.lastSequence
                    manifest.segments[index].bytes = writer.length
                    manifest.segments[index].checksum = writer.checksum
                }
                manifest.segments.append(
                    Manifest.Segment(name: name, first: nextSequence, last: nextSequence - 1, open: true)
                )
            }
        } catch {
            unlink(file)
            throw error
        }
        return next
    }

    /// Creates an empty segment whose first record will have `sequence`, made durable.
    /// - Throws: ``JournalError/io(operation:path:errno:)``.
    public static func createSegment(startingAt sequence: Int64, journalPath: String) throws(JournalError) {
        let file = journalPath + "/" + segmentName(startingAt: sequence)
        let descriptor = open(file, O_WRONLY | O_CREAT | O_CLOEXEC, 0o640)
        guard descriptor >= 0 else { throw .io(operation: "create", path: file, errno: errno) }
        let synced = fsync(descriptor) == 0
        let code = errno
        Glibc.close(descriptor)
        guard synced else { throw .io(operation: "fsync", path: file, errno: code) }
        try syncDirectory(journalPath)
    }

    /// Removes journal segments and snapshots (retention).
    /// - Parameters:
    ///   - segments: segment file names.
    ///   - snapshots: snapshot file names.
    /// - Throws: ``JournalError/io(operation:path:errno:)`` for the first file that could not go.
    public func remove(segments: [String], snapshots: [String]) throws(JournalError) {
        for name in segments where unlink(journalPath + "/" + name) != 0 {
            throw .io(operation: "unlink", path: journalPath + "/" + name, errno: errno)
        }
        for name in snapshots where unlink(snapshotsPath + "/" + name) != 0 {
            throw .io(operation: "unlink", path: snapshotsPath + "/" + name, errno: errno)
        }
        try Self.syncDirectory(journalPath)
        try Self.syncDirectory(snapshotsPath)
    }

    static func fileNames(
        in folder: String,
        suffix: String,
        length: Int,
        missingIsEmpty: Bool
    ) throws(JournalError) -> [String] {
        guard let directory = opendir(folder) else {
            if missingIsEmpty, errno == ENOENT { return [] }
            throw .io(operation: "opendir", path: folder, errno: errno)
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasSuffix(suffix), name.utf8.count == length, sequence(ofFile: name) != nil { names.append(name) }
        }
        return names.sorted()
    }
}
