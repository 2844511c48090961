public import NIOCore

/// One request as the framer hands it on: a line, or the note that a line was too long.
public enum RequestFrame: Sendable, Equatable {
    /// A line's bytes, without its `\n` or `\r\n`.
    case line(ByteBuffer)
    /// A line longer than the limit; its bytes were discarded as they arrived.
    case tooLong(bytes: Int)
}
