import ArgumentParser
import JixiaoClient

#if canImport(Glibc)
import Glibc
#endif

/// `jixiao batch FILE|-`: runs a file of protocol lines.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Run protocol lines from a file (or - for standard input).",
        discussion: """
            Blank lines and lines starting with # are skipped. Each line is sent and its reply \
            read before the next is sent; rows are printed as usual. The batch stops at the \
            first ERR (reported as FILE:LINE) unless --keep-going is given; the exit code is 1 \
            if any line was refused.
            """
    )
    @OptionGroup var options: ClientOptions
    @Flag(help: "Go on after a refused line.") var keepGoing = false
    @Argument(help: "The command file, or - for standard input.") var file: String

    func run() throws {
        let handle: UnsafeMutablePointer<FILE>
        if file == "-" {
            handle = fdopen(STDIN_FILENO, "r")
        } else {
            guard let opened = fopen(file, "r") else {
                Output.printError("cannot open \(file): \(String(cString: strerror(errno)))")
                throw ExitCode.validationFailure
            }
            handle = opened
        }
        defer { if file != "-" { fclose(handle) } }
        let connection = try options.connect()
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var capacity = 0
        defer { free(buffer) }
        var number = 0
        var failures = 0
        while getline(&buffer, &capacity, handle) >= 0 {
            number += 1
            var line = String(cString: buffer!)
            while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let reply: ReceivedReply
            do {
                reply = try connection.request(line)
            } catch {
                throw Output.fail(error)
            }
            if let error = reply.error {
                failures += 1
                Output.printError("\(file):\(number): ERR \(error.code) \(error.message)")
                if !keepGoing { throw Output.serverError }
                continue
            }
            if reply.statusLine.contains("rows=") { try Output.print(reply) }
        }
        if failures > 0 { throw Output.serverError }
    }
}
