/// Why the client could not get an answer.
public enum ClientError: Error, Sendable, CustomStringConvertible {
    /// No daemon could be reached on the socket.
    case unreachable(socket: String, reason: String)
    /// The connection broke or the daemon sent something that is not protocol v1.
    case protocolViolation(String)

    public var description: String {
        switch self {
        case .unreachable(let socket, let reason):
            "cannot reach jixiaod on \(socket): \(reason) (is it running? set --socket or JIXIAO_SOCKET)"
        case .protocolViolation(let what): "bad reply from jixiaod: \(what)"
        }
    }
}
