import ArgumentParser
import JixiaoClient
import JixiaoProtocol

#if canImport(Glibc)
import Glibc
#endif

/// `jixiao watch`: committed changes as they happen, resuming after a lost connection.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: L(
            "实时打印每一项已提交的修改（可限于某单位、年度或支出）。",
            "Print every committed change (or a unit's, a unit-year's, an expenditure's) as it happens."
        ),
        discussion: L(
            "每行为序号、行、时间、操作人、对象和修改行：管道中为带表头的制表符分隔行（时间为 UTC），--json 为 JSON 行，终端上为易读格式（北京时间）。连接断开（守护进程重启）或守护进程丢弃跟不上的观察者时，自动重连并从最后打印的修改之后继续，不漏不重。--from SEQ 从日志序号 SEQ 之后开始（0 为从头）。--timeout 只限制开始观察时的等待。",
            "Rows are seq, line, time, author, object and the change line: tab-separated with a header when piped (times in UTC), JSON lines with --json, readable (China time) on a terminal. When the connection is lost (a daemon restart) or the daemon drops a slow watcher, it reconnects and resumes after the last change it printed, so nothing is missed or printed twice. --from SEQ starts after journal record SEQ (0: from the beginning). --timeout bounds only the start of the watch."
        )
    )
    @OptionGroup var options: ClientOptions
    @Argument(help: help("只看此单位。", "Only this unit.")) var unit: String?
    @Argument(help: help("只看此单位的此年度。", "Only this fiscal year of the unit.")) var year: String?
    @Argument(help: help("只看此支出：dept 或项目代码。", "Only this expenditure: dept or a project code.")) var owner: String?
    @Option(help: help("从此日志序号之后开始。", "Start after this journal sequence number.", value: "seq")) var from: Int64?
    @Option(help: help("打印这么多条后退出。", "Exit after printing this many events.", value: "n")) var count: Int?

    func run() throws {
        var progress = WatchProgress(from: from)
        var printed = 0
        var headerPrinted = false
        var failures = 0
        while count.map({ printed < $0 }) ?? true {
            let connection: ClientConnection
            do {
                connection = try options.open()
                let words = [unit, year, owner].compactMap { $0 }
                let line = Line.make("WATCH", words, progress.resumeFrom.map { ["from=\($0)"] } ?? [])
                let reply = try connection.request(line)
                if let error = reply.error {
                    Output.printRefusal(error)
                    throw Output.serverError
                }
                // Events may be hours apart: the timeout bounds only the start.
                connection.timeout = nil
                progress.started(at: reply.statusLine)
                failures = 0
            } catch let error as ClientError {
                failures += 1
                if failures == 1 {
                    Output.printError(L("\(Output.describe(error))；稍后重试", "\(Output.describe(error)); retrying"))
                }
                sleep(1)
                continue
            }
            if !options.json, !Output.isTerminal, !headerPrinted {
                print("seq\tline\ttime\tauthor\tobject\tchange")
                headerPrinted = true
            }
            reading: while count.map({ printed < $0 }) ?? true {
                let received: ClientConnection.WatchLine
                do {
                    received = try connection.readWatchLine()
                } catch {
                    Output.printError(
                        L(
                            "连接在序号 \(progress.lastComplete ?? 0) 之后中断；正在恢复",
                            "the connection was lost after seq \(progress.lastComplete ?? 0); resuming"
                        )
                    )
                    sleep(1)
                    break reading
                }
                switch received {
                case .event(let event):
                    guard progress.accept(event) else { continue }
                    print(Self.render(event, json: options.json))
                    fflush(nil)  // every stream: events go out live, also into a pipe
                    printed += 1
                case .dropped(_, let message):
                    Output.printError(L("\(message)；正在恢复", "\(message); resuming"))
                    break reading
                case .other:
                    continue
                }
            }
        }
    }

    /// An event for a person (China time), as TSV, or as a JSON line.
    static func render(_ event: WatchEvent, json: Bool) -> String {
        let cells = [
            String(event.sequence), "\(event.line)/\(event.lines)", event.time, event.author, event.object,
            event.change,
        ]
        if json {
            var text = "{"
            for (index, (key, value)) in zip(["seq", "line", "time", "author", "object", "change"], cells).enumerated()
            {
                if index > 0 { text += "," }
                JSONText.appendString(key, to: &text)
                text += ":"
                JSONText.appendString(value, to: &text)
            }
            return text + "}"
        }
        guard Output.isTerminal else { return cells.map(ReplyEncoder.escapeTSV).joined(separator: "\t") }
        let local =
            (try? MomentText.milliseconds(parsing: event.time, day: .start)).map {
                String(
                    MomentText.utc($0 + MomentText.chinaOffsetMinutes * 60_000).prefix(19).map { $0 == "T" ? " " : $0 }
                )
            } ?? event.time
        return "#\(event.sequence) \(local) \(event.author)  \(event.object)  \(event.change)"
    }
}

/// Where a watch is, so that a new connection resumes exactly after what was printed.
struct WatchProgress {
    /// The last record whose every line in scope was printed (or known to have none).
    private(set) var lastComplete: Int64?
    /// The last event printed.
    private var lastPrinted: (sequence: Int64, line: Int)?

    init(from: Int64?) { lastComplete = from }

    /// The `from=` for the next `WATCH`.
    var resumeFrom: Int64? { lastComplete }

    /// Notes the registration's sequence (`OK WATCHING seq=S`) when starting fresh.
    mutating func started(at statusLine: String) {
        guard lastComplete == nil else { return }
        for word in statusLine.split(separator: " ") where word.hasPrefix("seq=") {
            lastComplete = Int64(word.dropFirst(4))
        }
    }

    /// Whether to print an event: not one printed before a reconnection.
    mutating func accept(_ event: WatchEvent) -> Bool {
        if let lastPrinted,
            (event.sequence, event.line) <= (lastPrinted.sequence, lastPrinted.line)
        {
            return false
        }
        lastPrinted = (event.sequence, event.line)
        if event.line == event.lines { lastComplete = event.sequence } else { lastComplete = event.sequence - 1 }
        return true
    }
}
