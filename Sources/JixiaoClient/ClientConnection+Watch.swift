public import JixiaoProtocol

/// Reading a watch: after `WATCH`'s reply, the daemon sends event lines until the watch
/// ends, and perhaps a last `ERR LIMIT … from=N` line when the watcher fell behind.
extension ClientConnection {
    /// What arrives on a watching connection.
    public enum WatchLine: Sendable {
        /// A committed change.
        case event(WatchEvent)
        /// The daemon dropped the watch (the watcher fell behind); resume after `from`.
        case dropped(from: Int64?, message: String)
        /// Any other line (a reply to PING or UNWATCH).
        case other(String)
    }

    /// Reads the next line of a watch.
    /// - Throws: ``ClientError/protocolViolation(_:)`` when the connection ends.
    public func readWatchLine() throws(ClientError) -> WatchLine {
        let line = try readLine()
        if let event = WatchEvent(line: line) { return .event(event) }
        if line.hasPrefix("ERR ") {
            let from = line.split(separator: " ").last.flatMap { word in
                word.hasPrefix("from=") ? Int64(word.dropFirst(5)) : nil
            }
            return .dropped(from: from, message: line)
        }
        return .other(line)
    }
}
