import SystemPackage

#if canImport(Glibc)
import Glibc
#endif

/// The daemon's state directory: an exclusive lock and the journal segments.
///
/// Layout:
///
///     <state>/lock                               held with flock while a daemon runs
///     <state>/journal/00000000000000000001.jxj   a segment, named by its first sequence
///     <state>/snapshots/…                        snapshots (`StateDirectory+Snapshots.swift`)
///
/// Later segments (a snapshot starts one) are named by their first sequence too, so the
/// names sort in replay order.
public final class StateDirectory: Sendable {
    /// The directory's path.
    public let path: String
    private let lock: FileDescriptor
    /// The journal folder and lock as found when the directory was locked: every sync
    /// checks the segment is still there (``JournalPlace``).
    let place: JournalPlace
    /// The claim on the path itself, which holds even when the directory is removed.
    private let claim: StatePathClaim

    /// The segments' folder.
    public var journalPath: String { path + "/journal" }

    /// Opens (creating if needed, mode 0750) and locks a state directory.
    /// - Throws: ``JournalError/locked(path:)`` when another daemon holds it, or an I/O error.
    public init(path: String) throws(JournalError) {
        self.path = path
        try Self.makeDirectory(path)
        try Self.makeDirectory(path + "/journal")
        try Self.makeDirectory(path + "/snapshots")
        do {
            lock = try FileDescriptor.open(
                path + "/lock",
                .readWrite,
                options: [.create, .closeOnExec],
                permissions: [.ownerReadWrite]
            )
        } catch {
            throw .io(operation: "open", path: path + "/lock", errno: (error as? Errno)?.rawValue ?? EIO)
        }
        if flock(lock.rawValue, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            try? lock.close()
            if code == EWOULDBLOCK { throw .locked(path: path) }
            throw .io(operation: "flock", path: path + "/lock", errno: code)
        }
        guard let journal = FileIdentity(path: path + "/journal"), let held = FileIdentity(descriptor: lock.rawValue)
        else {
            try? lock.close()
            throw .io(operation: "stat", path: path + "/journal", errno: errno)
        }
        do {
            claim = try StatePathClaim(path: Self.absolute(path))
        } catch {
            try? lock.close()
            if case .locked = error { throw .locked(path: path) }
            throw error
        }
        place = JournalPlace(journalPath: path + "/journal", journal: journal, lockPath: path + "/lock", lock: held)
    }

    deinit { try? lock.close() }

    /// The segment file names, in replay order.
    /// - Throws: ``JournalError/io(operation:path:errno:)``.
    public func segmentNames() throws(JournalError) -> [String] {
        try Self.segmentNames(in: journalPath)
    }

    /// The segment file names in a journal folder, in replay order.
    /// - Throws: ``JournalError/io(operation:path:errno:)``.
    public static func segmentNames(in journalPath: String) throws(JournalError) -> [String] {
        guard let directory = opendir(journalPath) else {
            throw .io(operation: "opendir", path: journalPath, errno: errno)
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasSuffix(".jxj"), name.count == 24 { names.append(name) }
        }
        return names.sorted()
    }

    /// What ``replay(visit:)`` found.
    public struct ReplayReport: Sendable {
        /// Records read.
        public var records: Int
        /// The last sequence number in the journal (0 when empty).
        public var lastSequence: Int64
        /// When a torn last record was cut off: which file, at what offset, why, and how
        /// many bytes were dropped.
        public var cutTail: (file: String, offset: Int, reason: String, bytes: Int)?
    }

    /// Reads every record of every segment in order, cutting a torn tail off the last
    /// segment (the caller logs it) so that appends continue after the last whole record.
    /// - Parameter visit: receives each record; what it throws stops the replay.
    /// - Throws: ``JournalError/corrupt(file:offset:reason:)``, I/O errors, or what `visit` throws.
    public func replay(visit: (JournalRecord) throws -> Void) throws -> ReplayReport {
        try Self.replay(journalPath: journalPath, cutTornTail: true, visit: visit)
    }

