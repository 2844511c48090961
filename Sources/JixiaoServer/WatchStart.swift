import JixiaoProtocol

/// A watch the connection has just started: what the executor registered, for the
/// connection's pump to send.
struct WatchStart: Sendable {
    /// The scope and `from=`.
    var request: WatchRequest
    /// The durable sequence at registration: the stream carries every record after it.
    var sequence: Int64
    /// The live records in scope, one element per record.
    var events: AsyncStream<[WatchEvent]>
}
