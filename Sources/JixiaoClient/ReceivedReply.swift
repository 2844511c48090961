import JixiaoProtocol

/// A reply as the client read it off the socket.
public struct ReceivedReply: Sendable {
    /// The status line without its terminator: `OK seq=3`, `ERR NOT_FOUND …`.
    public var statusLine: String
    /// The column keys, when the reply had rows in TSV form.
    public var columns: [String]
    /// The row lines, exactly as received (TSV or JSON).
    public var rowLines: [String]

    /// Creates a reply (for clients that read their own bytes, such as jixiao-web).
    public init(statusLine: String, columns: [String], rowLines: [String]) {
        self.statusLine = statusLine
        self.columns = columns
        self.rowLines = rowLines
    }

    /// Whether the status is `OK`.
    public var isOK: Bool { statusLine == "OK" || statusLine.hasPrefix("OK ") }

    /// For an `ERR` reply, its code and message.
    public var error: (code: String, message: String)? {
        guard statusLine.hasPrefix("ERR ") else { return nil }
        let rest = statusLine.dropFirst(4)
        let code = rest.prefix { $0 != " " }
        return (String(code), String(rest.dropFirst(code.count).drop { $0 == " " }))
    }

    /// The rows split into cells and unescaped (TSV replies only).
    public var cells: [[String]] {
        rowLines.map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map(ReplyEncoder.unescapeTSV)
        }
    }

    /// The reply's bytes as they came.
    public var text: String {
        var text = statusLine + "\n"
        if !columns.isEmpty { text += columns.joined(separator: "\t") + "\n" }
        for line in rowLines { text += line + "\n" }
        return text
    }

    /// How many row lines follow a status line (`rows=N`), or 0; `nil` for a bad count.
    public static func rowCount(in statusLine: String) -> Int? {
        guard statusLine.hasPrefix("OK") else { return 0 }
        for word in statusLine.split(separator: " ") where word.hasPrefix("rows=") {
            return Int(word.dropFirst(5))
        }
        return 0
    }
}
