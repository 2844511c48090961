import ArgumentParser
import JixiaoClient
import JixiaoProtocol

#if canImport(Glibc)
import Glibc
#endif

/// Printing replies and choosing exit codes.
enum Output {
    /// The daemon answered ERR.
    static let serverError = ExitCode(1)
    /// Bad usage (EX_USAGE), also a line that is not one request.
    static let usage = ExitCode(64)
    /// No daemon on the socket (EX_UNAVAILABLE).
    static let unreachable = ExitCode(69)
    /// The daemon did not answer within `--timeout` (EX_TEMPFAIL).
    static let timedOut = ExitCode(75)
    /// The connection broke or the reply was not protocol v1 (EX_PROTOCOL).
    static let protocolFailure = ExitCode(76)
    /// The user may not connect to the socket (EX_NOPERM).
    static let denied = ExitCode(77)

    /// Whether standard output is a terminal (then tables are aligned for people).
    static let isTerminal = isatty(STDOUT_FILENO) == 1

    /// Prints a reply: rows as a table, TSV or JSON; a status line otherwise. An ERR reply
    /// goes to standard error and ends the command with exit code 1.
    static func print(_ reply: ReceivedReply, as presentation: Presentation) throws {
        if let error = reply.error {
            printRefusal(error)
            throw serverError
        }
        if reply.statusLine.contains(" seq=") || reply.statusLine.hasPrefix("OK seq=") {
            // A change: its rows are what the checker found about it.
            Swift.print(reply.statusLine.split(separator: " ").filter { !$0.hasPrefix("rows=") }.joined(separator: " "))
            printFindings(reply, source: nil)
            return
        }
        if reply.columns.isEmpty && reply.rowLines.isEmpty {
            if !reply.statusLine.contains("rows=") { Swift.print(reply.statusLine) }
            return
        }
        if reply.columns.isEmpty {
            for line in reply.rowLines { Swift.print(line) }
        } else if presentation.aligned {
            Swift.print(presentation.table(columns: reply.columns, rows: reply.cells), terminator: "")
        } else {
            Swift.print(reply.columns.joined(separator: "\t"))
            for line in reply.rowLines { Swift.print(line) }
        }
    }

    /// Sends one request and returns its reply; an ERR reply is reported and ends the
    /// command with exit code 1.
    static func request(_ line: String, options: ClientOptions, amounts: AmountFormat = .wan) throws -> ReceivedReply {
        let connection = try options.connect(money: amounts.money)
        return try request(line, on: connection)
    }

    /// Sends one request on a connection and returns its reply; an ERR reply is reported
    /// and ends the command with exit code 1.
    static func request(_ line: String, on connection: ClientConnection) throws -> ReceivedReply {
        let reply: ReceivedReply
        do {
            reply = try connection.request(line)
        } catch {
            throw fail(error)
        }
        if let error = reply.error {
            printRefusal(error)
            throw serverError
        }
        return reply
    }

    /// Prints a reply of text lines (one column `line`) as the text itself.
    static func printLines(_ reply: ReceivedReply) {
        for cells in reply.cells { Swift.print(cells.first ?? "") }
    }

    /// Writes the checker's findings about a change to standard error, one line each:
    /// `[SOURCE:LINE: ]警告 rule-id object: message` (the message in the run's language).
    static func printFindings(_ reply: ReceivedReply, source: String?) {
        guard !reply.rowLines.isEmpty else { return }
        let columns = reply.columns.isEmpty ? FindingTables.columns : reply.columns
        let rows = reply.columns.isEmpty ? [] : reply.cells
        func value(_ row: [String], _ key: String) -> String {
            columns.firstIndex(of: key).map { $0 < row.count ? row[$0] : "" } ?? ""
        }
        for row in rows {
            let severity = value(row, "severity")
            let message = Language.current == .zh ? value(row, "message") : value(row, "message_en")
            writeError(
                "\(source.map { "\($0): " } ?? "")\(StatusWords.word(severity, column: "severity")) \(value(row, "rule")) \(value(row, "object")): \(message)\n"
            )
        }
        if reply.columns.isEmpty {
            for line in reply.rowLines { writeError((source.map { "\($0): " } ?? "") + line + "\n") }
        }
    }

    /// Reports an `ERR` reply on standard error: `jixiao: ERR CODE（说明）message`. The code
    /// stays ASCII for scripts; the gloss is for people.
    static func printRefusal(_ error: (code: String, message: String), source: String? = nil) {
        let gloss = Language.current == .zh ? ErrorGloss.chinese[error.code].map { "（\($0)）" } ?? " " : " "
        printError("\(source.map { "\($0): " } ?? "")ERR \(error.code)\(gloss)\(error.message)")
    }

    /// Reports a client failure and gives the exit code to end with.
    static func fail(_ error: any Error) -> ExitCode {
        guard let error = error as? ClientError else {
            printError("\(error)")
            return protocolFailure
        }
        printError(describe(error))
        switch error {
        case .unreachable: return unreachable
        case .denied: return denied
        case .timedOut: return timedOut
        case .notARequest: return usage
        case .protocolViolation: return protocolFailure
        }
    }

    /// A client failure in the run's language.
    static func describe(_ error: ClientError) -> String {
        guard Language.current == .zh else { return error.description }
        switch error {
        case .unreachable(let socket, let reason):
            return "无法连接 jixiaod（\(socket)）：\(reason)。守护进程是否在运行？可用 --socket 或环境变量 JIXIAO_SOCKET 指定套接字"
        case .denied(let socket):
            return
                "没有权限连接 \(socket)：只有角色组的成员可以连接（默认 jixiao-read 只读、jixiao-operator 录入、jixiao-admin 管理；见 jixiao.conf 的 role_read、role_operator、role_admin）。请管理员把你加入其中一组（如 usermod -aG jixiao-operator 用户名），重新登录后生效"
        case .timedOut(let socket, let seconds):
            let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
            return "jixiaod（\(socket)）在 \(shown) 秒内没有应答（--timeout）"
        case .notARequest(let why):
            return "未发送：\(ErrorGloss.notARequest(why))"
        case .protocolViolation(let what):
            return "jixiaod 的应答有误：\(what)"
        }
    }

    /// Writes one line to standard error, prefixed with the program's name.
    static func printError(_ message: String) {
        writeError("jixiao: \(message)\n")
    }

    /// Writes text to standard error as it is.
    static func writeError(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
