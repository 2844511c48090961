import ArgumentParser
import JixiaoClient

#if canImport(Glibc)
import Glibc
#endif

/// `jixiao backup FILE`: a consistent online backup of the journal.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: L("把日志的一致在线备份存到文件（管理员）。", "Save a consistent online backup of the journal to a file (admin)."),
        discussion: L(
            "守护进程发送截至某一序号的全部已落盘日志（已校验），先写入 FILE.partial、同步，再改名为 FILE，因此 FILE 要么完整要么不存在。FILE 是一个日志段：恢复时停止守护进程，把状态目录移开，把 FILE 复制为 <state>/journal/00000000000000000001.jxj（用 jixiaod --verify <state> 检查），再启动。若 journal_retention 已删除最早的日志段，备份为最新快照（写入 FILE.jxs）加其后的日志（FILE）；命令会打印各自的恢复位置。",
            "The daemon sends every durable record up to one sequence number, checked; they are written to FILE.partial, synced, and renamed to FILE, so FILE is either whole or absent. FILE is a journal segment: to restore, stop the daemon, move the state directory aside, and copy FILE to <state>/journal/00000000000000000001.jxj (check it with jixiaod --verify <state>), then start the daemon. When journal_retention removed the journal's first segments, the backup is the newest snapshot, written to FILE.jxs, and the records after it in FILE; the command prints where each one restores to."
        )
    )
    @OptionGroup var options: ClientOptions
    @Argument(help: help("备份写到哪里。", "Where to write the backup.", value: "file")) var file: String

    func run() throws {
        let connection = try options.connect()
        let reply: ReceivedReply
        do {
            reply = try connection.request("BACKUP")
        } catch {
            throw Output.fail(error)
        }
        guard reply.isOK else { return try Output.print(reply, as: options.presentation) }
        let status = reply.statusLine.split(separator: " ")
        let word = { (key: String) in
            status.first { $0.hasPrefix(key + "=") }.map { String($0.dropFirst(key.count + 1)) }
        }
        var rows = reply.cells[...]
        var snapshotBytes = 0
        if let name = word("snapshot"), let count = word("snapshot_rows").flatMap(Int.init) {
            // The journal no longer starts at record 1: the snapshot it starts after comes first.
            let bytes = Self.bytes(rows.prefix(count))
            try writeDurably(bytes, to: file + ".jxs")
            snapshotBytes = bytes.count
            rows = rows.dropFirst(count)
            print(
                L(
                    "快照 \(name)（\(bytes.count) 字节）已写入 \(file).jxs",
                    "snapshot \(name) (\(bytes.count) bytes) written to \(file).jxs"
                )
            )
        }
        let bytes = Self.bytes(rows)
        try writeDurably(bytes, to: file)
        let sequence = word("seq") ?? "?"
        print(
            L(
                "截至序号 \(sequence) 的日志备份（\(bytes.count) 字节）已写入 \(file)",
                "backup of the journal up to sequence \(sequence) (\(bytes.count) bytes) written to \(file)"
            )
        )
        if snapshotBytes > 0 {
            let snapshot = word("snapshot") ?? "?"
            let segment = Self.segmentName(word("first") ?? "1")
            print(
                L(
                    "恢复时：\(file).jxs 放为 <state>/snapshots/\(snapshot)，\(file) 放为 <state>/journal/\(segment)",
                    "restore: \(file).jxs as <state>/snapshots/\(snapshot), \(file) as <state>/journal/\(segment)"
                )
            )
        }
    }

    private static func bytes(_ rows: ArraySlice<[String]>) -> [UInt8] {
        var bytes: [UInt8] = []
        for row in rows {
            bytes += row.first?.utf8 ?? "".utf8
            bytes.append(0x0A)
        }
        return bytes
    }

    private static func segmentName(_ first: String) -> String {
        String(repeating: "0", count: max(0, 20 - first.count)) + first + ".jxj"
    }

    /// Writes FILE.partial, syncs it and renames it to FILE, so FILE is whole or absent.
    private func writeDurably(_ bytes: [UInt8], to file: String) throws {
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
    }

    private func fail(_ message: String) -> ExitCode {
        Output.printError("\(message): \(String(cString: strerror(errno)))")
        return ExitCode.failure
    }
}
