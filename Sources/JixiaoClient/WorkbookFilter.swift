#if canImport(Glibc)
import Glibc
#endif

/// Runs `jixiao-xlsx`, the workbook filter, as a child process: .xlsx needs Foundation,
/// libxml2 and libxlsxwriter, which would add milliseconds to every `jixiao` start, so only
/// the commands that touch a workbook pay for them.
///
/// The filter is found as `$JIXIAO_XLSX`, else beside the running `jixiao`, else on `PATH`.
public enum WorkbookFilter {
    /// The filter could not be run, or failed (it has said why on standard error).
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What went wrong.
        public let reason: String
        /// The filter's exit status, when it ran.
        public let status: Int32?

        public var description: String { reason }
    }

    /// The filter's path.
    public static var path: String {
        if let value = getenv("JIXIAO_XLSX"), value.pointee != 0 { return String(cString: value) }
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 {
            let executable = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if let slash = executable.lastIndex(of: "/") {
                let beside = String(executable[...slash]) + "jixiao-xlsx"
                if access(beside, X_OK) == 0 { return beside }
            }
        }
        return "jixiao-xlsx"
    }

    /// Runs the filter with `arguments`, feeding it `input` on standard input, and returns
    /// what it printed on standard output; its standard error is the caller's.
    /// - Throws: ``Failure`` when it cannot start or exits with a non-zero status.
    public static func run(_ arguments: [String], input: [UInt8] = []) throws(Failure) -> [UInt8] {
        var toChild: [Int32] = [0, 0]
        var fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else {
            throw Failure(reason: "cannot make a pipe: \(String(cString: strerror(errno)))", status: nil)
        }
        // Only the child's standard input and output are its copies of the pipes.
        for descriptor in toChild + fromChild { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], STDOUT_FILENO)
        let program = path
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child: pid_t = 0
        let spawned =
            program.contains("/")
            ? posix_spawn(&child, program, &actions, nil, argv, environ)
            : posix_spawnp(&child, program, &actions, nil, argv, environ)
        close(toChild[0])
        close(fromChild[1])
        guard spawned == 0 else {
            close(toChild[1])
            close(fromChild[0])
            throw Failure(
                reason:
                    "cannot run \(program): \(String(cString: strerror(spawned))) (it is installed beside jixiao; JIXIAO_XLSX names another)",
                status: nil
            )
        }
        // The filter reads all its input before it writes, so one direction at a time is safe;
        // a filter that dies early must not kill jixiao with SIGPIPE.
        let previous = signal(SIGPIPE, SIG_IGN)
        var sent = 0
        while sent < input.count {
            let count = input.withUnsafeBytes { write(toChild[1], $0.baseAddress! + sent, $0.count - sent) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            sent += count
        }
        close(toChild[1])
        signal(SIGPIPE, previous)
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fromChild[0], $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            output += chunk[..<count]
        }
        close(fromChild[0])
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0, errno == EINTR {}
        let exited = status & 0x7F == 0
        let code = exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        guard code == 0 else { throw Failure(reason: "jixiao-xlsx failed (exit \(code))", status: code) }
        return output
    }
}
