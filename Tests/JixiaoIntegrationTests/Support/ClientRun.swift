import Foundation

/// The result of running the real `jixiao` binary.
struct ClientRun {
    var status: Int32
    var output: String
    var errors: String

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
    static func jixiao(_ arguments: [String], socket: String?, input: String? = nil) throws -> ClientRun {
        let process = Process()
        process.executableURL = TestEnvironment.binDirectory.appendingPathComponent("jixiao")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["JIXIAO_SOCKET"] = socket
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        let inputPipe = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = inputPipe
        try process.run()
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
