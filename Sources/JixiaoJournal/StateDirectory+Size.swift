#if canImport(Glibc)
import Glibc
#endif

extension StateDirectory {
    /// The journal's size on disk: the sum of its segments' sizes, in bytes (for `STATUS`).
    /// A segment that cannot be read counts as 0 rather than failing a status request.
    public func journalBytes() -> Int64 {
        guard let names = try? segmentNames() else { return 0 }
        var total: Int64 = 0
        for name in names {
            var info = stat()
            if stat(journalPath + "/" + name, &info) == 0 { total += Int64(info.st_size) }
        }
        return total
    }
}
