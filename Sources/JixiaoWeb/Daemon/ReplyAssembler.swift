public import JixiaoClient

/// Lines from jixiaod into whole replies, by the protocol's rule: a status line; when it
/// holds `rows=N`, a header line of column keys and N row lines (the connection stays in TSV).
///
/// A value-type state machine: feed it lines, take the replies it completes.
public struct ReplyAssembler: Sendable {
    private var current: ReceivedReply?
    private var headerPending = false
    private var rowsLeft = 0

    /// Creates an assembler between replies.
    public init() {}

    /// Whether a reply is partly read.
    public var isInsideReply: Bool { current != nil }

    /// Takes one line (without its newline).
    /// - Returns: the reply the line completes, or `nil` when more lines are needed.
    /// - Throws: ``DaemonError/protocolViolation(_:)`` for a line that cannot start a reply.
    public mutating func take(_ line: String) throws(DaemonError) -> ReceivedReply? {
        guard var reply = current else {
            guard line == "OK" || line.hasPrefix("OK ") || line.hasPrefix("ERR ") else {
                throw .protocolViolation("unexpected line from jixiaod: \(line.prefix(80))")
            }
            guard let rows = ReceivedReply.rowCount(in: line) else {
                throw .protocolViolation("bad row count in \(line.prefix(80))")
            }
            let reply = ReceivedReply(statusLine: line, columns: [], rowLines: [])
            guard line.split(separator: " ").contains(where: { $0.hasPrefix("rows=") }) else { return reply }
            current = reply
            headerPending = true
            rowsLeft = rows
            return nil
        }
        if headerPending {
            reply.columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            headerPending = false
        } else {
            reply.rowLines.append(line)
            rowsLeft -= 1
        }
        guard rowsLeft == 0, !headerPending else {
            current = reply
            return nil
        }
        current = nil
        return reply
    }
}

/// What can go wrong between jixiao-web and jixiaod.
public enum DaemonError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No daemon on the socket.
    case unreachable(String)
    /// The connection ended or sent what the protocol does not allow.
    case protocolViolation(String)

    public var description: String {
        switch self {
        case .unreachable(let reason): "jixiaod is not reachable: \(reason)"
        case .protocolViolation(let reason): "the connection to jixiaod broke: \(reason)"
        }
    }
}
