import Synchronization
import SystemPackage

#if canImport(Glibc)
import Glibc
#endif

/// `<state>/manifest` on disk, and the daemon's live copy of it.
///
/// Every change is made durable before anything relies on it: written to `manifest.tmp`,
/// synced, renamed over `manifest`, the folder synced. The live copy changes only after the
/// file did, so a failed write leaves both as they were (and the caller turns read-only).
public final class ManifestFile: Sendable {
    /// How many sequence numbers one reservation hands out ahead of the records written:
    /// one manifest write per this many records.
    public static let reservationBlock: Int64 = 1000

    /// The state directory.
    public let statePath: String
    private let current: Mutex<Manifest>

    /// The file's path.
    public static func path(inState statePath: String) -> String { statePath + "/manifest" }

    /// Holds a manifest already on disk (or just written).
    public init(statePath: String, manifest: Manifest) {
        self.statePath = statePath
        current = Mutex(manifest)
    }

    /// The manifest as last written.
    public var manifest: Manifest { current.withLock { $0 } }

    /// Changes the manifest and makes the change durable.
    /// - Throws: ``JournalError/io(operation:path:errno:)``; the manifest is then unchanged.
    public func update(_ change: (inout Manifest) -> Void) throws(JournalError) {
        var next = manifest
        change(&next)
        try Self.write(next, statePath: statePath)
        current.withLock { $0 = next }
    }

    /// Makes sure every sequence up to `sequence` is reserved, extending the reservation by
    /// a block when it is not (and noting the open segment's last synced record).
    /// - Throws: ``JournalError/io(operation:path:errno:)``.
    public func reserve(through sequence: Int64, lastSynced: Int64) throws(JournalError) {
        guard manifest.reserved < sequence else { return }
        try update { manifest in
            manifest.reserved = sequence + Self.reservationBlock
            manifest.openIsClean = false
            if let index = manifest.segments.lastIndex(where: \.open) {
                manifest.segments[index].last = max(manifest.segments[index].last, lastSynced)
            }
        }
    }

    /// Reads `<state>/manifest`.
    /// - Returns: the manifest, or `nil` when there is none (a state directory from before manifests).
    /// - Throws: ``JournalError/corrupt(file:offset:reason:)`` when it is damaged, or an I/O error.
    public static func read(statePath: String) throws(JournalError) -> Manifest? {
        let file = path(inState: statePath)
        var info = stat()
        if stat(file, &info) != 0 {
            if errno == ENOENT { return nil }
            throw .io(operation: "stat", path: file, errno: errno)
        }
        return try Manifest(decoding: try StateDirectory.readAll(file))
    }

    /// Writes a manifest atomically.
    /// - Throws: ``JournalError/io(operation:path:errno:)``.
    public static func write(_ manifest: Manifest, statePath: String) throws(JournalError) {
        try StateDirectory.replaceAtomically(path(inState: statePath), in: statePath, with: manifest.encoded)
    }
}
