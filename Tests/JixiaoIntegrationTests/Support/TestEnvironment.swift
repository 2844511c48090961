import Foundation

/// Where the built binaries are, and scratch folders for one test.
enum TestEnvironment {
    /// The folder holding `jixiaod` and `jixiao`: `JIXIAO_BIN_DIR` (set by `make test`), else
    /// the package's debug build folder.
    static let binDirectory: URL = {
        if let path = ProcessInfo.processInfo.environment["JIXIAO_BIN_DIR"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return packageRoot.appendingPathComponent(".build/debug")
    }()

    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A new empty folder with a short path (Unix socket paths are limited to 107 bytes).
    static func makeScratchDirectory() throws -> URL {
        var template = Array("/tmp/jxt-XXXXXX".utf8CString)
        guard let path = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        return URL(fileURLWithPath: String(cString: path))
    }
}
