import JixiaoProtocol

#if canImport(Glibc)
import Glibc
#endif

/// Loads protocol command files (`*.jx`) into the model through the executor, as if an
/// operator had typed them: the daemon's `--load-if-empty` (example data for `make run`).
enum CommandFileLoader {
    /// The `.jx` files at `path`: the file itself, or those in the folder, sorted by name.
    static func files(at path: String) throws(ServerError) -> [String] {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .system(operation: "stat", path: path, errno: errno) }
        guard info.st_mode & S_IFMT == S_IFDIR else { return [path] }
        guard let directory = opendir(path) else { throw .system(operation: "opendir", path: path, errno: errno) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasSuffix(".jx") { names.append(path + "/" + name) }
        }
        return names.sorted()
    }

    /// Executes every change in the files; stops at the first refused line.
    /// - Returns: how many changes were made.
    static func load(_ files: [String], into executor: StateExecutor, author: String) async throws -> Int {
        var count = 0
        for file in files {
            guard let handle = fopen(file, "r") else {
                throw ServerError.system(operation: "open", path: file, errno: errno)
            }
            defer { fclose(handle) }
            var number = 0
            var buffer: UnsafeMutablePointer<CChar>? = nil
            var capacity = 0
            defer { free(buffer) }
            while getline(&buffer, &capacity, handle) >= 0 {
                number += 1
                let line = String(cString: buffer!).trimmingTrailingNewline()
                let command: Command?
                do {
                    command = try CommandParser.parse(line)
                } catch {
                    throw ServerError.load(file: file, line: number, reason: "\(error)")
                }
                guard let command else { continue }
                guard case .change = command else { continue }
                let reply = await executor.execute(command, author: author)
                if case .error(let error) = reply.status {
                    throw ServerError.load(file: file, line: number, reason: "\(error)")
                }
                count += 1
            }
        }
        return count
    }
}

extension String {
    func trimmingTrailingNewline() -> String {
        var text = Substring(self)
        while let last = text.last, last == "\n" || last == "\r" || last == "\r\n" { text = text.dropLast() }
        return String(text)
    }
}