    /// Reads every record of every segment in `journalPath` in order, without locking the
    /// directory; a torn tail is cut only when `cutTornTail` is set (never by `--verify`).
    /// - Parameters:
    ///   - journalPath: the folder holding the segments.
    ///   - cutTornTail: whether to cut a torn last record off the last segment.
    ///   - after: records up to this sequence are skipped (a snapshot holds them): replay
    ///     starts at the segment holding `after + 1`.
    ///   - through: the last record to read, if not the journal's end (an "as of" model);
    ///     replay stops there and cuts nothing.
    ///   - visit: receives each record; what it throws stops the replay.
    /// - Returns: what was read, and the torn tail (cut or not).
    /// - Throws: ``JournalError/corrupt(file:offset:reason:)`` (also when no segment holds
    ///   `after + 1` though later ones exist), I/O errors, or what `visit` throws.
    public static func replay(
        journalPath: String,
        cutTornTail: Bool,
        after: Int64 = 0,
        through: Int64? = nil,
        visit: (JournalRecord) throws -> Void
    ) throws -> ReplayReport {
        var report = ReplayReport(records: 0, lastSequence: after, cutTail: nil)
        var names = try segmentNames(in: journalPath)
        if after > 0 {
            let firsts = names.map { Int64($0.dropLast(4)) ?? 0 }
            if let start = firsts.lastIndex(where: { $0 <= after + 1 }) {
                names = Array(names[start...])
            } else if let first = firsts.first {
                throw JournalError.corrupt(
                    file: names[0],
                    offset: 0,
                    reason: "the journal after sequence \(after) is missing: the oldest segment starts at \(first)"
                )
            }
        }
        do {
            for (index, name) in names.enumerated() {
                let file = journalPath + "/" + name
                let bytes = try Self.readAll(file)
                let first = Int64(name.dropLast(4)) ?? 0
                if index == 0 { report.lastSequence = first - 1 }
                guard first == report.lastSequence + 1 else {
                    throw JournalError.corrupt(
                        file: name,
                        offset: 0,
                        reason:
                            "segment starts at sequence \(first) but the journal so far ends at \(report.lastSequence)"
                    )
                }
                var count = 0
                let result = try JournalScanner.scan(bytes, file: name, expectedSequence: first) { record in
                    if let through, record.sequence > through { throw ReplayStop() }
                    report.lastSequence = record.sequence
                    guard record.sequence > after else { return }
                    count += 1
                    try visit(record)
                }
                report.records += count
                report.lastSequence = result.lastSequence
                if let reason = result.tornTail {
                    guard index == names.count - 1 else {
                        throw JournalError.corrupt(file: name, offset: result.validLength, reason: reason)
                    }
                    guard !cutTornTail || truncate(file, off_t(result.validLength)) == 0 else {
                        throw JournalError.io(operation: "truncate", path: file, errno: errno)
                    }
                    report.cutTail = (name, result.validLength, reason, bytes.count - result.validLength)
                }
            }
        } catch is ReplayStop {
            report.records = max(0, Int(report.lastSequence - after))
        }
        return report
    }

    /// Stops a replay at its `through` sequence.
    private struct ReplayStop: Error {}

