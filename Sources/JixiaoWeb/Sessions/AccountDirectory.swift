public import JixiaoWebAccounts

#if canImport(Glibc)
import Glibc
#endif

/// The accounts file as jixiao-web sees it: read again whenever it changed on disk (its
/// inode, size or modification time), so `jixiao web-user add/passwd/delete` apply at once,
/// without a restart. A file that cannot be read keeps the last good accounts and is logged
/// by the caller.
public actor AccountDirectory {
    /// The file.
    public let path: String
    private var accounts = WebAccounts()
    private var signature: [Int64] = []

    /// Creates the directory; nothing is read until asked.
    public init(path: String) {
        self.path = path
    }

    /// The accounts now.
    /// - Throws: ``WebAccountsError`` when the file changed and cannot be read.
    public func current() throws(WebAccountsError) -> WebAccounts {
        var status = stat()
        let now: [Int64] =
            stat(path, &status) == 0
            ? [
                Int64(status.st_ino), Int64(status.st_size), Int64(status.st_mtim.tv_sec),
                Int64(status.st_mtim.tv_nsec),
            ] : []
        if now != signature || now.isEmpty {
            accounts = try WebAccountsFile.load(path)
            signature = now
        }
        return accounts
    }
}
