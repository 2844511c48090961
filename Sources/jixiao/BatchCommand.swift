import ArgumentParser
import JixiaoClient

#if canImport(Glibc)
import Glibc
#endif

/// `jixiao batch FILE|-`: runs a file of protocol lines.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: L("执行文件（或标准输入 -）中的协议行。", "Run protocol lines from a file (or - for standard input)."),
        discussion: L(
            "空行和以 # 开头的行跳过。每行发送后读完应答再发下一行；结果照常打印。遇到第一个 ERR（按 文件:行号 报出）即停止，除非给出 --keep-going；有任何一行被拒绝则退出码为 1。终端上在标准错误显示进度。--transaction 使全部修改要么都成功要么都不做，记为一条日志（BEGIN … COMMIT）；有一行被拒绝则全部回滚。",
            "Blank lines and lines starting with # are skipped. Each line is sent and its reply read before the next is sent; rows are printed as usual. The batch stops at the first ERR (reported as FILE:LINE) unless --keep-going is given; the exit code is 1 if any line was refused. On a terminal, progress is shown on standard error. With --transaction the changes are made all or nothing, as one journal record (BEGIN … COMMIT); a refused line rolls everything back."
        )
    )
    @OptionGroup var options: ClientOptions
    @Flag(help: help("被拒绝的行之后继续。", "Go on after a refused line.")) var keepGoing = false
    @Flag(
        help: help("全部修改或全部不改（BEGIN … COMMIT，一条日志）。", "Make every change or none (BEGIN … COMMIT, one journal record).")
    ) var transaction = false
    @Argument(help: help("命令文件，或 - 表示标准输入。", "The command file, or - for standard input.")) var file: String

    func run() throws {
        let text = file == "-" ? TextFile.readStandardInput() : try TextFile.read(file)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        if transaction, keepGoing {
            throw ValidationError(
                L("--transaction 与 --keep-going 不能同时使用", "--transaction and --keep-going exclude each other")
            )
        }
        try Batch.run(lines, source: file, options: options, keepGoing: keepGoing, transaction: transaction)
    }
}

/// Sending many protocol lines, one at a time, reporting refusals by line number.
enum Batch {
    /// Sends the lines that are not blank or comments; prints rows; reports ERR replies as
    /// SOURCE:LINE. Shows progress on a terminal for long batches.
    static func run(
        _ lines: [String],
        source: String,
        options: ClientOptions,
        keepGoing: Bool,
        transaction: Bool = false
    ) throws {
        let connection = try options.connect()
        let progress = Progress(total: lines.count)
        var failures = 0
        if transaction { try expectOK(connection.request("BEGIN"), "BEGIN") }
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            progress.update(index + 1)
            let reply: ReceivedReply
            do {
                reply = try connection.request(line)
            } catch {
                progress.finish()
                throw Output.fail(error)
            }
            if let error = reply.error {
                failures += 1
                progress.finish()
                Output.printRefusal(error, source: "\(source):\(index + 1)")
                if transaction {
                    _ = try? connection.request("ROLLBACK")
                    Output.printError(L("\(source)：已回滚，没有任何修改", "\(source): rolled back; nothing was changed"))
                }
                if !keepGoing { throw Output.serverError }
                continue
            }
            if reply.statusLine.hasPrefix("OK seq=") {
                Output.printFindings(reply, source: "\(source):\(index + 1)")
            } else if reply.statusLine.contains("rows=") {
                try Output.print(reply, as: options.presentation)
            }
        }
        progress.finish()
        if transaction {
            let reply: ReceivedReply
            do {
                reply = try connection.request("COMMIT")
            } catch {
                throw Output.fail(error)
            }
            if let error = reply.error {
                Output.printRefusal(error, source: "\(source): COMMIT")
                Output.printError(L("\(source)：没有任何修改", "\(source): nothing was changed"))
                throw Output.serverError
            }
            Output.printFindings(reply, source: source)
        }
        if failures > 0 { throw Output.serverError }
    }

    private static func expectOK(_ reply: ReceivedReply, _ what: String) throws {
        if let error = reply.error {
            Output.printRefusal(error, source: what)
            throw Output.serverError
        }
    }
}

/// A one-line progress counter on standard error, shown only when it is a terminal and the
/// batch is long enough to wait for.
final class Progress {
    private let total: Int
    private let enabled: Bool
    private var shown = false
    private var lastPercent = -1

    init(total: Int) {
        self.total = total
        self.enabled = total >= 200 && isatty(STDERR_FILENO) == 1
    }

    func update(_ done: Int) {
        guard enabled else { return }
        let percent = done * 100 / max(total, 1)
        guard percent != lastPercent else { return }
        lastPercent = percent
        shown = true
        Output.writeError(L("\r\(done)/\(total) 行（\(percent)%）", "\r\(done)/\(total) lines (\(percent)%)"))
    }

    func finish() {
        guard shown else { return }
        shown = false
        Output.writeError("\n")
    }
}
