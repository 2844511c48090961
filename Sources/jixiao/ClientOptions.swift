import ArgumentParser
import JixiaoClient
import JixiaoProtocol

#if canImport(Glibc)
import Glibc
#endif

/// Options every subcommand that talks to the daemon shares.
struct ClientOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            L(
                "守护进程的套接字（环境变量 JIXIAO_SOCKET；默认 /run/jixiao/jixiao.sock）。",
                "The daemon's socket (env JIXIAO_SOCKET; default /run/jixiao/jixiao.sock)."
            ),
            valueName: "path"
        )
    )
    var socket: String?

    @Flag(help: ArgumentHelp(L("每行输出一个 JSON 对象（供脚本使用）。", "Print rows as JSON lines.")))
    var json = false

    @Flag(
        help: ArgumentHelp(
            L("按中文表头对齐输出，即使输出到管道。", "Print an aligned table with Chinese headings even when piped.")
        )
    )
    var table = false

    @Option(
        help: ArgumentHelp(
            L(
                "查询过去某一时刻（2024-06-30T18:00 为北京时间，2024-06-30 为当天结束时，末尾加 Z 为 UTC）或某一日志序号（1234）时的数据。",
                "Ask as of a past moment (2024-06-30T18:00 China time, 2024-06-30 for the end of that day, …Z for UTC) or journal sequence (1234)."
            ),
            valueName: "time|seq"
        )
    )
    var at: String?

    @Option(
        help: ArgumentHelp(
            L(
                "等待守护进程应答的最长秒数（环境变量 JIXIAO_TIMEOUT；默认 60；0 为一直等待）。超时退出码为 75。",
                "The longest wait in seconds for the daemon to answer (env JIXIAO_TIMEOUT; default 60; 0 waits for ever). Exit code 75 on a timeout."
            ),
            valueName: "seconds"
        )
    )
    var timeout: Double?

    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            L(
                "界面语言：zh（中文，默认）或 en（英文；LANG=C、en_* 时也为英文）。",
                "The language for people: zh (Chinese, the default) or en (English; also with LANG=C or en_*)."
            ),
            valueName: "zh|en"
        )
    )
    var language: String?

    /// The default of ``timeout``, in seconds.
    static let defaultTimeout = 60.0

    func validate() throws {
        if let language, Language.named(language) == nil {
            throw ValidationError(L("--lang 只能是 zh 或 en", "--lang is zh or en"))
        }
        if let timeout, timeout < 0 || !timeout.isFinite {
            throw ValidationError(L("--timeout 是不小于 0 的秒数", "--timeout is a number of seconds, 0 or more"))
        }
    }

    /// The socket path: the option, then the environment, then the default.
    var socketPath: String {
        if let socket { return socket }
        if let value = getenv("JIXIAO_SOCKET"), value.pointee != 0 { return String(cString: value) }
        return "/run/jixiao/jixiao.sock"
    }

    /// The wait for each reply: the option, then `JIXIAO_TIMEOUT`, then 60 s; `nil` (0)
    /// waits for ever.
    var effectiveTimeout: Double? {
        var seconds = timeout ?? Self.defaultTimeout
        if timeout == nil, let value = getenv("JIXIAO_TIMEOUT"), let parsed = Double(String(cString: value)),
            parsed >= 0
        {
            seconds = parsed
        }
        return seconds > 0 ? seconds : nil
    }

    /// How replies are shown: aligned for people on a terminal (or with `--table`),
    /// tab-separated for scripts.
    var presentation: Presentation {
        Presentation(aligned: !json && (table || Output.isTerminal))
    }

    /// Connects without the `FORMAT` and `AT` settings.
    /// - Throws: ``ClientError``.
    func open() throws(ClientError) -> ClientConnection {
        try ClientConnection(socketPath: socketPath, timeout: effectiveTimeout)
    }

    /// Connects, switching to JSON rows and to the amounts' unit when asked.
    /// - Parameter money: how the daemon writes amounts in rows (`MONEY`), when not 万元.
    func connect(money: MoneyFormat = .wan) throws -> ClientConnection {
        do {
            let connection = try open()
            if json { try connection.setFormat(.json) }
            if money != .wan { try connection.setMoney(money) }
            if let at { connection.asOf = at.allSatisfy({ ("0"..."9").contains($0) }) ? "SEQ \(at)" : at }
            return connection
        } catch {
            throw Output.fail(error)
        }
    }

    /// Sends one request and prints its reply; fails with the documented exit code.
    /// - Parameters:
    ///   - line: the protocol line, built from typed arguments.
    ///   - amounts: the unit amounts are shown in (listings).
    func run(_ line: String, amounts: AmountFormat = .wan) throws {
        let connection = try connect(money: amounts.money)
        let reply: ReceivedReply
        do {
            reply = try connection.request(line)
        } catch {
            throw Output.fail(error)
        }
        try Output.print(reply, as: presentation.with(amounts))
    }
}

/// Words for a protocol line from the client's arguments.
enum Line {
    /// A `key=value` word for each option that was given.
    static func keyed(_ pairs: [(String, String?)]) -> [String] {
        pairs.compactMap { key, value in value.map { WordQuoting.keyed(key, $0) } }
    }

    /// Joins words into a line, quoting positional ones.
    static func make(_ command: String, _ positional: [String], _ keyed: [String] = []) -> String {
        ([command] + positional.map(WordQuoting.quote) + keyed).joined(separator: " ")
    }
}
