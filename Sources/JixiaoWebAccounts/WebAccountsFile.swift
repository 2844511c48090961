#if canImport(Glibc)
import Glibc
#endif

/// The accounts file on disk (default `/etc/jixiao/web-users`), read whole and written
/// atomically.
///
/// A change is written to a temporary file beside it, synced, given the old file's owner,
/// group and mode (a new file: its writer's, mode 0640, group `jixiao-web` when the system has
/// it, else its folder's — jixiao-web reads it through that group), renamed over the old one, and the folder synced: a reader sees the
/// old file or the new one, never half of one, and a crash loses at most the change being
/// made. Changes hold an exclusive `flock` on the folder, so two `jixiao web-user` runs at
/// once do not lose each other's change.
public enum WebAccountsFile {
    /// The file jixiao-web and `jixiao web-user` use unless told otherwise.
    public static let defaultPath = "/etc/jixiao/web-users"
    /// The group jixiao-web runs as (its sysusers entry), which a new file is given.
    public static let serviceGroup = "jixiao-web"

    /// Reads the accounts; a missing file holds none.
    /// - Throws: ``WebAccountsError``.
    public static func load(_ path: String) throws(WebAccountsError) -> WebAccounts {
        guard let bytes = try contents(path) else { return WebAccounts() }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .file(path: path, reason: "not valid UTF-8")
        }
        do {
            return try WebAccounts(parsing: text)
        } catch {
            throw .file(path: path, reason: error.description)
        }
    }

    /// Reads, changes and writes back the accounts under the folder's lock.
    /// - Parameters:
    ///   - path: the file.
    ///   - change: what to do to the accounts; it may throw to change nothing.
    /// - Throws: ``WebAccountsError``: the change's, or the file's.
    public static func update(
        _ path: String,
        _ change: (inout WebAccounts) throws(WebAccountsError) -> Void
    ) throws(WebAccountsError) {
        let folder = folder(of: path)
        let lock = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard lock >= 0 else { throw .file(path: folder, reason: errorText()) }
        defer { close(lock) }
        guard flock(lock, LOCK_EX) == 0 else { throw .file(path: folder, reason: errorText()) }
        var accounts = try load(path)
        try change(&accounts)
        try write(accounts.text, to: path, folder: lock)
    }

    /// The raw bytes, or `nil` when the file does not exist.
    private static func contents(_ path: String) throws(WebAccountsError) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw .file(path: path, reason: errorText())
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = Glibc.read(descriptor, &chunk, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw .file(path: path, reason: errorText())
            }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
            guard bytes.count <= 16 * 1024 * 1024 else { throw .file(path: path, reason: "larger than 16 MiB") }
        }
    }

    private static func write(_ text: String, to path: String, folder: Int32) throws(WebAccountsError) {
        var existing = stat()
        let exists = stat(path, &existing) == 0
        var folderStatus = stat()
        _ = fstat(folder, &folderStatus)
        let temporary = "\(path).tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw .file(path: temporary, reason: errorText()) }
        var failure: String?
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count, failure == nil {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno != EINTR { failure = errorText() } else if count > 0 { written += count }
        }
        let owner = exists ? existing.st_uid : geteuid()
        let group = exists ? existing.st_gid : (getgrnam(serviceGroup)?.pointee.gr_gid ?? folderStatus.st_gid)
        let mode = exists ? existing.st_mode & 0o7777 : 0o640
        if failure == nil, fchown(descriptor, owner, group) != 0, geteuid() == 0 { failure = errorText() }
        if failure == nil, fchmod(descriptor, mode) != 0 { failure = errorText() }
        if failure == nil, fsync(descriptor) != 0 { failure = errorText() }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = errorText() }
        if let failure {
            unlink(temporary)
            throw .file(path: path, reason: failure)
        }
        guard fsync(folder) == 0 else {
            throw .file(path: path, reason: "renamed, but the folder did not sync: \(errorText())")
        }
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
