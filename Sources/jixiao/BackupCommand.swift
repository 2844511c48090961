import ArgumentParser
import JixiaoClient

#if canImport(Glibc)
import Glibc
#endif

/// `jixiao backup FILE`: a consistent online backup of the journal.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Save a consistent online backup of the journal to a file (admin).",
        discussion: """
            The daemon sends every durable record up to one sequence number, checked; they are \
            written to FILE.partial, synced, and renamed to FILE, so FILE is either whole or \
            absent. FILE is a journal segment: to restore, stop the daemon, move the state \
            directory aside, and copy FILE to <state>/journal/00000000000000000001.jxj (check it \
            with jixiaod --verify <state>), then start the daemon.
            """
    )
    @OptionGroup var options: ClientOptions
    @Argument(help: ArgumentHelp("Where to write the backup.", valueName: "file")) var file: String

    func run() throws {
        let connection = try options.connect()
        let reply: ReceivedReply
        do {
            reply = try connection.request("BACKUP")
        } catch {
            throw Output.fail(error)
        }
        guard reply.isOK else { return try Output.print(reply) }
        var bytes: [UInt8] = []
        for row in reply.cells {
            bytes += row.first?.utf8 ?? "".utf8
            bytes.append(0x0A)
        }
        let partial = file + ".partial"
        let descriptor = open(partial, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw fail("cannot create \(partial)") }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else {
                close(descriptor)
                throw fail("cannot write \(partial)")
            }
            written += count
        }
        guard fsync(descriptor) == 0, close(descriptor) == 0 else { throw fail("cannot sync \(partial)") }
        guard rename(partial, file) == 0 else { throw fail("cannot rename \(partial) to \(file)") }
        // The rename is durable only once the folder is synced.
        let folder = file.contains("/") ? String(file[..<file.lastIndex(of: "/")!]) : "."
        let directory = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
        let sequence = reply.statusLine.split(separator: " ").first { $0.hasPrefix("seq=") }?.dropFirst(4) ?? "?"
        print("backup of the journal up to sequence \(sequence) (\(bytes.count) bytes) written to \(file)")
    }

    private func fail(_ message: String) -> ExitCode {
        Output.printError("\(message): \(String(cString: strerror(errno)))")
        return ExitCode.failure
    }
}
