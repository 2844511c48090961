import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The CPU time a process has spent, from the kernel's own accounting: steadier on a
/// shared machine than a rate (a neighbour's burst delays the server's work but does not
/// add to it), and counted the same way for jixiaod and redis-server.
enum ProcessCPU {
    /// Clock ticks per second, the unit of /proc's times (100 here: 10 ms granularity, so
    /// a figure needs seconds of CPU, not milliseconds).
    static let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))

    /// utime + stime of the whole process `pid` (every thread, living or ended), in
    /// seconds: fields 14 and 15 of /proc/PID/stat. `nil` when the process is gone.
    static func seconds(_ pid: Int32) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        // The name (field 2) may hold spaces and parentheses: count from its closing one,
        // after which field 3 comes first.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / ticksPerSecond
    }
}