    /// Opens the last segment for appending, creating the first one if there is none.
    /// - Parameter nextSequence: the sequence the next record will carry.
    /// - Throws: ``JournalError/io(operation:path:errno:)``.
    public func openWriter(nextSequence: Int64, manifest: ManifestFile? = nil) throws(JournalError) -> JournalWriter {
        let names = try segmentNames()
        let name = names.last ?? Self.segmentName(startingAt: nextSequence)
        let file = journalPath + "/" + name
        do {
            let descriptor = try FileDescriptor.open(
                file,
                .writeOnly,
                options: [.append, .create, .closeOnExec],
                permissions: [.ownerReadWrite, .groupRead]
            )
            let length = try descriptor.seek(offset: 0, from: .end)
            if names.isEmpty { try Self.syncDirectory(journalPath) }
            let bytes = length > 0 ? try Self.readAll(file) : []
            return JournalWriter(
                path: file,
                descriptor: descriptor,
                length: Int(length),
                checksum: CRC32C.checksum(bytes.prefix(Int(length))),
                lastSequence: nextSequence - 1,
                manifest: manifest,
                place: place
            )
        } catch let error as JournalError {
            throw error
        } catch {
            throw .io(operation: "open", path: file, errno: (error as? Errno)?.rawValue ?? EIO)
        }
    }

    /// The file name of a segment whose first record has this sequence.
    public static func segmentName(startingAt sequence: Int64) -> String {
        let digits = String(sequence)
        return String(repeating: "0", count: 20 - digits.count) + digits + ".jxj"
    }

    /// A file's whole contents (segments, snapshots and the manifest are read whole).
    /// - Throws: ``JournalError/io(operation:path:errno:)``.
    public static func readAll(_ file: String) throws(JournalError) -> [UInt8] {
        do {
            let descriptor = try FileDescriptor.open(file, .readOnly, options: [.closeOnExec])
            return try descriptor.closeAfter {
                let size = Int(try descriptor.seek(offset: 0, from: .end))
                _ = try descriptor.seek(offset: 0, from: .start)
                var bytes = [UInt8](repeating: 0, count: size)
                var filled = 0
                while filled < size {
                    let read = try bytes.withUnsafeMutableBytes { raw in
                        try descriptor.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]))
                    }
                    if read == 0 { break }
                    filled += read
                }
                // A file read whole is returned as read (a segment is ~100 MB at start-up).
                if filled < size { bytes.removeSubrange(filled...) }
                return bytes
            }
        } catch {
            throw .io(operation: "read", path: file, errno: (error as? Errno)?.rawValue ?? EIO)
        }
    }

    /// The path with symbolic links and `..` resolved (as given when that fails).
    static func absolute(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func makeDirectory(_ path: String) throws(JournalError) {
        if mkdir(path, 0o750) != 0, errno != EEXIST {
            throw .io(operation: "mkdir", path: path, errno: errno)
        }
    }

    /// Replaces `file` (in `folder`) with `bytes` atomically: written to `file.tmp`, `fsync`,
    /// renamed over it, the folder synced. A crash at any point leaves the old file or the new
    /// one whole (and perhaps the temporary file). Snapshots and the manifest are written so.
    /// - Throws: ``JournalError/io(operation:path:errno:)``.
    static func replaceAtomically(_ file: String, in folder: String, with bytes: [UInt8]) throws(JournalError) {
        let temporary = file + ".tmp"
        do {
            let descriptor = try FileDescriptor.open(
                temporary,
                .writeOnly,
                options: [.create, .truncate, .closeOnExec],
                permissions: [.ownerReadWrite, .groupRead]
            )
            try descriptor.closeAfter {
                _ = try descriptor.writeAll(bytes)
                if fsync(descriptor.rawValue) != 0 { throw Errno(rawValue: errno) }
            }
        } catch {
            unlink(temporary)
            throw .io(operation: "write", path: temporary, errno: (error as? Errno)?.rawValue ?? EIO)
        }
        guard rename(temporary, file) == 0 else {
            let code = errno
            unlink(temporary)
            throw .io(operation: "rename", path: temporary, errno: code)
        }
        try syncDirectory(folder)
    }

    static func syncDirectory(_ path: String) throws(JournalError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .io(operation: "open", path: path, errno: errno) }
        defer { Glibc.close(descriptor) }
        if fsync(descriptor) != 0 { throw .io(operation: "fsync", path: path, errno: errno) }
    }
}
