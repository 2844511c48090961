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
    /// No daemon on the socket (EX_UNAVAILABLE).
    static let unreachable = ExitCode(69)
    /// The connection broke or the reply was not protocol v1 (EX_PROTOCOL).
    static let protocolFailure = ExitCode(76)

    /// Whether standard output is a terminal (then tables are aligned for people).
    static let isTerminal = isatty(STDOUT_FILENO) == 1

    /// Prints a reply: rows as a table, TSV or JSON; a status line otherwise. An ERR reply
    /// goes to standard error and ends the command with exit code 1.
    static func print(_ reply: ReceivedReply) throws {
        if let error = reply.error {
            printError("ERR \(error.code) \(error.message)")
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
        } else if isTerminal {
            Swift.print(
                TableRenderer.render(header: ColumnLabels.labels(for: reply.columns), rows: reply.cells),
                terminator: ""
            )
        } else {
            Swift.print(reply.columns.joined(separator: "\t"))
            for line in reply.rowLines { Swift.print(line) }
        }
    }

    /// Sends one request and returns its reply; an ERR reply is reported and ends the
    /// command with exit code 1.
    static func request(_ line: String, options: ClientOptions) throws -> ReceivedReply {
        let connection = try options.connect()
        let reply: ReceivedReply
        do {
            reply = try connection.request(line)
        } catch {
            throw fail(error)
        }
        if let error = reply.error {
            printError("ERR \(error.code) \(error.message)")
            throw serverError
        }
        return reply
    }

    /// Prints a reply of text lines (one column `line`) as the text itself.
    static func printLines(_ reply: ReceivedReply) {
        for cells in reply.cells { Swift.print(cells.first ?? "") }
    }

    /// Writes the checker's findings about a change to standard error, one line each:
    /// `[SOURCE:LINE: ]warning rule-id object: message`.
    static func printFindings(_ reply: ReceivedReply, source: String?) {
        guard !reply.rowLines.isEmpty else { return }
        let columns = reply.columns.isEmpty ? FindingTables.columns : reply.columns
        let rows = reply.columns.isEmpty ? [] : reply.cells
        func value(_ row: [String], _ key: String) -> String {
            columns.firstIndex(of: key).map { $0 < row.count ? row[$0] : "" } ?? ""
        }
        for row in rows {
            writeError(
                "\(source.map { "\($0): " } ?? "")\(value(row, "severity")) \(value(row, "rule")) \(value(row, "object")): \(value(row, "message"))\n"
            )
        }
        if reply.columns.isEmpty {
            for line in reply.rowLines { writeError((source.map { "\($0): " } ?? "") + line + "\n") }
        }
    }

    /// Reports a client failure and gives the exit code to end with.
    static func fail(_ error: any Error) -> ExitCode {
        printError("\(error)")
        if case ClientError.unreachable? = error as? ClientError { return unreachable }
        return protocolFailure
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
