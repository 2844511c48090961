import Foundation

/// The result of running the real `jixiao` binary.
struct ClientRun {
    var status: Int32
    var output: String
    var errors: String

    /// `jixiaod` with arguments, run to its end (for options that do not serve).
    static func jixiaod(_ arguments: [String]) throws -> ClientRun {
        let process = Process()
        process.executableURL = TestEnvironment.binDirectory.appendingPathComponent("jixiaod")
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ClientRun(
            status: process.terminationStatus,
            output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self)
        )
    }

    /// `jixiaod --verify DIR`: its exit status and what it printed.
    static func jixiaodVerify(_ directory: String) throws -> (status: Int32, output: String) {
        try binary("jixiaod", ["--verify", directory])
    }

    /// Runs one of the built binaries to completion: its exit status and standard output.
    static func binary(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = TestEnvironment.binDirectory.appendingPathComponent(name)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// Runs `jixiao` with arguments (and standard input), as a shell script would.
    /// - Parameters:
    ///   - arguments: the command line after `jixiao`.
    ///   - socket: `JIXIAO_SOCKET`.
    ///   - input: standard input.
    ///   - environment: more variables; the locale is `LANG=C` (English messages) unless
    ///     this sets it.
    ///   - deadline: seconds after which a client that has not exited is killed (its
    ///     status is then that of SIGKILL), so that a hang fails the test instead of
    ///     stopping the suite.
    static func jixiao(
        _ arguments: [String],
        socket: String?,
        input: String? = nil,
        environment extra: [String: String] = [:],
        deadline: TimeInterval = 120
    ) throws -> ClientRun {
        let process = Process()
        process.executableURL = TestEnvironment.binDirectory.appendingPathComponent("jixiao")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for variable in ["LC_ALL", "LC_MESSAGES", "JIXIAO_LANG", "JIXIAO_TIMEOUT", "COLUMNS"] {
            environment[variable] = nil
        }
        environment["LANG"] = "C"
        environment["JIXIAO_SOCKET"] = socket
        environment.merge(extra) { $1 }
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        let inputPipe = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = inputPipe
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + deadline, execute: watchdog)
        defer { watchdog.cancel() }
        if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inputPipe.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ClientRun(
            status: process.terminationStatus,
            output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self)
        )
    }
}
