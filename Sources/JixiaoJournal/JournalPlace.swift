#if canImport(Glibc)
import Glibc
#endif

/// Where the open segment must be for a write to count: a file still linked, in the
/// journal folder the daemon found at start-up, in the state directory whose lock it holds.
///
/// Checked before every sync (an `fstat` and three `stat`s): a journal folder removed or
/// replaced under a running daemon is a storage fault, never an acknowledged write into a
/// file that no longer has a name.
struct JournalPlace: Sendable {
    /// The journal folder, and its device and inode when the directory was opened.
    let journalPath: String
    let journal: FileIdentity
    /// The lock file, and the identity of the one the daemon holds.
    let lockPath: String
    let lock: FileIdentity

    /// The fault, or `nil` when the segment is where it belongs.
    func fault(of descriptor: Int32, path: String) -> JournalError? {
        var info = stat()
        if fstat(descriptor, &info) != 0 {
            return .io(operation: "fstat", path: path, errno: errno)
        }
        if info.st_nlink == 0 { return .vanished(path: path, reason: "the segment file was removed (link count 0)") }
        var named = stat()
        guard stat(path, &named) == 0, FileIdentity(named) == FileIdentity(info) else {
            return .vanished(path: path, reason: "the segment's name no longer leads to the file being written")
        }
        guard let folder = FileIdentity(path: journalPath), folder == journal else {
            return .vanished(path: journalPath, reason: "the journal folder was removed or replaced")
        }
        guard let held = FileIdentity(path: lockPath), held == lock else {
            return .vanished(
                path: lockPath,
                reason: "the state directory is no longer the one whose lock the daemon holds"
            )
        }
        return nil
    }
}

/// A file's device and inode: what says two names are the same file.
struct FileIdentity: Sendable, Equatable {
    let device: UInt64
    let inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }
}
