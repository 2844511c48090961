/// Why the client could not get an answer.
public enum ClientError: Error, Sendable, CustomStringConvertible {
    /// No daemon could be reached on the socket.
    case unreachable(socket: String, reason: String)
    /// The socket is there but this user may not connect to it (EACCES, EPERM): not a
    /// member of a role group.
    case denied(socket: String)
    /// The daemon did not answer within the timeout.
    case timedOut(socket: String, seconds: Double)
    /// The line is not one request: it holds a line break (it would be several requests),
    /// or it is blank or a comment (the daemon answers those with nothing).
    case notARequest(String)
    /// The connection broke or the daemon sent something that is not protocol v1.
    case protocolViolation(String)

    public var description: String {
        switch self {
        case .unreachable(let socket, let reason):
            "cannot reach jixiaod on \(socket): \(reason) (is it running? set --socket or JIXIAO_SOCKET)"
        case .denied(let socket):
            "permission denied on \(socket): only members of the role groups (jixiao-read, jixiao-operator, jixiao-admin by default; role_read, role_operator, role_admin in jixiao.conf) may connect"
        case .timedOut(let socket, let seconds):
            "jixiaod on \(socket) did not answer within \(ClientError.seconds(seconds)) s (--timeout)"
        case .notARequest(let why): "not sent: \(why)"
        case .protocolViolation(let what): "bad reply from jixiaod: \(what)"
        }
    }

    /// `30`, `0.5`: seconds as people write them.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
