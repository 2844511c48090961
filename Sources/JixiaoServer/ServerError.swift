/// Why the daemon cannot start serving.
public enum ServerError: Error, Sendable, CustomStringConvertible {
    /// Another process answers on the socket path.
    case alreadyRunning(socket: String)
    /// The socket path exists and is not a socket.
    case notASocket(path: String)
    /// A system call failed while preparing the socket.
    case system(operation: String, path: String, errno: Int32)
    /// The journal could not be replayed into the model.
    case replay(sequence: Int64, line: String, reason: String)
    /// An example or import file could not be loaded.
    case load(file: String, line: Int, reason: String)
    /// A setting that cannot be applied (an unknown socket owner or group).
    case configuration(String)

    public var description: String {
        switch self {
        case .alreadyRunning(let socket):
            "another jixiaod is already listening on \(socket); stop it first or choose another --socket"
        case .notASocket(let path):
            "\(path) exists and is not a socket; refusing to replace it"
        case .system(let operation, let path, let errno):
            "\(operation) \(path) failed (errno \(errno))"
        case .replay(let sequence, let line, let reason):
            "journal record \(sequence) does not apply to the model (\(reason)): \(line)"
        case .configuration(let reason):
            reason
        case .load(let file, let line, let reason):
            "\(file):\(line): \(reason)"
        }
    }
}
