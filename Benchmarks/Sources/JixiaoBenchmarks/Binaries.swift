import Foundation

/// Where the binaries the harness measures are. The harness is a package of its own
/// (`swift run -c release --package-path Benchmarks`), so its binary lives in
/// `Benchmarks/.build/release` while `jixiaod` and `jixiao` are the root package's
/// (`.build/release`): they are looked for there, or taken from `--jixiaod PATH` and
/// `--jixiao PATH`, so that an engineer can measure a daemon built in another worktree.
enum Binaries {
    /// The daemon measured; set from `--jixiaod` before any workload runs.
    nonisolated(unsafe) static var jixiaod = ""
    /// The client measured by the `client` workload; set from `--jixiao`.
    nonisolated(unsafe) static var jixiao = ""

    /// The repository's root: the first of the working directory, its parent and the
    /// folders above this binary (`Benchmarks/.build/release/JixiaoBenchmarks`, through the
    /// `release` link or not) that holds `Benchmarks/Package.swift`; the working directory
    /// when none does.
    static var repositoryRoot: String {
        let workingDirectory = FileManager.default.currentDirectoryPath
        let binary = URL(fileURLWithPath: CommandLine.arguments[0])
        var candidates = [workingDirectory, (workingDirectory as NSString).deletingLastPathComponent]
        for start in [binary, binary.resolvingSymlinksInPath()] {
            var folder = start.deletingLastPathComponent()
            while folder.path != "/" {
                candidates.append(folder.path)
                folder = folder.deletingLastPathComponent()
            }
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/Benchmarks/Package.swift") }
            ?? workingDirectory
    }

    /// The root package's release build of `name`.
    static func release(_ name: String) -> String { repositoryRoot + "/.build/release/" + name }

    /// The client as `make install` builds it (the Swift runtime linked in), if built.
    static var staticClient: String? {
        let path = repositoryRoot + "/.build-static/release/jixiao"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// The clients the `client` workload times: the one given with `--jixiao`; by default
    /// the release build and, when built, the one `make install` builds.
    static var clients: [(label: String, path: String)] {
        guard jixiao == release("jixiao") else { return [("jixiao", jixiao)] }
        return [("jixiao", jixiao)]
            + (staticClient.map { [("jixiao (.build-static: --static-swift-stdlib)", $0)] } ?? [])
    }

    /// Fails with what to do when `path` (the `option`'s binary) is not an executable file.
    static func check(_ path: String, option: String, product: String) throws {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchmarkError(
                "\(product) not found at \(path): build it (`swift build -c release --product \(product)` in the "
                    + "repository's root; `make bench` does) or give its path with \(option) PATH"
            )
        }
    }
}
