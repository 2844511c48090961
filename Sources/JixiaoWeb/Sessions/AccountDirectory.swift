public import JixiaoWebAccounts

#if canImport(Glibc)
import Glibc
#endif

/// The accounts file as jixiao-web sees it: read on every use (it is a few lines) and parsed
/// again whenever its text changed, so `jixiao web-user add/passwd/delete` apply at once,
/// without a restart.
public actor AccountDirectory {
    /// The file.
    public let path: String
    private var accounts = WebAccounts()
    private var text: [UInt8]?

    /// Creates the directory; nothing is read until asked.
    public init(path: String) {
        self.path = path
    }

    /// The accounts now (none while the file does not exist).
    /// - Throws: ``WebAccountsError`` when the file cannot be read or parsed.
    public func current() throws(WebAccountsError) -> WebAccounts {
        let now = try Self.contents(path)
        if now != text {
            accounts = try WebAccountsFile.load(path)
            text = now
        }
        return accounts
    }

    /// The file's bytes; empty when it does not exist.
    private static func contents(_ path: String) throws(WebAccountsError) -> [UInt8] {
        guard let file = fopen(path, "rb") else {
            if errno == ENOENT { return [] }
            throw .file(path: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count == 0 { break }
            bytes += chunk[..<count]
        }
        return bytes
    }
}
