import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

/// Reading whole text files without Foundation.
enum TextFile {
    /// The file's contents as UTF-8 (invalid bytes replaced).
    static func read(_ path: String) throws -> String {
        guard let handle = fopen(path, "rb") else {
            Output.printError(L("无法打开 \(path)：", "cannot open \(path): ") + String(cString: strerror(errno)))
            throw ExitCode.validationFailure
        }
        defer { fclose(handle) }
        return readAll(handle)
    }

    /// Writes text to a file, replacing it.
    static func write(_ text: String, to path: String) throws {
        guard let handle = fopen(path, "wb") else {
            Output.printError(L("无法写入 \(path)：", "cannot write \(path): ") + String(cString: strerror(errno)))
            throw ExitCode.failure
        }
        defer { fclose(handle) }
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
    }

    /// Standard input's contents.
    static func readStandardInput() -> String {
        guard let handle = fdopen(dup(STDIN_FILENO), "rb") else { return "" }
        defer { fclose(handle) }
        return readAll(handle)
    }

    private static func readAll(_ handle: UnsafeMutablePointer<FILE>) -> String {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&chunk, 1, chunk.count, handle)
            if count <= 0 { break }
            bytes += chunk[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
